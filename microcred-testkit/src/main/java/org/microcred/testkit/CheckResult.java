package org.microcred.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.Element;
import org.microcred.core.format.Format;

/**
 * The outcome of one check of one fixture.
 *
 * @param scenario the scenario id, not null
 * @param requirement the requirement id the scenario proves, not null
 * @param format the format of the fixture, not null (empty when the check spans formats)
 * @param check what was checked, e.g. {@code read}, {@code model}, {@code violations}, not null
 * @param status passed, failed or skipped, not null
 * @param message why it failed or was skipped (empty when passed), not null
 * @param elements the elements a failure concerns, e.g. those read wrongly, not null
 * @since 0.1
 */
public record CheckResult(String scenario, String requirement, Optional<Format> format, String check, Status status,
        String message, List<Element> elements) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if an argument is null
     */
    public CheckResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        elements = List.copyOf(elements);
    }

    /**
     * Gets the name of this check, {@code scenario [format] check}, unique within a run.
     *
     * @return the name, not null
     */
    public String name() {
        return scenario + format.map(f -> " [" + f.id() + "]").orElse("") + " " + check;
    }

    /** Formats as {@code FAILED E06 invalid-eu2022-missing-e06 [elm] violations: message}. */
    @Override
    public String toString() {
        return status + " " + requirement + " " + name() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * The status of a check.
     *
     * @since 0.1
     */
    public enum Status {
        /** The implementation met the requirement. */
        PASSED,
        /** The implementation did not meet the requirement. */
        FAILED,
        /** Not checked, e.g. the implementation has no codec for the format. */
        SKIPPED
    }
}
