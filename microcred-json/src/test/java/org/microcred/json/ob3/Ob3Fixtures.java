package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Loss;
import org.microcred.json.internal.Jackson;

/** Shared test helpers: the reference files, the JSON Schema oracles, writing and reading through the codec. */
final class Ob3Fixtures {
    static final String REFERENCE = "/org/microcred/json/ob3/reference/";
    static final Ob3Codec CODEC = new Ob3Codec();

    /** The official OB 3.0 AchievementCredential schema (JSON-LD-compaction-tolerant variant). */
    static final JsonSchema OB_SCHEMA = schema(REFERENCE + "schemas/ob_v3p0_achievementcredential_schema.json");
    /** The older, strict (array-only) variant of the same schema. */
    static final JsonSchema OB_STRICT_SCHEMA = schema(REFERENCE + "schemas/ob_v3p0_achievementcredential_schema.strict-variant.json");
    /** microcred's extension schema, as shipped in the jar. */
    static final JsonSchema MICROCRED_SCHEMA = schema(Ob3Terms.SCHEMA_RESOURCE);

    private Ob3Fixtures() {
    }

    private static JsonSchema schema(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Ob3Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Ob3Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] example(String name) {
        return resource(REFERENCE + "examples/" + name);
    }

    static JsonNode json(byte[] bytes) {
        try {
            return Jackson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return Jackson.mapper().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(byte[] document) {
        return CODEC.read(new ByteArrayInputStream(document));
    }

    static byte[] write(MicroCredential c, List<Loss> losses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        losses.addAll(CODEC.write(c, out));
        return out.toByteArray();
    }

    static void assertValid(JsonSchema schema, JsonNode document, String what) {
        Set<ValidationMessage> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            fail(what + " does not validate against " + schema.getSchemaLocation() + ": " + errors + "\n" + document.toPrettyString());
        }
    }
}
