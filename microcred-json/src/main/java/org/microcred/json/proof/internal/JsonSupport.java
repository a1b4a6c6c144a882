package org.microcred.json.proof.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Jackson plumbing shared by the signature code: a strict reader (duplicate keys rejected, as I-JSON and
 * RFC 8785 require; decimals kept exact) and a writer laid out like {@code JSON.stringify(value, null, 2)}.
 *
 * <p>Internal: not part of the API.
 */
public final class JsonSupport {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final DefaultPrettyPrinter PRETTY = new StringifyPrinter();

    private JsonSupport() {
    }

    /**
     * Gets the shared mapper.
     *
     * @return the mapper, not null
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON strictly.
     *
     * @param json the UTF-8 bytes, not null
     * @return the tree, not null
     * @throws MalformedDocumentException if the bytes are not one well-formed JSON value without duplicate keys
     */
    public static JsonNode parse(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedDocumentException(Format.JSON, CredentialFormatException.Location.UNKNOWN, null,
                        null, "empty input: expected a JSON document", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            CredentialFormatException.Location where = loc == null ? CredentialFormatException.Location.UNKNOWN
                    : CredentialFormatException.Location.of("", Math.max(0, loc.getLineNr()),
                            Math.max(0, loc.getColumnNr()));
            throw new MalformedDocumentException(Format.JSON, where, null, null,
                    "not well-formed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a JSON object strictly.
     *
     * @param json the UTF-8 bytes, not null
     * @return the object, not null
     * @throws MalformedDocumentException if the bytes are not a well-formed JSON object
     */
    public static ObjectNode parseObject(byte[] json) {
        JsonNode node = parse(json);
        if (!node.isObject()) {
            throw new MalformedDocumentException(Format.JSON, CredentialFormatException.Location.of("", 1, 1), null,
                    node.getNodeType().toString(), "expected a JSON object at the top level", null);
        }
        return (ObjectNode) node;
    }

    /**
     * Writes compactly (no whitespace, keys in tree order).
     *
     * @param node the tree, not null
     * @return the UTF-8 bytes, not null
     */
    public static byte[] compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON tree", e);
        }
    }

    /**
     * Writes with two-space indentation and {@code "key": value} spacing, as JavaScript's
     * {@code JSON.stringify(value, null, 2)} does (the layout of the W3C test vectors).
     *
     * @param node the tree, not null
     * @return the UTF-8 bytes, without a trailing newline, not null
     */
    public static byte[] pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON tree", e);
        }
    }

    /** Pretty printer with JSON.stringify's layout: no space before ':', "[]" and "{}" when empty. */
    private static final class StringifyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        StringifyPrinter() {
            super();
            _objectFieldValueSeparatorWithSpaces = ": ";
            indentArraysWith(new DefaultIndenter("  ", "\n"));
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
        }

        StringifyPrinter(StringifyPrinter base) {
            super(base);
            _objectFieldValueSeparatorWithSpaces = ": ";
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new StringifyPrinter(this);
        }

        @Override
        public DefaultPrettyPrinter withSeparators(Separators separators) {
            return this;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (!_objectIndenter.isInline()) {
                --_nesting;
            }
            if (nrOfEntries > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (!_arrayIndenter.isInline()) {
                --_nesting;
            }
            if (nrOfValues > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }
    }
}
