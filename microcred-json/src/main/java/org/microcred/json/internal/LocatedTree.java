package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree of one record together with the line and column of every value, so that a mapping error deep
 * in the tree still reports where in the text the bad value is.
 *
 * <p>Built token by token from a hardened parser: the parser enforces nesting depth, string and number
 * length; this builder additionally enforces the per-record byte limit of a stream.
 *
 * <p>Positions cost one {@code long} per value on the success path: they are kept in document (pre-order)
 * order in a growable array, packed as {@code line << 32 | column}. Only when an error is reported does
 * {@link #position(String)} walk the tree along the pointer to find the value's pre-order index; no pointer
 * string, map entry or boxed value is created per value (a stream of a million records reads fast).
 * The tree must not be modified after it was read (the readers only read it).
 */
public final class LocatedTree {
    private final JsonNode root;
    private final long[] positions;
    private final String basePointer;

    private LocatedTree(JsonNode root, long[] positions, String basePointer) {
        this.root = root;
        this.positions = positions;
        this.basePointer = basePointer;
    }

    /**
     * Reads one value starting at the parser's current token (which must already have been advanced to).
     *
     * @param parser the parser, positioned on the first token of the value, not null
     * @param basePointer the pointer of the record in its input, not null
     * @return the tree, not null
     * @throws IOException as raised by the parser (translated by the caller)
     */
    public static LocatedTree read(JsonParser parser, String basePointer) throws IOException {
        return read(parser, basePointer, false);
    }

    /**
     * Reads one value starting at the parser's current token, refusing a name repeated in an object if asked to.
     *
     * <p>The codecs' own parsers ({@link Jackson#documentFactory()}, {@link Jackson#streamFactory()}) leave that
     * check to this builder, which already holds each object's names: Jackson's own check keeps a second set of
     * them per object. A caller's parser keeps its own setting (Jackson's check, or the last value wins).
     *
     * @param parser the parser, positioned on the first token of the value, not null
     * @param basePointer the pointer of the record in its input, not null
     * @param refuseDuplicates whether a repeated name fails as Jackson's {@code Duplicate field} error
     * @return the tree, not null
     * @throws IOException as raised by the parser (translated by the caller)
     */
    public static LocatedTree read(JsonParser parser, String basePointer, boolean refuseDuplicates) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        if (start < 0) {
            start = parser.currentTokenLocation().getCharOffset();
        }
        Builder b = new Builder(parser, start, refuseDuplicates);
        JsonNode root = b.value();
        return new LocatedTree(root, b.positions, basePointer);
    }

    /**
     * Gets the root value.
     *
     * @return the root, not null
     */
    public JsonNode root() {
        return root;
    }

    /**
     * Gets the pointer of this record inside its input ({@code /3} for the fourth element of an array).
     *
     * @return the pointer, empty for a single document, not null
     */
    public String basePointer() {
        return basePointer;
    }

    /**
     * Gets the line and column of the value at a pointer relative to this record; a pointer that names no
     * value (a missing property) gets the position of its closest existing ancestor.
     *
     * @param pointer the pointer, not null
     * @return {@code {line, column}}, or {@code {0, 0}} if unknown, not null
     */
    public long[] position(String pointer) {
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            // not a pointer (no leading slash): nothing more precise than the record itself
            p = JsonPointer.empty();
        }
        // pre-order index of the value: its parent's index + 1 + the sizes of the siblings before it
        int index = 0;
        JsonNode node = root;
        for (; !p.matches(); p = p.tail()) {
            int found = -1;
            int offset = index + 1;
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().equals(p.getMatchingProperty())) {
                        found = offset;
                        node = e.getValue();
                        break;
                    }
                    offset += size(e.getValue());
                }
            } else if (node.isArray() && p.getMatchingIndex() >= 0 && p.getMatchingIndex() < node.size()) {
                for (int i = 0; i < p.getMatchingIndex(); i++) {
                    offset += size(node.get(i));
                }
                found = offset;
                node = node.get(p.getMatchingIndex());
            }
            if (found < 0) {
                break;
            }
            index = found;
        }
        long packed = index < positions.length ? positions[index] : 0;
        return new long[] {packed >>> 32, packed & 0xFFFFFFFFL};
    }

    // the number of values in a subtree, itself included; recursion is bounded by the parser's nesting limit
    private static int size(JsonNode node) {
        int n = 1;
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                n += size(child);
            }
        }
        return n;
    }

    private static final class Builder {
        private final JsonParser parser;
        private final long start;
        /** Positions in pre-order (one slot per value; the array may be longer). */
        private long[] positions = new long[64];
        private int count;
        private final boolean refuseDuplicates;

        Builder(JsonParser parser, long start, boolean refuseDuplicates) {
            this.parser = parser;
            this.start = start;
            this.refuseDuplicates = refuseDuplicates;
        }

        // Recursion is bounded by the parser's nesting-depth limit (Jackson.MAX_NESTING_DEPTH).
        JsonNode value() throws IOException {
            JsonToken t = parser.currentToken();
            JsonLocation loc = parser.currentTokenLocation();
            checkLength(loc);
            // reserve this value's pre-order slot before its children take theirs
            int slot = count++;
            if (slot == positions.length) {
                positions = Arrays.copyOf(positions, slot * 2);
            }
            positions[slot] = ((long) loc.getLineNr() << 32) | (loc.getColumnNr() & 0xFFFFFFFFL);
            return node(t, slot);
        }

        private JsonNode node(JsonToken t, int slot) throws IOException {
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = Jackson.NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = scalarValues(parser.currentName());
                        if (refuseDuplicates && o.get(name) != null) {
                            // the message and location Jackson's STRICT_DUPLICATE_DETECTION gives (JsonErrors knows it)
                            throw new com.fasterxml.jackson.core.JsonParseException(parser, "Duplicate field '" + name + "'");
                        }
                        parser.nextToken();
                        int first = count;
                        JsonNode previous = o.replace(name, value());
                        if (previous != null) {
                            replaced(o, slot, name, previous, first);
                        }
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = Jackson.NODES.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value());
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return Jackson.NODES.textNode(scalarValues(parser.getText()));
                }
                case VALUE_NUMBER_INT -> {
                    return switch (parser.getNumberType()) {
                        case INT -> Jackson.NODES.numberNode(parser.getIntValue());
                        case LONG -> Jackson.NODES.numberNode(parser.getLongValue());
                        default -> Jackson.NODES.numberNode(parser.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    BigDecimal d = parser.getDecimalValue();
                    return Jackson.NODES.numberNode(d);
                }
                case VALUE_TRUE -> {
                    return Jackson.NODES.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return Jackson.NODES.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return Jackson.NODES.nullNode();
                }
                default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected token " + t);
            }
        }

        // A parser that allows a repeated name (a caller's own mapper; ours refuse it): as in Jackson's trees the
        // last value takes the first one's place, so its positions move to where the first value's were.
        private void replaced(ObjectNode o, int slot, String name, JsonNode previous, int first) {
            int start = slot + 1;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(name)) {
                    break;
                }
                start += size(e.getValue());
            }
            int end = start + size(previous);
            // [start, end) is the previous value, [end, first) the members after it, [first, count) the new value
            long[] moved = Arrays.copyOfRange(positions, end, first);
            System.arraycopy(positions, first, positions, start, count - first);
            System.arraycopy(moved, 0, positions, start + count - first, moved.length);
            count -= end - start;
        }

        // Jackson decodes an escaped lone surrogate (backslash-u-D800) as is: not text, and no other format can write it
        private String scalarValues(String s) throws IOException {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else {
                        throw new com.fasterxml.jackson.core.JsonParseException(parser, String.format(
                                "lone surrogate U+%04X in a string (not a Unicode character)", (int) c),
                                parser.currentTokenLocation());
                    }
                }
            }
            return s;
        }

        private void checkLength(JsonLocation loc) throws StreamConstraintsException {
            long offset = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
            if (offset >= 0 && start >= 0 && offset - start > Jackson.MAX_DOCUMENT_LENGTH) {
                throw new StreamConstraintsException("Document length (" + (offset - start)
                        + ") exceeds the maximum allowed (" + Jackson.MAX_DOCUMENT_LENGTH + ")");
            }
        }
    }

    /**
     * Escapes a property name for a JSON pointer (RFC 6901).
     *
     * @param name the name, not null
     * @return the escaped segment, not null
     */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
