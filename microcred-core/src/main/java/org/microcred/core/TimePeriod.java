package org.microcred.core;

import java.time.LocalDate;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * The time period of the learning (N03).
 *
 * <p>The {@code structural} profile checks that the start is not after the end and that the end is not
 * after the date of issuing.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param start the first day, not null (empty if not stated)
 * @param end the last day, not null (empty if not stated)
 * @since 0.1
 */
public record TimePeriod(Optional<LocalDate> start, Optional<LocalDate> end) {

    /**
     * Creates a time period.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if neither start nor end is given
     */
    public TimePeriod {
        Checks.optional(start, "start");
        Checks.optional(end, "end");
        if (start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("A time period needs a start or an end");
        }
    }

    /**
     * Obtains a period from its first and last day.
     *
     * @param start the first day, not null
     * @param end the last day, not null
     * @return the period, not null
     */
    public static TimePeriod of(LocalDate start, LocalDate end) {
        return new TimePeriod(Optional.of(start), Optional.of(end));
    }
}
