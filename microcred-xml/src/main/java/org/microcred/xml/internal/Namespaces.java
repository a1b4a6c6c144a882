package org.microcred.xml.internal;

/**
 * The namespaces microcred reads and writes.
 */
public final class Namespaces {
    /** microcred's own XML form of the model. */
    public static final String XML = "https://w3id.org/microcred/xml/v1";
    /** microcred's extension element inside ELMO. */
    public static final String ELMO_EXTENSION = "https://w3id.org/microcred/elmo/v1";
    /** ELMO 1.x. */
    public static final String ELMO_V1 = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    /** ELMO 2.x. */
    public static final String ELMO_V2 = "https://github.com/emrex-eu/elmo-schemas/tree/v2";
    /** The start of the EWP Incoming Mobility ToR API namespaces (v1, v2, v3). */
    public static final String EWP_TORS_PREFIX = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/";
    /** XML Signature. */
    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    private Namespaces() {
    }
}
