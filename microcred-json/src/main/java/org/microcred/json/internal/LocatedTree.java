package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON tree of one record together with the line and column of every value, keyed by JSON pointer, so
 * that a mapping error deep in the tree still reports where in the text the bad value is.
 *
 * <p>Built token by token from a hardened parser: the parser enforces nesting depth, string and number
 * length; this builder additionally enforces the per-record byte limit of a stream.
 *
 * @param root the root value, not null
 * @param positions line and column (packed as {@code line << 32 | column}) of each value node, by identity, not null
 * @param basePointer the pointer of this record inside its input ({@code /3} for the fourth element of an array), not null
 */
public record LocatedTree(JsonNode root, Map<JsonNode, Long> positions, String basePointer) {

    /**
     * Reads one value starting at the parser's current token (which must already have been advanced to).
     *
     * @param parser the parser, positioned on the first token of the value, not null
     * @param basePointer the pointer of the record in its input, not null
     * @return the tree, not null
     * @throws IOException as raised by the parser (translated by the caller)
     */
    public static LocatedTree read(JsonParser parser, String basePointer) throws IOException {
        // by node identity, so that no pointer string is built per value (a stream of a million records
        // must not allocate more than it has to); pointers are resolved only when an error is reported
        Map<JsonNode, Long> positions = new IdentityHashMap<>();
        long start = parser.currentTokenLocation().getByteOffset();
        if (start < 0) {
            start = parser.currentTokenLocation().getCharOffset();
        }
        Builder b = new Builder(parser, positions, start);
        JsonNode root = b.value();
        return new LocatedTree(root, positions, basePointer);
    }

    /**
     * Gets the line and column of the value at a pointer relative to this record.
     *
     * @param pointer the pointer, not null
     * @return {@code {line, column}}, or {@code {0, 0}} if unknown, not null
     */
    public long[] position(String pointer) {
        // shared nodes (true, false, null, small numbers) are not unique: fall back to the closest container
        String p = pointer;
        while (true) {
            JsonNode node = p.isEmpty() ? root : root.at(p);
            Long packed = node.isMissingNode() ? null : positions.get(node);
            if (packed != null && (node.isContainerNode() || node.isTextual() || p.isEmpty() || unique(node))) {
                return new long[] {packed >>> 32, packed & 0xFFFFFFFFL};
            }
            if (p.isEmpty()) {
                return new long[] {0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static boolean unique(JsonNode node) {
        return node.isNumber() && !node.canConvertToInt() || node.isBigDecimal() || node.isBigInteger();
    }

    private static final class Builder {
        private final JsonParser parser;
        private final Map<JsonNode, Long> positions;
        private final long start;

        Builder(JsonParser parser, Map<JsonNode, Long> positions, long start) {
            this.parser = parser;
            this.positions = positions;
            this.start = start;
        }

        // Recursion is bounded by the parser's nesting-depth limit (Jackson.MAX_NESTING_DEPTH).
        JsonNode value() throws IOException {
            JsonToken t = parser.currentToken();
            JsonLocation loc = parser.currentTokenLocation();
            checkLength(loc);
            JsonNode node = node(t);
            positions.put(node, ((long) loc.getLineNr() << 32) | (loc.getColumnNr() & 0xFFFFFFFFL));
            return node;
        }

        private JsonNode node(JsonToken t) throws IOException {
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = Jackson.NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = scalarValues(parser.currentName());
                        parser.nextToken();
                        o.set(name, value());
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
