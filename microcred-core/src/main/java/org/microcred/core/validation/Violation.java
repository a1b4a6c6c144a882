package org.microcred.core.validation;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.Element;

/**
 * One way in which a credential does not meet a validation profile.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param element the element of the standard concerned, not null
 * @param path where in the model, e.g. {@code specification.workload}, not null (empty for the credential itself)
 * @param severity error or warning, not null
 * @param message what is wrong, in plain words with the offending value, not null
 * @param offendingValue the offending value as text, not null (empty when the element is missing)
 * @since 0.1
 */
public record Violation(Element element, String path, Severity severity, String message, Optional<String> offendingValue) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if any argument is null
     */
    public Violation {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(offendingValue, "offendingValue");
    }

    /**
     * Checks whether this violation is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats as {@code E06 learning outcomes: missing (specification.learningOutcomes)}, with
     * {@code warning} in front of warnings.
     */
    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning " : "") + element.id() + " " + element.title() + ": " + message
                + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
