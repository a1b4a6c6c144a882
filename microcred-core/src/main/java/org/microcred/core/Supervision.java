package org.microcred.core;

import java.net.URI;
import java.util.Optional;

/**
 * The type of supervision and identity verification during assessment (E13), the values of Annex I with
 * its third level split into online and onsite.
 *
 * <p>Each value has a URI: the code of the Europass list of methods of supervision and verification
 * ({@code http://data.europa.eu/snb/supervision-verification/...}) where that list has one, else a
 * microcred vocabulary URI. The Europass list does not tell online from onsite supervision: its
 * "Supervised with ID Verification" ({@code 70be69aaf9}) is taken as onsite, and online supervision with
 * identity verification gets a microcred URI. Its fourth code, "Unsupervised with ID Verification"
 * ({@code df2880c5cb}), is no Annex I value; codecs keep it, like any unknown URI, in the extensions (S08)
 * so that nothing is lost.
 *
 * @since 0.1
 */
public enum Supervision {
    /** Unsupervised, with no identity verification. */
    UNSUPERVISED_NO_ID_CHECK("http://data.europa.eu/snb/supervision-verification/c598449d64"),
    /** Supervised, with no identity verification. */
    SUPERVISED_NO_ID_CHECK("http://data.europa.eu/snb/supervision-verification/44314532f9"),
    /** Supervised online, with identity verification. */
    SUPERVISED_ONLINE_WITH_ID_CHECK("https://w3id.org/microcred/vocab/supervision/supervised-online-with-id-check"),
    /** Supervised onsite, with identity verification. */
    SUPERVISED_ONSITE_WITH_ID_CHECK("http://data.europa.eu/snb/supervision-verification/70be69aaf9");

    /** The namespace of microcred's own supervision codes, for the values the Europass list lacks. */
    public static final String MICROCRED_NAMESPACE = "https://w3id.org/microcred/vocab/supervision/";

    private final URI uri;

    Supervision(String uri) {
        this.uri = URI.create(uri);
    }

    /**
     * Converts to the value's URI.
     *
     * @return the URI, not null
     */
    public URI toUri() {
        return uri;
    }

    /**
     * Obtains the value with a URI.
     *
     * @param uri the URI, not null
     * @return the value, or empty if the URI is not one of the four
     */
    public static Optional<Supervision> fromUri(URI uri) {
        for (Supervision s : values()) {
            if (s.uri.equals(uri)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
