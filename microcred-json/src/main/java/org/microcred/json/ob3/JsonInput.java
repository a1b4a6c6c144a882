package org.microcred.json.ob3;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Hardened JSON input for the OB 3.0 codec: read limits, duplicate keys rejected, exact decimals, and the
 * line and column of every value kept by JSON pointer for error messages.
 */
final class JsonInput {
    static final int MAX_NESTING_DEPTH = 128;
    static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 100;
    static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(1024)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonInput() {
    }

    /**
     * A tree with the position of each value.
     *
     * @param root the value
     * @param positions {line, column} by JSON pointer
     */
    record Located(JsonNode root, Map<String, long[]> positions) {
        long[] position(String pointer) {
            return positions.getOrDefault(pointer, new long[] {0, 0});
        }
    }

    /** Reads exactly one JSON document. */
    static Located readDocument(InputStream in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                throw new MalformedDocumentException(Format.OB3, Location.UNKNOWN, null, null, "empty document", null);
            }
            Located t = readValue(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new MalformedDocumentException(Format.OB3, Location.of("", l.getLineNr(), l.getColumnNr()), null,
                        null, "trailing content after the document", null);
            }
            return t;
        } catch (IOException e) {
            throw translate(e, null);
        }
    }

    /** Reads the value the parser is on. */
    static Located readValue(JsonParser p) throws IOException {
        Map<String, long[]> positions = new HashMap<>();
        long start = offset(p.currentTokenLocation());
        JsonNode root = value(p, "", positions, start);
        return new Located(root, positions);
    }

    // recursion depth is bounded by the parser's nesting limit
    private static JsonNode value(JsonParser p, String pointer, Map<String, long[]> positions, long start) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        positions.put(pointer, new long[] {loc.getLineNr(), loc.getColumnNr()});
        if (start >= 0 && offset(loc) - start > MAX_DOCUMENT_LENGTH) {
            throw new StreamConstraintsException("Document length exceeds the maximum allowed (" + MAX_DOCUMENT_LENGTH + ")");
        }
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = Ob3Writer.NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p, pointer + "/" + Source.escape(name), positions, start));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = Ob3Writer.NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, pointer + "/" + i++, positions, start));
                }
                return a;
            }
            case VALUE_STRING -> {
                return Ob3Writer.NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return Ob3Writer.NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return Ob3Writer.NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return Ob3Writer.NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return Ob3Writer.NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return Ob3Writer.NODES.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    private static long offset(JsonLocation l) {
        return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
    }

    /** Translates a parser or I/O failure into the codec exception family, keeping the cause. */
    static CredentialFormatException translate(IOException e, String basePointer) {
        String base = basePointer == null ? "" : basePointer;
        if (e instanceof JsonProcessingException jpe) {
            String pointer = "";
            if (jpe.getProcessor() instanceof JsonParser parser) {
                try {
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                } catch (RuntimeException ignored) {
                    pointer = ""; // a broken parser cannot tell its path; the line and column still locate the problem
                }
            }
            JsonLocation l = jpe.getLocation();
            Location location = l == null ? Location.of(base + pointer, 0, 0)
                    : Location.of(base + pointer, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
            String original = jpe.getOriginalMessage();
            String problem;
            if (e instanceof StreamConstraintsException) {
                problem = "document breaks a reading limit (" + original + ")";
            } else if (e instanceof JsonEOFException) {
                problem = "truncated document (" + original + ")";
            } else if (original != null && original.startsWith("Duplicate field")) {
                problem = "duplicate key (" + original + ")";
            } else {
                problem = "not well-formed JSON (" + original + ")";
            }
            return new MalformedDocumentException(Format.OB3, location, null, null, problem, e);
        }
        if (e instanceof java.io.CharConversionException) {
            return new MalformedDocumentException(Format.OB3, Location.of(base, 0, 0), null, null,
                    "invalid character encoding (" + e.getMessage() + ")", e);
        }
        return new CredentialFormatException(Format.OB3, Location.of(base, 0, 0), null, null,
                "cannot read input (" + e.getMessage() + ")", e);
    }
}
