package org.microcred.core;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * What a successful learner gains (N05): admission to a programme, credit towards a programme, or a
 * certification or badge, with a description and optionally the programme or credential concerned.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param type the kind of outcome, not null
 * @param description the outcome in words, not null (empty if none)
 * @param target the programme or credential concerned, not null (empty if none)
 * @since 0.1
 */
public record SuccessOutcome(Type type, Optional<MultilingualText> description, Optional<URI> target) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if any argument is null
     */
    public SuccessOutcome {
        Objects.requireNonNull(type, "type");
        Checks.optional(description, "description");
        Checks.optional(target, "target");
    }

    /**
     * Obtains an outcome with a description.
     *
     * @param type the type, not null
     * @param description the description, not null
     * @return the outcome, not null
     */
    public static SuccessOutcome of(Type type, MultilingualText description) {
        return new SuccessOutcome(type, Optional.of(description), Optional.empty());
    }

    /**
     * The kinds of outcome for a successful learner.
     *
     * @since 0.1
     */
    public enum Type {
        /** Admission to a programme. */
        ADMISSION,
        /** Credit towards a programme. */
        CREDIT,
        /** A certification or badge. */
        CERTIFICATION
    }
}
