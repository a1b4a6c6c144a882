package org.microcred.testkit;

import java.util.Objects;

/**
 * A requirement the conformance kit checks: an element of the standard ({@code E06}) or a rule
 * ({@code HOSTILE-XXE}, {@code PROFILE-EU-2022}, ...). Every scenario names the requirement it proves, and
 * reports count passed, failed and skipped checks per requirement.
 *
 * @param id the stable id, not null
 * @param title what it requires, in one line, not null
 * @since 0.1
 */
public record Requirement(String id, String title) {
    /**
     * Creates a requirement.
     *
     * @throws NullPointerException if an argument is null
     */
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
