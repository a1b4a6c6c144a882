package org.microcred.json.proof;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of a Data Integrity proof to create. The verification method is the signing key's
 * {@link SigningKey#keyId()}.
 *
 * @param cryptosuite the cryptosuite, not null
 * @param proofPurpose the proof purpose, normally {@code assertionMethod}, not null
 * @param created the proof creation time written as {@code created} (whole seconds, UTC), or empty to
 *        leave it out, not null
 * @since 0.1
 */
public record ProofOptions(Cryptosuite cryptosuite, String proofPurpose, Optional<Instant> created) {

    /** The proof purpose of credentials: the issuer asserts them. */
    public static final String ASSERTION_METHOD = "assertionMethod";

    /**
     * Creates proof options.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the purpose is blank
     */
    public ProofOptions {
        Objects.requireNonNull(cryptosuite, "cryptosuite");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        Objects.requireNonNull(created, "created");
        if (proofPurpose.isBlank()) {
            throw new IllegalArgumentException("proofPurpose must not be blank");
        }
        created = created.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Obtains options for an {@code assertionMethod} proof created now.
     *
     * @param cryptosuite the cryptosuite, not null
     * @return the options, not null
     */
    public static ProofOptions of(Cryptosuite cryptosuite) {
        return new ProofOptions(cryptosuite, ASSERTION_METHOD, Optional.of(Instant.now()));
    }

    /**
     * Returns a copy with another creation time.
     *
     * @param created the time, not null
     * @return the copy, not null
     */
    public ProofOptions withCreated(Instant created) {
        return new ProofOptions(cryptosuite, proofPurpose, Optional.of(created));
    }

    /**
     * Returns a copy without a creation time.
     *
     * @return the copy, not null
     */
    public ProofOptions withoutCreated() {
        return new ProofOptions(cryptosuite, proofPurpose, Optional.empty());
    }

    /**
     * Returns a copy with another proof purpose.
     *
     * @param proofPurpose the purpose, not null
     * @return the copy, not null
     */
    public ProofOptions withProofPurpose(String proofPurpose) {
        return new ProofOptions(cryptosuite, proofPurpose, created);
    }
}
