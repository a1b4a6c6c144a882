package org.microcred.json.proof;

import java.util.Optional;

/**
 * The W3C Data Integrity cryptosuites microcred signs and verifies (vc-di-eddsa v1.0).
 *
 * @since 0.1
 */
public enum Cryptosuite {
    /** RFC 8785 JCS canonicalization, SHA-256, Ed25519. Immune to JSON-LD context drift. */
    EDDSA_JCS_2022("eddsa-jcs-2022"),
    /** JSON-LD to RDF, RDFC-1.0 canonicalization, SHA-256, Ed25519. Required for 1EdTech OB 3.0 certification. */
    EDDSA_RDFC_2022("eddsa-rdfc-2022");

    private final String id;

    Cryptosuite(String id) {
        this.id = id;
    }

    /**
     * Gets the identifier used in the proof's {@code cryptosuite} property.
     *
     * @return e.g. {@code eddsa-jcs-2022}, not null
     */
    public String id() {
        return id;
    }

    /**
     * Finds a cryptosuite by identifier.
     *
     * @param id the identifier, not null
     * @return the cryptosuite, or empty if microcred does not implement it, not null
     */
    public static Optional<Cryptosuite> find(String id) {
        for (Cryptosuite c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
