package org.microcred.json;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Loss;
import org.microcred.json.internal.Jackson;

/** Small helpers shared by the tests of this module. */
final class JsonTesting {
    private static final JsonSchema NATIVE_SCHEMA = loadSchema(JsonCodec.SCHEMA_RESOURCE);

    private JsonTesting() {
    }

    static JsonSchema loadSchema(String resource) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = JsonTesting.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validateNative(JsonNode document) {
        return NATIVE_SCHEMA.validate(document);
    }

    record Written(byte[] bytes, List<Loss> losses) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode tree() {
            try {
                return Jackson.mapper().readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Written write(CredentialCodec codec, MicroCredential c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        return new Written(out.toByteArray(), losses);
    }

    static MicroCredential read(CredentialCodec codec, byte[] bytes) {
        return codec.read(new ByteArrayInputStream(bytes)).credential();
    }

    static MicroCredential read(CredentialCodec codec, String text) {
        return read(codec, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(String name) {
        try (InputStream in = JsonTesting.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
