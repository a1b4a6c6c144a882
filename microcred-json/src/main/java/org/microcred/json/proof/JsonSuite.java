package org.microcred.json.proof;

import java.util.Locale;

/**
 * The ways {@link JsonSigner} secures a JSON credential.
 *
 * @since 0.1
 */
public enum JsonSuite {
    /** Embedded Data Integrity proof, {@code eddsa-jcs-2022}; needs an Ed25519 key. */
    EDDSA_JCS_2022("eddsa-jcs-2022"),
    /** Embedded Data Integrity proof, {@code eddsa-rdfc-2022}; needs an Ed25519 key. */
    EDDSA_RDFC_2022("eddsa-rdfc-2022"),
    /** Enveloping VC-JWT (compact JWS); RS256, ES256 or EdDSA after the key type. */
    JWT("jwt");

    private final String id;

    JsonSuite(String id) {
        this.id = id;
    }

    /**
     * Gets the identifier used on the command line.
     *
     * @return e.g. {@code eddsa-jcs-2022}, {@code jwt}, not null
     */
    public String id() {
        return id;
    }

    /**
     * Finds a suite by identifier.
     *
     * @param id the identifier, case-insensitive, not null
     * @return the suite, not null
     * @throws IllegalArgumentException if unknown, listing the known identifiers
     */
    public static JsonSuite of(String id) {
        for (JsonSuite s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown suite '" + id + "' (expected eddsa-jcs-2022, eddsa-rdfc-2022 or jwt)");
    }
}
