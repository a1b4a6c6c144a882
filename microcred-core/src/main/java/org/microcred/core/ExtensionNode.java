package org.microcred.core;

import java.util.List;
import java.util.Objects;
import org.microcred.core.internal.Checks;

/**
 * A format-neutral tree of content that the model does not know (S08), kept so that a codec can write it
 * back: scalars, sequences and structures with ordered, possibly repeated, named members.
 *
 * <p>JSON maps directly (object to {@link Structure}, array to {@link Sequence}, string, number, boolean and
 * null to {@link Scalar}). XML maps an element to a {@link Structure} whose members are its attributes
 * (named {@code @name}, or {@code @{namespace}name}), its child elements ({@code {namespace}name}) and its
 * text ({@code #text}), in document order.
 *
 * @since 0.1
 */
public sealed interface ExtensionNode permits ExtensionNode.Scalar, ExtensionNode.Sequence, ExtensionNode.Structure {

    /**
     * A leaf value, kept as text with its kind so that numbers keep their exact digits.
     *
     * @param kind the kind of scalar, not null
     * @param text the value as written; {@code "null"} for null, not null
     * @since 0.1
     */
    record Scalar(Kind kind, String text) implements ExtensionNode {
        /**
         * Creates a scalar.
         *
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if a boolean, number or null has text that does not fit its kind
         */
        public Scalar {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            switch (kind) {
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("Boolean scalar must be true or false: '" + text + "'");
                    }
                }
                case NULL -> {
                    if (!text.equals("null")) {
                        throw new IllegalArgumentException("Null scalar must have text 'null': '" + text + "'");
                    }
                }
                case NUMBER -> {
                    try {
                        new java.math.BigDecimal(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Number scalar is not a number: '" + text + "'", e);
                    }
                }
                default -> {
                }
            }
        }

        /**
         * Obtains a string scalar.
         *
         * @param text the text, not null
         * @return the scalar, not null
         */
        public static Scalar ofString(String text) {
            return new Scalar(Kind.STRING, text);
        }

        /** The kinds of scalar. */
        public enum Kind {
            /** A string. */
            STRING,
            /** A number, with its digits as written. */
            NUMBER,
            /** {@code true} or {@code false}. */
            BOOLEAN,
            /** A null. */
            NULL
        }
    }

    /**
     * An ordered sequence of nodes.
     *
     * @param items the items, in order, not null
     * @since 0.1
     */
    record Sequence(List<ExtensionNode> items) implements ExtensionNode {
        /**
         * Creates a sequence.
         *
         * @throws NullPointerException if the list or an item is null
         */
        public Sequence {
            items = Checks.copy(items, "items");
        }
    }

    /**
     * An ordered list of named members; names may repeat (as XML child elements do).
     *
     * @param members the members, in order, not null
     * @since 0.1
     */
    record Structure(List<Member> members) implements ExtensionNode {
        /**
         * Creates a structure.
         *
         * @throws NullPointerException if the list or a member is null
         */
        public Structure {
            members = Checks.copy(members, "members");
        }
    }

    /**
     * A named member of a {@link Structure}.
     *
     * @param name the name, not null, not empty
     * @param value the value, not null
     * @since 0.1
     */
    record Member(String name, ExtensionNode value) {
        /**
         * Creates a member.
         *
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if the name is empty
         */
        public Member {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Member name must not be empty");
            }
            Objects.requireNonNull(value, "value");
        }
    }
}
