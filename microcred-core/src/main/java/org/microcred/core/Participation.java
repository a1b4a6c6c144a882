package org.microcred.core;

import java.util.List;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;

/**
 * The form of participation in the learning activity (E10): modes (online, onsite, blended, ... from the
 * ELM {@code learning-assessment} list by default), and optionally the learning setting (formal or
 * non-formal), the schedule and the activity types.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param modes the modes of learning, in order, not null, at least one
 * @param setting the learning setting, not null (empty if none)
 * @param schedule the learning schedule (full time, part time), not null (empty if none)
 * @param activityTypes the learning activity types, in order, not null
 * @since 0.1
 */
public record Participation(
        List<@KnownConcept(element = Element.E10, groups = Profile.Structural.class) Concept> modes,
        Optional<@KnownConcept(element = Element.E10, groups = Profile.Structural.class) Concept> setting,
        Optional<@KnownConcept(element = Element.E10, groups = Profile.Structural.class) Concept> schedule,
        List<@KnownConcept(element = Element.E10, groups = Profile.Structural.class) Concept> activityTypes) {

    /**
     * Creates a form of participation.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if there is no mode
     */
    public Participation {
        modes = Checks.copy(modes, "modes");
        Checks.optional(setting, "setting");
        Checks.optional(schedule, "schedule");
        activityTypes = Checks.copy(activityTypes, "activityTypes");
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("A form of participation needs at least one mode");
        }
    }

    /**
     * Obtains a form of participation from modes alone.
     *
     * @param modes the modes, not null, at least one
     * @return the participation, not null
     */
    public static Participation of(Concept... modes) {
        return new Participation(List.of(modes), Optional.empty(), Optional.empty(), List.of());
    }
}
