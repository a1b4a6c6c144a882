package org.microcred.core;

import java.util.List;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.ConsistentLevel;
import org.microcred.core.vocabulary.Concept;

/**
 * The level (and cycle, if applicable) of the learning experience (E08): an EQF level, a QF-EHEA cycle,
 * national qualifications framework levels, or an explicit statement that no level applies.
 *
 * <p>Annex I asks for the level "if applicable", so {@link #notApplicable()} counts as present for the
 * {@code eu-2022} profile. The {@code structural} profile checks the EQF range (1–8) and that a cycle
 * matches the EQF level.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param eqf the EQF level, not null (empty if not given)
 * @param cycle the QF-EHEA cycle, not null (empty if not given)
 * @param nqf national qualifications framework levels (concepts whose scheme is the framework), not null
 * @param notApplicable true if the credential states that no level applies
 * @since 0.1
 */
@ConsistentLevel(element = Element.E08, groups = Profile.Structural.class)
public record Level(Optional<Integer> eqf, Optional<Cycle> cycle, List<Concept> nqf, boolean notApplicable) {

    private static final Level NOT_APPLICABLE = new Level(Optional.empty(), Optional.empty(), List.of(), true);

    /**
     * Creates a level.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if "not applicable" comes with a level, or nothing is given at all
     */
    public Level {
        Checks.optional(eqf, "eqf");
        Checks.optional(cycle, "cycle");
        nqf = Checks.copy(nqf, "nqf");
        boolean any = eqf.isPresent() || cycle.isPresent() || !nqf.isEmpty();
        if (notApplicable && any) {
            throw new IllegalArgumentException("A level that is not applicable cannot have an EQF level, cycle or NQF level");
        }
        if (!notApplicable && !any) {
            throw new IllegalArgumentException("A level needs an EQF level, a cycle, an NQF level, or to be not applicable");
        }
    }

    /**
     * Obtains an EQF level.
     *
     * @param eqf the level, normally 1 to 8 (the structural profile checks the range)
     * @return the level, not null
     */
    public static Level ofEqf(int eqf) {
        return new Level(Optional.of(eqf), Optional.empty(), List.of(), false);
    }

    /**
     * Obtains an EQF level with its QF-EHEA cycle.
     *
     * @param eqf the level
     * @param cycle the cycle, not null
     * @return the level, not null
     */
    public static Level of(int eqf, Cycle cycle) {
        return new Level(Optional.of(eqf), Optional.of(cycle), List.of(), false);
    }

    /**
     * Obtains the explicit statement that no level applies.
     *
     * @return the level, not null
     */
    public static Level ofNotApplicable() {
        return NOT_APPLICABLE;
    }
}
