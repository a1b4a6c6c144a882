package org.microcred.core;

import java.net.URI;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * The grade achieved (E14): the grade as printed, the grading scheme, the status, and the distribution of
 * grades in the cohort.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param value the grade as printed, e.g. {@code "1,7"}, {@code "B"}, {@code "Pass"}, not null, not blank
 * @param schemeId the URI of the grading scheme, not null (empty if none)
 * @param schemeDescription the grading scheme in words, not null (empty if none)
 * @param status passed or failed, not null (empty if not stated)
 * @param distribution the grade distribution in words, not null (empty if none)
 * @since 0.1
 */
public record Grade(String value, Optional<URI> schemeId, Optional<MultilingualText> schemeDescription,
        Optional<GradeStatus> status, Optional<MultilingualText> distribution) {

    /**
     * Creates a grade.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the value is blank
     */
    public Grade {
        Checks.notBlank(value, "value");
        Checks.optional(schemeId, "schemeId");
        Checks.optional(schemeDescription, "schemeDescription");
        Checks.optional(status, "status");
        Checks.optional(distribution, "distribution");
    }

    /**
     * Obtains a grade from its printed value alone.
     *
     * @param value the grade, not null
     * @return the grade, not null
     */
    public static Grade of(String value) {
        return new Grade(value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a grade with a status.
     *
     * @param value the grade, not null
     * @param status the status, not null
     * @return the grade, not null
     */
    public static Grade of(String value, GradeStatus status) {
        return new Grade(value, Optional.empty(), Optional.empty(), Optional.of(status), Optional.empty());
    }
}
