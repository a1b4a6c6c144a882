package org.microcred.core;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * A credential or programme a micro-credential stacks towards (E15).
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param id the target's identifier, not null (empty if none)
 * @param title the target's title, not null (empty if none)
 * @param ectsCounted the ECTS credits that count towards the target, not null (empty if not stated)
 * @since 0.1
 */
public record StackingTarget(Optional<URI> id, Optional<MultilingualText> title, Optional<BigDecimal> ectsCounted) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if there is neither an id nor a title
     */
    public StackingTarget {
        Checks.optional(id, "id");
        Checks.optional(title, "title");
        Checks.optional(ectsCounted, "ectsCounted");
        if (id.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("A stacking target needs an id or a title");
        }
    }

    /**
     * Obtains a target from its identifier and title.
     *
     * @param id the identifier, not null
     * @param title the title, not null
     * @return the target, not null
     */
    public static StackingTarget of(URI id, MultilingualText title) {
        return new StackingTarget(Optional.of(id), Optional.of(title), Optional.empty());
    }
}
