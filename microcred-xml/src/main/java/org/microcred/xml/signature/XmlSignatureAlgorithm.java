package org.microcred.xml.signature;

import javax.xml.crypto.dsig.SignatureMethod;

/**
 * The signature algorithms {@link XmlSigner} signs with.
 *
 * @since 0.1
 */
public enum XmlSignatureAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256; needs an RSA key of at least 2048 bits. */
    RSA_SHA256(SignatureMethod.RSA_SHA256, "RSA"),
    /** ECDSA with SHA-256; needs an EC key (P-256 recommended). */
    ECDSA_SHA256(SignatureMethod.ECDSA_SHA256, "EC");

    private final String uri;
    private final String keyAlgorithm;

    XmlSignatureAlgorithm(String uri, String keyAlgorithm) {
        this.uri = uri;
        this.keyAlgorithm = keyAlgorithm;
    }

    /**
     * Gets the algorithm URI written in {@code SignatureMethod}.
     *
     * @return the URI, not null
     */
    public String uri() {
        return uri;
    }

    /**
     * Gets the algorithm for a private key.
     *
     * @param key an RSA or EC key, not null
     * @return the algorithm, not null
     * @throws IllegalArgumentException for other key types (e.g. Ed25519, which XML-DSig 1.1 does not define)
     */
    public static XmlSignatureAlgorithm of(java.security.Key key) {
        for (XmlSignatureAlgorithm a : values()) {
            if (a.keyAlgorithm.equals(key.getAlgorithm())) {
                return a;
            }
        }
        throw new IllegalArgumentException("XML signatures need an RSA or EC key, not " + key.getAlgorithm());
    }
}
