package org.microcred.json.proof;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How to verify: where keys come from, what time it is, the expected proof purpose and the JSON-LD
 * contexts available to {@code eddsa-rdfc-2022}.
 *
 * @param keyResolver finds the public key of a verification method or kid, not null
 * @param now the verification time, not null
 * @param clockSkew tolerance for times in the future ({@code created}, {@code validFrom}, {@code nbf}), not
 *        negative, not null
 * @param proofPurpose the proof purpose every proof must have, not null
 * @param contexts the JSON-LD contexts for rdfc, not null
 * @since 0.1
 */
public record VerificationOptions(KeyResolver keyResolver, Instant now, Duration clockSkew, String proofPurpose,
        JsonLdContexts contexts) {

    /**
     * Creates options.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the clock skew is negative
     */
    public VerificationOptions {
        Objects.requireNonNull(keyResolver, "keyResolver");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        Objects.requireNonNull(contexts, "contexts");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
        }
    }

    /**
     * Obtains the defaults: did:key resolution only, the current time, 5 minutes of clock skew,
     * {@code assertionMethod}, the vendored contexts.
     *
     * @return the defaults, not null
     */
    public static VerificationOptions defaults() {
        return new VerificationOptions(KeyResolver.didKey(), Instant.now(), Duration.ofMinutes(5),
                ProofOptions.ASSERTION_METHOD, JsonLdContexts.defaults());
    }

    /**
     * Returns a copy with another key resolver.
     *
     * @param keyResolver the resolver, not null
     * @return the copy, not null
     */
    public VerificationOptions withKeyResolver(KeyResolver keyResolver) {
        return new VerificationOptions(keyResolver, now, clockSkew, proofPurpose, contexts);
    }

    /**
     * Returns a copy with another verification time.
     *
     * @param now the time, not null
     * @return the copy, not null
     */
    public VerificationOptions withNow(Instant now) {
        return new VerificationOptions(keyResolver, now, clockSkew, proofPurpose, contexts);
    }

    /**
     * Returns a copy with another clock skew.
     *
     * @param clockSkew the tolerance, not negative, not null
     * @return the copy, not null
     */
    public VerificationOptions withClockSkew(Duration clockSkew) {
        return new VerificationOptions(keyResolver, now, clockSkew, proofPurpose, contexts);
    }

    /**
     * Returns a copy expecting another proof purpose.
     *
     * @param proofPurpose the purpose, not null
     * @return the copy, not null
     */
    public VerificationOptions withProofPurpose(String proofPurpose) {
        return new VerificationOptions(keyResolver, now, clockSkew, proofPurpose, contexts);
    }

    /**
     * Returns a copy with other JSON-LD contexts.
     *
     * @param contexts the contexts, not null
     * @return the copy, not null
     */
    public VerificationOptions withContexts(JsonLdContexts contexts) {
        return new VerificationOptions(keyResolver, now, clockSkew, proofPurpose, contexts);
    }
}
