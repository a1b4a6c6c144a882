/**
 * microcred-xml.
 */
module org.microcred.xml {
    requires transitive org.microcred.core;

    // signatures (org.microcred.xml.signature): enveloped XML-DSig with the JDK
    requires java.xml.crypto;
    exports org.microcred.xml.signature;
}
