package org.microcred.core.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of verifying a credential: one report per proof plus the checks that concern the document
 * as a whole (proof presence, validity period).
 *
 * <p>A credential is {@linkplain #isVerified() verified} only when it carries at least one proof, every
 * proof verified (a proof set is only as good as its weakest member) and no document check failed.
 *
 * @param proofs one report per proof, in document order, not null
 * @param documentChecks checks on the document itself, not null
 * @since 0.1
 */
public record VerificationResult(List<ProofReport> proofs, List<Check> documentChecks) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if any argument or element is null
     */
    public VerificationResult {
        proofs = List.copyOf(proofs);
        documentChecks = List.copyOf(documentChecks);
    }

    /**
     * Obtains a result for a document that could not be verified at all, e.g. because it has no proof.
     *
     * @param check the failed check that says why, not null
     * @return the result, not null
     */
    public static VerificationResult of(Check check) {
        Objects.requireNonNull(check, "check");
        return new VerificationResult(List.of(), List.of(check));
    }

    /**
     * Checks whether the credential verified.
     *
     * @return true if there is at least one proof, all proofs verified and no document check failed
     */
    public boolean isVerified() {
        return !proofs.isEmpty()
                && proofs.stream().allMatch(ProofReport::isVerified)
                && documentChecks.stream().noneMatch(Check::isFailed);
    }

    /**
     * Gets every failed check, document checks first, each prefixed with its proof label.
     *
     * @return one line per failure, empty if verified, not null
     */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        for (Check c : documentChecks) {
            if (c.isFailed()) {
                out.add("document: " + c);
            }
        }
        for (ProofReport p : proofs) {
            for (Check c : p.failures()) {
                out.add(p.label() + ": " + c);
            }
        }
        return out;
    }

    /** Formats as a multi-line report: verdict, document checks, then each proof. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(isVerified() ? "VERIFIED" : "NOT VERIFIED");
        for (Check c : documentChecks) {
            sb.append("\n document ").append(c);
        }
        for (ProofReport p : proofs) {
            sb.append('\n').append(p.toString().indent(1).stripTrailing());
        }
        return sb.toString();
    }
}
