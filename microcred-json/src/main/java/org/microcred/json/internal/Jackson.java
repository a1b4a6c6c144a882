package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one hardened Jackson set-up of microcred-json: read limits, strict parsing, exact decimals.
 *
 * <p>The limits are deliberate. A credential is small (the largest real ELM documents are about 150 KB,
 * most of it base64 images), so the limits sit far above real content and far below what could exhaust a
 * JVM: hostile input fails fast with a {@link org.microcred.core.format.MalformedDocumentException}
 * instead of a stack overflow or an out-of-memory error.
 *
 * <p>Instances are immutable after construction and shared between threads.
 */
public final class Jackson {
    /** Deepest nesting of arrays and objects; real ELM documents nest about 25 levels deep. */
    public static final int MAX_NESTING_DEPTH = 128;
    /**
     * Longest string value: 16 Mi characters (ELM embeds a base64 image; a signed ELM nests the whole credential in one
     * string), the XML codecs' default text limit, so that what an XML document holds (an ELMO attachment's PDF) can
     * be converted to JSON and read back.
     */
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** Longest number literal, in characters; ECTS and grades need a handful. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest property name. */
    public static final int MAX_NAME_LENGTH = 1024;
    /** Largest single document or streamed record, in bytes: 32 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
    /** Largest decimal exponent accepted for a number (|scale|), so that 1e999999999 cannot blow up later arithmetic. */
    public static final int MAX_DECIMAL_SCALE = 1000;

    /** Exact decimals: 5.0 stays 5.0 in trees (the default factory would strip trailing zeros). */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final StreamReadConstraints DOCUMENT_CONSTRAINTS = constraints(MAX_DOCUMENT_LENGTH);
    // A stream of records has no overall size limit; each record is limited by the tree builder instead.
    private static final StreamReadConstraints STREAM_CONSTRAINTS = constraints(-1);

    private static final JsonFactory DOCUMENT_FACTORY = factory(DOCUMENT_CONSTRAINTS);
    private static final JsonFactory STREAM_FACTORY = factory(STREAM_CONSTRAINTS);

    private Jackson() {
    }

    private static StreamReadConstraints constraints(long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    private static JsonFactory factory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                // a repeated name is refused by LocatedTree, which holds each object's names anyway
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // never echo (possibly secret, possibly huge) source content into exception messages
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
    }

    private static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .nodeFactory(NODES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Gets the factory for reading one document: every limit, including the document length.
     *
     * @return the factory, shared, not null
     */
    public static JsonFactory documentFactory() {
        return DOCUMENT_FACTORY;
    }

    /**
     * Gets the factory for reading a stream of records: every limit but the overall length, which a
     * stream of a million records exceeds by design (each record is limited instead).
     *
     * @return the factory, shared, not null
     */
    public static JsonFactory streamFactory() {
        return STREAM_FACTORY;
    }

    /**
     * Gets the shared, hardened mapper used to write trees (exact decimals; never closes streams).
     *
     * @return the mapper, shared, not to be reconfigured, not null
     */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    /** Built on first use: reading needs only the factories, and an ObjectMapper costs start-up time. */
    private static final class MapperHolder {
        static final ObjectMapper MAPPER = mapper(DOCUMENT_FACTORY);
    }

    /**
     * Gets the read constraints of one document.
     *
     * @return the constraints, not null
     */
    public static StreamReadConstraints documentConstraints() {
        return DOCUMENT_CONSTRAINTS;
    }
}
