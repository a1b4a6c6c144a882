package org.microcred.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Argument checks shared by the model's constructors. Messages name the component so that a failure in a
 * codec can be traced to the element.
 *
 * <p>Internal: exported only to microcred's own modules.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Copies a list into an unmodifiable list, rejecting null elements with a message naming the index.
     *
     * @param <T> the element type
     * @param list the list, not null
     * @param name the component name for messages
     * @return an unmodifiable copy, not null
     */
    public static <T> List<T> copy(Collection<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        List<T> copy = new ArrayList<>(list.size());
        int i = 0;
        for (T t : list) {
            if (t == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
            copy.add(t);
            i++;
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Checks an optional component is not null itself.
     *
     * @param <T> the value type
     * @param value the optional, not null
     * @param name the component name
     * @return the optional
     */
    public static <T> Optional<T> optional(Optional<T> value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * Checks a string is neither null nor blank.
     *
     * @param value the string
     * @param name the component name
     * @return the string
     */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /**
     * Checks an optional string is not blank when present.
     *
     * @param value the optional string, not null
     * @param name the component name
     * @return the optional
     */
    public static Optional<String> optionalNotBlank(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        value.ifPresent(v -> notBlank(v, name));
        return value;
    }

    /**
     * Throws an {@link IllegalStateException} listing every missing required property of a builder.
     *
     * @param type the type being built
     * @param missing the names of the missing properties, not null
     */
    public static void requireComplete(String type, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Cannot build " + type + ", missing required properties: "
                    + String.join(", ", missing));
        }
    }
}
