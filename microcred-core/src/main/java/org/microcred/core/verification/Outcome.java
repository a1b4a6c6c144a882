package org.microcred.core.verification;

/**
 * The outcome of one verification {@link Check}.
 *
 * @since 0.1
 */
public enum Outcome {
    /** The check was made and passed. */
    PASSED,
    /** The check was made and failed; the proof (and so the credential) is not verified. */
    FAILED,
    /**
     * The check was not made, because it does not apply to this proof or document (e.g. there is no
     * {@code validUntil}) or because an earlier check failed and made it meaningless. A skipped check
     * never makes a proof verified on its own: {@link CheckKind#INTEGRITY} must pass.
     */
    SKIPPED
}
