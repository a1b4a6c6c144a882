/**
 * microcred-xml: microcred's own XML and EMREX ELMO 1.7 (read also ELMO 2.1 and the EWP Transcript of
 * Records wrapper), on the JDK's StAX API, registered as {@link org.microcred.core.format.CredentialCodec}s,
 * and enveloped XML-DSig signatures for ELMO with the JDK's {@code javax.xml.crypto}.
 */
module org.microcred.xml {
    requires transitive org.microcred.core;
    requires java.xml;
    requires java.xml.crypto;

    exports org.microcred.xml;
    exports org.microcred.xml.signature;

    provides org.microcred.core.format.CredentialCodec with org.microcred.xml.XmlCodec, org.microcred.xml.ElmoCodec;
}
