/**
 * microcred-xml: microcred's own XML and EMREX ELMO 1.7 (read also ELMO 2.1 and the EWP Transcript of
 * Records wrapper), on the JDK's StAX API, registered as {@link org.microcred.core.format.CredentialCodec}s.
 */
module org.microcred.xml {
    requires transitive org.microcred.core;
    requires java.xml;

    exports org.microcred.xml;

    provides org.microcred.core.format.CredentialCodec with org.microcred.xml.XmlCodec, org.microcred.xml.ElmoCodec;

    // signatures (org.microcred.xml.signature): enveloped XML-DSig with the JDK
    requires java.xml.crypto;
    exports org.microcred.xml.signature;
}
