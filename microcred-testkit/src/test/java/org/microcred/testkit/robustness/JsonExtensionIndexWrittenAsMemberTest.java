package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;

/**
 * Regression test of the fixed codec bug JSON_EXTENSION_INDEX_AS_MEMBER, found by the fuzzer on elm (a renamed
 * {@code specifiedBy} left {@code /specification/provenBy/0/type} and its siblings as extensions): the shared JSON
 * engine's extension placer (org.microcred.json.internal.ExtensionPlacer) writes an extension whose JSON pointer
 * runs through a missing array as object members: {@code /x/0/type} becomes {@code "x": {"0": {"type": ...}}}
 * and {@code /x/-} becomes {@code "x": {"-": ...}}. The written document silently had another shape, and read
 * back as a different credential. Fixed: a missing container is created as an array when the pointer goes on with
 * an index.
 */
class JsonExtensionIndexWrittenAsMemberTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "ELM", "OB3"})
    void arrayIndexStaysAnArrayIndex(Format format) {
        CredentialCodec codec = Base.codec(format);
        MicroCredential c = Base.CREDENTIAL.toBuilder()
                .extension(new Extension(format, "/newArray/0/type", ExtensionNode.Scalar.ofString("X"))).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(c, out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertFalse(written.matches("(?s).*\"newArray\"\\s*:\\s*\\{.*"), "newArray is written as an object: " + written);
        // read back, the new array is one extension at /newArray (the reader keeps an unknown member whole), so the
        // credential is not equal to c; the document is: it reads back to the same credential and is written unchanged
        MicroCredential back = codec.read(new ByteArrayInputStream(out.toByteArray())).credential();
        assertEquals(c.toBuilder().extensions(List.of()).build(), back.toBuilder().extensions(List.of()).build());
        assertEquals(List.of("/newArray"), back.extensions().stream().map(Extension::path).toList());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        codec.write(back, again);
        assertEquals(written, again.toString(StandardCharsets.UTF_8));
    }
}
