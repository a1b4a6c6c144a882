package org.microcred.json.proof;

import java.util.Optional;

/**
 * The JWS algorithms of VC-JWT that microcred signs and verifies (RFC 7518, RFC 8037).
 *
 * @since 0.1
 */
public enum JwsAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256: the Open Badges 3.0 minimum. */
    RS256("RS256", "SHA256withRSA", KeyType.RSA),
    /** ECDSA P-256 with SHA-256; the signature is the 64-byte r‖s form, not DER. */
    ES256("ES256", "SHA256withECDSAinP1363Format", KeyType.EC_P256),
    /** EdDSA with Ed25519. */
    EDDSA("EdDSA", "Ed25519", KeyType.ED25519);

    private final String jwsName;
    private final String jcaName;
    private final KeyType keyType;

    JwsAlgorithm(String jwsName, String jcaName, KeyType keyType) {
        this.jwsName = jwsName;
        this.jcaName = jcaName;
        this.keyType = keyType;
    }

    /**
     * Gets the {@code alg} header value.
     *
     * @return e.g. {@code ES256}, not null
     */
    public String jwsName() {
        return jwsName;
    }

    /**
     * Gets the JCA signature algorithm.
     *
     * @return e.g. {@code SHA256withECDSAinP1363Format}, not null
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * Gets the key type the algorithm needs.
     *
     * @return the key type, not null
     */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * Finds an algorithm by its {@code alg} header value.
     *
     * @param alg the header value, not null
     * @return the algorithm, or empty if not supported (e.g. {@code none}, {@code HS256}), not null
     */
    public static Optional<JwsAlgorithm> find(String alg) {
        for (JwsAlgorithm a : values()) {
            if (a.jwsName.equals(alg)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the algorithm for a key type.
     *
     * @param type the key type, not null
     * @return the algorithm, not null
     */
    public static JwsAlgorithm of(KeyType type) {
        for (JwsAlgorithm a : values()) {
            if (a.keyType == type) {
                return a;
            }
        }
        throw new IllegalStateException(type.toString());
    }
}
