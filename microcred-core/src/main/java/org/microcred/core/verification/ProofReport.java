package org.microcred.core.verification;

import java.util.List;
import java.util.Objects;

/**
 * The checks made on one proof of a credential.
 *
 * @param label where the proof is and what it is, e.g. {@code proof[1] eddsa-jcs-2022}, not null
 * @param mechanism the signature mechanism, e.g. {@code eddsa-rdfc-2022}, {@code jwt ES256},
 *        {@code xmldsig rsa-sha256}, not null
 * @param checks the checks in the order they were made, not null
 * @since 0.1
 */
public record ProofReport(String label, String mechanism, List<Check> checks) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if any argument or check is null
     */
    public ProofReport {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mechanism, "mechanism");
        checks = List.copyOf(checks);
    }

    /**
     * Checks whether this proof verified: its integrity check passed and no check failed.
     *
     * @return true if verified
     */
    public boolean isVerified() {
        boolean integrity = checks.stream()
                .anyMatch(c -> c.kind() == CheckKind.INTEGRITY && c.outcome() == Outcome.PASSED);
        return integrity && checks.stream().noneMatch(Check::isFailed);
    }

    /**
     * Gets the failed checks.
     *
     * @return the failed checks, empty if none, not null
     */
    public List<Check> failures() {
        return checks.stream().filter(Check::isFailed).toList();
    }

    /** Formats as a header line and one indented line per check. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(" (").append(mechanism).append("): ")
                .append(isVerified() ? "verified" : "NOT verified");
        for (Check c : checks) {
            sb.append("\n  ").append(c);
        }
        return sb.toString();
    }
}
