package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;
import org.microcred.core.testing.SampleCredentials;

/** Extensions (S08): OB 3.0 ones are written back in place; other formats' ones are reported as losses. */
class Ob3ExtensionProperties {

    @Property(tries = 100)
    void ob3ExtensionsSurviveTheRoundTrip(@ForAll("withOb3Extensions") MicroCredential c) {
        List<Loss> losses = new ArrayList<>();
        byte[] doc = Ob3Fixtures.write(c, losses);
        assertEquals(List.of(), losses);
        assertEquals(c, Ob3Fixtures.read(doc).credential());
    }

    @Property(tries = 50)
    void foreignExtensionsAreReportedAsLosses(@ForAll("withJsonExtensions") MicroCredential c) {
        List<Loss> losses = new ArrayList<>();
        byte[] doc = Ob3Fixtures.write(c, losses);
        int count = c.extensions().size() + c.specification().extensions().size();
        assertEquals(count, losses.size(), losses.toString());
        assertTrue(losses.stream().allMatch(l -> l.element() == Element.S08 && l.reason().contains("json")), losses.toString());
        MicroCredential without = c.toBuilder().extensions(List.of())
                .specification(c.specification().toBuilder().extensions(List.of()).build()).build();
        assertEquals(without, Ob3Fixtures.read(doc).credential(), "everything else arrives");
    }

    @Test
    void unknownPropertiesOfAWrittenDocumentAreKeptInPlace() {
        ObjectNode doc = (ObjectNode) Ob3Fixtures.json(Ob3Fixtures.write(SampleCredentials.credential(), new ArrayList<>()));
        doc.putObject("termsOfUse").put("type", "TrustFrameworkPolicy");
        ObjectNode achievement = (ObjectNode) doc.get("credentialSubject").get("achievement");
        achievement.putArray("tag").add("python").add("data");
        achievement.put("name", "Data Analytics (edited)"); // a changed projection is kept, the model keeps its title
        ((ObjectNode) doc.get("credentialSubject").get("result").get(0)).put("achievedLevel", "urn:uuid:level-3");

        MicroCredential c = Ob3Fixtures.read(Ob3Fixtures.bytes(doc)).credential();
        assertEquals(SampleCredentials.credential().specification().title(), c.specification().title());
        assertEquals(List.of("/credentialSubject/result/0/achievedLevel", "/termsOfUse"), Ob3ExamplesTest.paths(c.extensions()));
        assertEquals(List.of("/specification/name", "/specification/tag"), Ob3ExamplesTest.paths(c.specification().extensions()));

        JsonNode again = Ob3Fixtures.json(Ob3Fixtures.write(c, new ArrayList<>()));
        Ob3ExamplesTest.assertContains(doc, again, "", "edited document");
        assertEquals("Data Analytics (edited)", again.get("credentialSubject").get("achievement").get("name").asText());
    }

    @Test
    void anExtensionThatCannotBePlacedIsALoss() {
        MicroCredential c = SampleCredentials.credential().toBuilder()
                .extension(new Extension(Format.OB3, "/validFrom/x", org.microcred.core.ExtensionNode.Scalar.ofString("y")))
                .build();
        List<Loss> losses = new ArrayList<>();
        Ob3Fixtures.write(c, losses);
        assertEquals(1, losses.size());
        assertEquals(Element.S08, losses.get(0).element());
        assertEquals("extensions[0]", losses.get(0).path());
    }

    @Test
    void streamsJsonLinesAndArraysLazily() {
        List<MicroCredential> batch = new ArrayList<>();
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 30; i++) {
            batch.add(org.microcred.core.testing.RandomCredentials.credential(r));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), Ob3Fixtures.CODEC.writeAll(batch.iterator(), out));
        String lines = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(30, lines.lines().count());
        List<MicroCredential> back = new ArrayList<>();
        Ob3Fixtures.CODEC.readAll(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(back::add);
        assertEquals(batch, back);
        String array = "[" + String.join(",", lines.lines().toList()) + "]";
        back.clear();
        Ob3Fixtures.CODEC.readAll(new ByteArrayInputStream(array.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .forEachRemaining(back::add);
        assertEquals(batch, back);
    }

    @Provide
    Arbitrary<MicroCredential> withOb3Extensions() {
        return CredentialArbitraries.credentialsWithExtensions(Format.OB3);
    }

    @Provide
    Arbitrary<MicroCredential> withJsonExtensions() {
        return CredentialArbitraries.credentialsWithExtensions(Format.JSON);
    }
}
