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
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree of one record together with the line and column of every value, keyed by JSON pointer, so
 * that a mapping error deep in the tree still reports where in the text the bad value is.
 *
 * <p>Built token by token from a hardened parser: the parser enforces nesting depth, string and number
 * length; this builder additionally enforces the per-record byte limit of a stream.
 *
 * @param root the root value, not null
 * @param positions line and column (as {@code long[2]}) of each value by JSON pointer, not null
 * @param basePointer the pointer of this record inside its input ({@code /3} for the fourth element of an array), not null
 */
public record LocatedTree(JsonNode root, Map<String, long[]> positions, String basePointer) {

    /**
     * Reads one value starting at the parser's current token (which must already have been advanced to).
     *
     * @param parser the parser, positioned on the first token of the value, not null
     * @param basePointer the pointer of the record in its input, not null
     * @return the tree, not null
     * @throws IOException as raised by the parser (translated by the caller)
     */
    public static LocatedTree read(JsonParser parser, String basePointer) throws IOException {
        Map<String, long[]> positions = new HashMap<>();
        long start = parser.currentTokenLocation().getByteOffset();
        if (start < 0) {
            start = parser.currentTokenLocation().getCharOffset();
        }
        Builder b = new Builder(parser, positions, start);
        JsonNode root = b.value("");
        return new LocatedTree(root, positions, basePointer);
    }

    /**
     * Gets the line and column of the value at a pointer relative to this record.
     *
     * @param pointer the pointer, not null
     * @return {@code {line, column}}, or {@code {0, 0}} if unknown, not null
     */
    public long[] position(String pointer) {
        long[] p = positions.get(pointer);
        return p == null ? new long[] {0, 0} : p;
    }

    private static final class Builder {
        private final JsonParser parser;
        private final Map<String, long[]> positions;
        private final long start;

        Builder(JsonParser parser, Map<String, long[]> positions, long start) {
            this.parser = parser;
            this.positions = positions;
            this.start = start;
        }

        // Recursion is bounded by the parser's nesting-depth limit (Jackson.MAX_NESTING_DEPTH).
        JsonNode value(String pointer) throws IOException {
            JsonToken t = parser.currentToken();
            JsonLocation loc = parser.currentTokenLocation();
            positions.put(pointer, new long[] {loc.getLineNr(), loc.getColumnNr()});
            checkLength(loc);
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = Jackson.NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        o.set(name, value(pointer + "/" + escape(name)));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = Jackson.NODES.arrayNode();
                    int i = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(pointer + "/" + i++));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return Jackson.NODES.textNode(parser.getText());
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

        private void checkLength(JsonLocation loc) throws StreamConstraintsException {
            long offset = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
            if (offset >= 0 && start >= 0 && offset - start > Jackson.MAX_DOCUMENT_LENGTH) {
                throw new StreamConstraintsException("Record length (" + (offset - start)
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
