package org.microcred.core.validation;

/**
 * How serious a {@link Violation} is.
 *
 * @since 0.1
 */
public enum Severity {
    /** The credential does not meet the profile. */
    ERROR,
    /** The credential meets the profile but a value is implausible, e.g. 40 ECTS for a micro-credential. */
    WARNING
}
