package org.microcred.core;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Severity;
import org.microcred.core.validation.constraints.PlausibleWorkload;
import org.microcred.core.validation.constraints.WellFormedWorkload;

/**
 * The notional workload needed to achieve the learning outcomes (E07): ECTS credits and/or notional hours,
 * and credits in other systems.
 *
 * <p>Values keep their decimal scale exactly as given. The {@code structural} profile checks that ECTS are
 * above 0, at most 60 and have at most two decimals; it warns above 30 ECTS and outside 15–40 hours per ECTS.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param ects the ECTS credits, not null (empty if not given)
 * @param hours the notional hours of learning, not null (empty if not given)
 * @param otherCredits credits in other systems, in order, not null
 * @since 0.1
 */
@WellFormedWorkload(element = Element.E07, groups = Profile.Structural.class)
@PlausibleWorkload(element = Element.E07, severity = Severity.WARNING, groups = Profile.Structural.class)
public record Workload(Optional<BigDecimal> ects, Optional<BigDecimal> hours, List<@Valid CreditValue> otherCredits) {

    /**
     * Creates a workload.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if no value is given at all
     */
    public Workload {
        Checks.optional(ects, "ects");
        Checks.optional(hours, "hours");
        otherCredits = Checks.copy(otherCredits, "otherCredits");
        if (ects.isEmpty() && hours.isEmpty() && otherCredits.isEmpty()) {
            throw new IllegalArgumentException("A workload needs ECTS credits, hours or other credits");
        }
    }

    /**
     * Obtains a workload in ECTS.
     *
     * @param ects the credits, not null
     * @return the workload, not null
     */
    public static Workload ofEcts(BigDecimal ects) {
        return new Workload(Optional.of(ects), Optional.empty(), List.of());
    }

    /**
     * Obtains a workload in ECTS and hours.
     *
     * @param ects the credits, not null
     * @param hours the notional hours, not null
     * @return the workload, not null
     */
    public static Workload of(BigDecimal ects, BigDecimal hours) {
        return new Workload(Optional.of(ects), Optional.of(hours), List.of());
    }

    /**
     * Obtains a workload in notional hours only.
     *
     * @param hours the hours, not null
     * @return the workload, not null
     */
    public static Workload ofHours(BigDecimal hours) {
        return new Workload(Optional.empty(), Optional.of(hours), List.of());
    }
}
