package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Workload;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.testing.RandomCredentials;

/** microcred's own JSON: exact values, extensions in place, the Jackson module, ServiceLoader and detection. */
class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    private static MicroCredential minimal() {
        return MicroCredential.builder()
                .issued(OffsetDateTime.parse("2024-05-01T10:00:00+05:30"))
                .specification(CredentialSpecification.builder().title(MultilingualText.of("en", "Data literacy"))
                        .workload(Workload.of(new BigDecimal("5.0"), new BigDecimal("137.50"))).build())
                .build();
    }

    @Test
    void decimalsKeepTheirScaleAndDatesTheirOffset() {
        JsonTesting.Written w = JsonTesting.write(codec, minimal());
        assertTrue(w.text().contains("\"ects\" : 5.0"), w.text());
        assertTrue(w.text().contains("\"hours\" : 137.50"), w.text());
        assertTrue(w.text().contains("\"issued\" : \"2024-05-01T10:00:00+05:30\""), w.text());
        MicroCredential back = JsonTesting.read(codec, w.bytes());
        assertEquals("5.0", back.specification().workload().orElseThrow().ects().orElseThrow().toString());
        assertEquals(OffsetDateTime.parse("2024-05-01T10:00:00+05:30"), back.issued().orElseThrow());
        assertEquals("+05:30", back.issued().orElseThrow().getOffset().getId());
    }

    @Test
    void unknownPropertiesAreKeptAndWrittenBackInPlace() {
        String doc = """
                {"microcred": "1.0", "vendor": {"batch": 7, "ratio": 1.50},
                 "specification": {"title": {"en": "T"}, "workload": {"ects": 2, "note": "x"}, "flag": true}}
                """;
        MicroCredential c = JsonTesting.read(codec, doc);
        assertEquals(List.of("/vendor"), c.extensions().stream().map(Extension::path).toList());
        assertEquals(List.of("/specification/workload/note", "/specification/flag"),
                c.specification().extensions().stream().map(Extension::path).toList());
        assertEquals(new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.NUMBER, "1.50"),
                ((ExtensionNode.Structure) c.extensions().get(0).value()).members().get(1).value());
        var tree = JsonTesting.write(codec, c).tree();
        assertEquals("1.50", tree.at("/vendor/ratio").decimalValue().toString());
        assertEquals("x", tree.at("/specification/workload/note").asText());
        assertTrue(tree.at("/specification/flag").booleanValue());
        assertEquals(c, JsonTesting.read(codec, JsonTesting.write(codec, c).bytes()));
    }

    @Test
    void jacksonModuleIsFoundThroughServiceLoader() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(MicrocredModule.class.getName()));
        MicroCredential c = RandomCredentials.complete(new Random(42));
        String json = mapper.writeValueAsString(c);
        assertEquals(c, mapper.readValue(json, MicroCredential.class));
        assertEquals(c.specification(), mapper.readValue(mapper.writeValueAsString(c.specification()), CredentialSpecification.class));
        CredentialFormatException e = assertThrows(CredentialFormatException.class,
                () -> mapper.readValue("{\"microcred\": \"1.0\", \"specification\": {\"level\": {\"eqf\": \"six\"}}}", MicroCredential.class));
        assertEquals(Optional.of(Element.E08), e.element());
        assertEquals("/specification/level/eqf", e.location().path());
    }

    @Test
    void moduleRefusesToDropForeignExtensions() {
        MicroCredential c = minimal().toBuilder()
                .extension(new Extension(Format.ELM, "/x", ExtensionNode.Scalar.ofString("y"))).build();
        ObjectMapper mapper = new ObjectMapper().registerModule(new MicrocredModule());
        Exception e = assertThrows(Exception.class, () -> mapper.writeValueAsString(c));
        Throwable cause = e instanceof CredentialFormatException ? e : e.getCause();
        assertInstanceOf(CredentialFormatException.class, cause);
        assertTrue(cause.getMessage().contains("S08"), cause.getMessage());
    }

    @Test
    void codecsAreRegisteredWithServiceLoader() {
        assertInstanceOf(JsonCodec.class, Codecs.of(Format.JSON));
        assertInstanceOf(ElmCodec.class, Codecs.of(Format.ELM));
        List<String> modules = new ArrayList<>();
        ServiceLoader.load(com.fasterxml.jackson.databind.Module.class).forEach(m -> modules.add(m.getClass().getName()));
        assertTrue(modules.contains(MicrocredModule.class.getName()), modules.toString());
    }

    @Test
    void formatIsDetectedFromTheHead() {
        byte[] json = JsonTesting.write(codec, minimal()).bytes();
        byte[] elm = JsonTesting.write(new ElmCodec(), minimal()).bytes();
        byte[] signed = JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-signed.jsonld");
        byte[] ebsi = JsonTesting.resource("/org/microcred/json/elm/samples/Microcredential-Data-and-software-business.json");
        assertTrue(codec.recognises(json));
        assertFalse(new ElmCodec().recognises(json));
        assertTrue(new ElmCodec().recognises(elm));
        assertFalse(codec.recognises(elm));
        assertTrue(new ElmCodec().recognises(java.util.Arrays.copyOf(signed, 4096)), "JAdES wrapper");
        assertTrue(new ElmCodec().recognises(java.util.Arrays.copyOf(ebsi, 2048)), "VCDM 2.0");
        assertEquals(Optional.of(Format.JSON), Codecs.detect(java.util.Arrays.copyOf(json, 200)));
        assertEquals(Optional.of(Format.ELM), Codecs.detect(java.util.Arrays.copyOf(elm, 300)));
        assertEquals(Optional.empty(), Codecs.detect("<xml/>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises("{\"name\": \"microcred\"}".getBytes(StandardCharsets.UTF_8)), "a value is not a key");
        byte[] bom = ("\uFEFF" + new String(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertTrue(codec.recognises(bom));
    }

    @Test
    void jsonArrayFramingIsStreamedBothWays() {
        List<MicroCredential> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(RandomCredentials.credential(new Random(i)));
        }
        for (CredentialCodecHolder h : List.of(new CredentialCodecHolder(codec), new CredentialCodecHolder(new ElmCodec()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            h.writeAll(batch.iterator(), out, JsonFraming.JSON_ARRAY);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("["), text.substring(0, 10));
            List<MicroCredential> back = new ArrayList<>();
            for (Iterator<MicroCredential> it = h.codec.readAll(new ByteArrayInputStream(out.toByteArray())); it.hasNext();) {
                back.add(it.next());
            }
            assertEquals(batch, back);
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            h.codec.writeAll(batch.iterator(), lines);
            assertEquals(50, lines.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    private record CredentialCodecHolder(org.microcred.core.format.CredentialCodec codec) {
        void writeAll(Iterator<MicroCredential> it, ByteArrayOutputStream out, JsonFraming framing) {
            if (codec instanceof JsonCodec j) {
                j.writeAll(it, out, framing);
            } else {
                ((ElmCodec) codec).writeAll(it, out, framing);
            }
        }
    }

    @Test
    void shippedSchemaIsInTheJar() {
        assertTrue(JsonCodec.class.getResource(JsonCodec.SCHEMA_RESOURCE) != null);
    }
}
