package org.microcred.core;

import java.util.List;
import java.util.Objects;
import org.microcred.core.internal.Checks;

/**
 * The integration/stackability options (E15): the two options of Annex I, stand-alone or stackable towards
 * one or more targets.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param option stand-alone or stackable, not null
 * @param targets what it stacks towards, in order, not null; empty exactly when stand-alone
 * @since 0.1
 */
public record Stackability(Option option, List<StackingTarget> targets) {

    private static final Stackability STANDALONE = new Stackability(Option.STANDALONE, List.of());

    /**
     * Creates stackability options.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a stand-alone credential has targets or a stackable one has none
     */
    public Stackability {
        Objects.requireNonNull(option, "option");
        targets = Checks.copy(targets, "targets");
        if (option == Option.STANDALONE && !targets.isEmpty()) {
            throw new IllegalArgumentException("A stand-alone micro-credential has no stacking targets: " + targets);
        }
        if (option == Option.STACKABLE && targets.isEmpty()) {
            throw new IllegalArgumentException("A stackable micro-credential needs at least one target");
        }
    }

    /**
     * Obtains the stand-alone option.
     *
     * @return the option, not null
     */
    public static Stackability ofStandalone() {
        return STANDALONE;
    }

    /**
     * Obtains the stackable option towards targets.
     *
     * @param targets the targets, not null, at least one
     * @return the option, not null
     */
    public static Stackability ofStackable(StackingTarget... targets) {
        return new Stackability(Option.STACKABLE, List.of(targets));
    }

    /**
     * The two options of Annex I.
     *
     * @since 0.1
     */
    public enum Option {
        /** A stand-alone, independent micro-credential. */
        STANDALONE,
        /** Integrated, stackable towards another credential. */
        STACKABLE
    }
}
