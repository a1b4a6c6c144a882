package org.microcred.json.proof;

/**
 * The key types microcred signs with.
 *
 * @since 0.1
 */
public enum KeyType {
    /** Ed25519 (RFC 8032): Data Integrity {@code eddsa-*} suites, JWS {@code EdDSA}. */
    ED25519("Ed25519"),
    /** ECDSA on NIST P-256 (secp256r1): JWS {@code ES256}, XML-DSig {@code ecdsa-sha256}. */
    EC_P256("EC"),
    /** RSA, 3072-bit when generated here: JWS {@code RS256}, XML-DSig {@code rsa-sha256}. */
    RSA("RSA");

    private final String jcaAlgorithm;

    KeyType(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /**
     * Gets the JCA key algorithm name.
     *
     * @return {@code Ed25519}, {@code EC} or {@code RSA}, not null
     */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /**
     * Finds the type of a JDK key.
     *
     * @param key the key, not null
     * @return the type, not null
     * @throws IllegalArgumentException if the key is of another type (e.g. Ed448, DSA, an EC curve other than P-256)
     */
    public static KeyType of(java.security.Key key) {
        if (key instanceof java.security.interfaces.EdECKey ed) {
            if ("Ed25519".equals(ed.getParams().getName())) {
                return ED25519;
            }
            throw new IllegalArgumentException("unsupported EdDSA curve " + ed.getParams().getName() + " (only Ed25519)");
        }
        if (key instanceof java.security.interfaces.ECKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() == 256
                    && ec.getParams().getOrder().equals(Keys.P256_ORDER)) {
                return EC_P256;
            }
            throw new IllegalArgumentException("unsupported EC curve (only P-256): " + ec.getParams());
        }
        if (key instanceof java.security.interfaces.RSAKey) {
            return RSA;
        }
        throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm()
                + " (expected Ed25519, EC P-256 or RSA)");
    }
}
