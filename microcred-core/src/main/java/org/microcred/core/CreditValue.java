package org.microcred.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;

/**
 * Credits in a credit system other than ECTS (E07), e.g. ECVET points or a national system.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type. The value keeps its
 * scale exactly as given ({@code 5.0} is not equal to {@code 5}).
 *
 * @param system the credit system, not null
 * @param value the number of credits, not null
 * @since 0.1
 */
public record CreditValue(@KnownConcept(element = Element.E07, groups = Profile.Structural.class) Concept system,
        BigDecimal value) {

    /**
     * Creates a credit value.
     *
     * @throws NullPointerException if any argument is null
     */
    public CreditValue {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a credit value.
     *
     * @param system the credit system, not null
     * @param value the credits, not null
     * @return the credit value, not null
     */
    public static CreditValue of(Concept system, BigDecimal value) {
        return new CreditValue(system, value);
    }
}
