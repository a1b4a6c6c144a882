package org.microcred.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;

/**
 * A learning outcome (E06): a statement of what the learner knows or can do, optionally linked to skills
 * (ESCO {@code http://data.europa.eu/esco/skill/...} or another framework such as DigComp).
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param statement the outcome statement, not null
 * @param relatedSkills related skills, ESCO or other frameworks, in order, not null
 * @param skillType the type of skill (skill, knowledge, competence), not null (empty if none)
 * @param reuseLevel the ESCO skill reuse level, not null (empty if none)
 * @since 0.1
 */
public record LearningOutcome(MultilingualText statement, List<Concept> relatedSkills, Optional<Concept> skillType,
        Optional<@KnownConcept(element = Element.E06, groups = Profile.Structural.class) Concept> reuseLevel) {

    /** The namespace of ESCO skills. */
    public static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    /**
     * Creates a learning outcome.
     *
     * @throws NullPointerException if any argument is null
     */
    public LearningOutcome {
        Objects.requireNonNull(statement, "statement");
        relatedSkills = Checks.copy(relatedSkills, "relatedSkills");
        Checks.optional(skillType, "skillType");
        Checks.optional(reuseLevel, "reuseLevel");
    }

    /**
     * Obtains an outcome from a statement alone.
     *
     * @param statement the statement, not null
     * @return the outcome, not null
     */
    public static LearningOutcome of(MultilingualText statement) {
        return new LearningOutcome(statement, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains an outcome with related skills.
     *
     * @param statement the statement, not null
     * @param skills the related skills, not null
     * @return the outcome, not null
     */
    public static LearningOutcome of(MultilingualText statement, List<Concept> skills) {
        return new LearningOutcome(statement, skills, Optional.empty(), Optional.empty());
    }
}
