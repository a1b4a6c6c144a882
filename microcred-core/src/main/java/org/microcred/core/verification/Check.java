package org.microcred.core.verification;

import java.util.Objects;

/**
 * One verification step and its outcome, with a reason a person can read.
 *
 * @param kind what was checked, not null
 * @param outcome the outcome, not null
 * @param message why, naming the offending value on failure, not null
 * @since 0.1
 */
public record Check(CheckKind kind, Outcome outcome, String message) {

    /**
     * Creates a check.
     *
     * @throws NullPointerException if any argument is null
     */
    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains a passed check.
     *
     * @param kind what was checked, not null
     * @param message what was found, not null
     * @return the check, not null
     */
    public static Check passed(CheckKind kind, String message) {
        return new Check(kind, Outcome.PASSED, message);
    }

    /**
     * Obtains a failed check.
     *
     * @param kind what was checked, not null
     * @param message why it failed, naming the offending value, not null
     * @return the check, not null
     */
    public static Check failed(CheckKind kind, String message) {
        return new Check(kind, Outcome.FAILED, message);
    }

    /**
     * Obtains a skipped check.
     *
     * @param kind what was not checked, not null
     * @param message why not, not null
     * @return the check, not null
     */
    public static Check skipped(CheckKind kind, String message) {
        return new Check(kind, Outcome.SKIPPED, message);
    }

    /**
     * Checks whether this check failed.
     *
     * @return true if the outcome is {@link Outcome#FAILED}
     */
    public boolean isFailed() {
        return outcome == Outcome.FAILED;
    }

    /** Formats as {@code KIND OUTCOME: message}. */
    @Override
    public String toString() {
        return kind + " " + outcome + ": " + message;
    }
}
