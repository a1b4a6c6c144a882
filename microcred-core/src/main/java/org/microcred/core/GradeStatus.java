package org.microcred.core;

/**
 * Whether the grade achieved (E14) is a pass.
 *
 * @since 0.1
 */
public enum GradeStatus {
    /** The learner passed. */
    PASSED,
    /** The learner failed. */
    FAILED
}
