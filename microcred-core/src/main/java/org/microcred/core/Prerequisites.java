package org.microcred.core;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * The prerequisites needed to enrol in the learning activity (E12): a text and/or references to
 * credentials the learner must already hold.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param text the prerequisites as text, not null (empty if none)
 * @param requiredCredentials identifiers of required credentials or qualifications, in order, not null
 * @since 0.1
 */
public record Prerequisites(Optional<MultilingualText> text, List<URI> requiredCredentials) {

    /**
     * Creates prerequisites.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if there is neither text nor a required credential
     */
    public Prerequisites {
        Checks.optional(text, "text");
        requiredCredentials = Checks.copy(requiredCredentials, "requiredCredentials");
        if (text.isEmpty() && requiredCredentials.isEmpty()) {
            throw new IllegalArgumentException("Prerequisites need a text or a required credential");
        }
    }

    /**
     * Obtains prerequisites stated as text.
     *
     * @param text the text, not null
     * @return the prerequisites, not null
     */
    public static Prerequisites of(MultilingualText text) {
        return new Prerequisites(Optional.of(text), List.of());
    }
}
