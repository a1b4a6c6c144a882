package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.testing.SampleCredentials;

/** Bad input gets a typed error naming the format, place (pointer and line:column), element and offending value. */
class Ob3BadInputTest {

    /** The sample credential as written, pretty-printed, with one change. */
    private static byte[] sampleWith(Consumer<ObjectNode> change) {
        ObjectNode doc = (ObjectNode) Ob3Fixtures.json(Ob3Fixtures.write(SampleCredentials.credential(), new ArrayList<>()));
        change.accept(doc);
        return doc.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode achievement(ObjectNode doc) {
        return (ObjectNode) doc.get("credentialSubject").get("achievement");
    }

    private static <T extends CredentialFormatException> T fails(Class<T> type, byte[] document) {
        T e = assertThrows(type, () -> Ob3Fixtures.read(document));
        assertEquals(Format.OB3, e.format());
        assertTrue(e.getMessage().startsWith("ob3: "), e.getMessage());
        return e;
    }

    @Test
    void wrongTypeNamesElementPointerLineColumnAndValue() {
        byte[] doc = sampleWith(d -> achievement(d).put("creditsAvailable", "five"));
        MalformedDocumentException e = fails(MalformedDocumentException.class, doc);
        assertEquals(Optional.of(Element.E07), e.element());
        assertEquals("/credentialSubject/achievement/creditsAvailable", e.location().path());
        assertEquals(Optional.of("five"), e.offendingValue());
        String text = new String(doc, StandardCharsets.UTF_8);
        String line = text.lines().toList().get((int) e.location().line() - 1);
        assertTrue(line.contains("\"creditsAvailable\""), "line " + e.location().line() + " is: " + line);
        assertTrue(e.location().column() > 0);
        assertTrue(e.getMessage().contains("E07 notional workload: expected a number: 'five'"), e.getMessage());
    }

    @Test
    void badCountryCodeIsE03() {
        MalformedDocumentException e = fails(MalformedDocumentException.class, sampleWith(d ->
                ((ObjectNode) d.get("issuer").get("address")).put("addressCountryCode", "IRL")));
        assertEquals(Optional.of(Element.E03), e.element());
        assertEquals("/issuer/address/addressCountryCode", e.location().path());
        assertEquals(Optional.of("IRL"), e.offendingValue());
        MalformedDocumentException unknown = fails(MalformedDocumentException.class, sampleWith(d ->
                ((ObjectNode) d.get("issuer").get("address")).put("addressCountryCode", "QQ")));
        assertTrue(unknown.getMessage().contains("QQ"), unknown.getMessage());
    }

    @Test
    void badDateIsE05() {
        MalformedDocumentException e = fails(MalformedDocumentException.class, sampleWith(d -> d.put("validFrom", "yesterday")));
        assertEquals(Optional.of(Element.E05), e.element());
        assertEquals("/validFrom", e.location().path());
        assertEquals(Optional.of("yesterday"), e.offendingValue());
        assertTrue(e.getCause() != null, "the parse error is kept as the cause");
    }

    @Test
    void badExtensionValuesNameTheirElement() {
        MalformedDocumentException eqf = fails(MalformedDocumentException.class,
                sampleWith(d -> achievement(d).put("mc:eqfLevel", "http://data.europa.eu/snb/eqf/9")));
        assertEquals(Optional.of(Element.E08), eqf.element());
        assertEquals("/credentialSubject/achievement/mc:eqfLevel", eqf.location().path());
        MalformedDocumentException stack = fails(MalformedDocumentException.class,
                sampleWith(d -> achievement(d).put("mc:stackability", "sometimes")));
        assertEquals(Optional.of(Element.E15), stack.element());
        MalformedDocumentException title = fails(MalformedDocumentException.class,
                sampleWith(d -> achievement(d).putObject("mc:title")));
        assertEquals(Optional.of(Element.E02), title.element());
        assertTrue(title.getMessage().contains("at least one language"), title.getMessage());
    }

    @Test
    void notAnOpenBadgeIsUnsupported() {
        UnsupportedContentException type = fails(UnsupportedContentException.class,
                sampleWith(d -> d.putArray("type").add("VerifiableCredential")));
        assertEquals("/type", type.location().path());
        UnsupportedContentException context = fails(UnsupportedContentException.class,
                sampleWith(d -> d.putArray("@context").add("https://www.w3.org/ns/credentials/v2")));
        assertEquals("/@context", context.location().path());
        UnsupportedContentException two = fails(UnsupportedContentException.class, sampleWith(d -> {
            JsonNode s = d.get("credentialSubject");
            d.putArray("credentialSubject").add(s).add(s);
        }));
        assertEquals("/credentialSubject", two.location().path());
    }

    @Test
    void missingSubjectOrAchievementIsMalformed() {
        assertEquals(Optional.of(Element.E01),
                fails(MalformedDocumentException.class, sampleWith(d -> d.remove("credentialSubject"))).element());
        assertEquals(Optional.of(Element.S07), fails(MalformedDocumentException.class,
                sampleWith(d -> ((ObjectNode) d.get("credentialSubject")).remove("achievement"))).element());
        assertEquals("", fails(MalformedDocumentException.class, "[1, 2]".getBytes()).location().path());
    }

    @Test
    void brokenJsonIsMalformedWithLineAndColumn() {
        MalformedDocumentException truncated = fails(MalformedDocumentException.class,
                "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\",\n \"x\"".getBytes(StandardCharsets.UTF_8));
        assertTrue(truncated.getMessage().contains("truncated") || truncated.getMessage().contains("end of input"),
                truncated.getMessage());
        assertEquals(2, truncated.location().line());
        MalformedDocumentException duplicate = fails(MalformedDocumentException.class,
                "{\"id\": \"urn:a\",\n \"id\": \"urn:b\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(duplicate.getMessage().contains("duplicate"), duplicate.getMessage());
        assertEquals(2, duplicate.location().line());
        byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertTrue(fails(MalformedDocumentException.class, badUtf8).getMessage().contains("UTF-8"));
        fails(MalformedDocumentException.class, new byte[0]);
    }

    @Test
    void absurdSizesAreRejectedWithoutStackOverflowOrOutOfMemory() {
        String deep = "[".repeat(100_000);
        MalformedDocumentException depth = fails(MalformedDocumentException.class, deep.getBytes(StandardCharsets.UTF_8));
        assertTrue(depth.getMessage().contains("limit"), depth.getMessage());
        String longNumber = "{\"a\": " + "9".repeat(5_000) + "}";
        assertTrue(fails(MalformedDocumentException.class, longNumber.getBytes()).getMessage().contains("limit"));
    }

    @Test
    void aBadRecordInAStreamNamesItsIndex() {
        byte[] good = Ob3Fixtures.write(SampleCredentials.credential(), new ArrayList<>());
        String compact = Ob3Fixtures.json(good).toString();
        String bad = Ob3Fixtures.json(sampleWith(d -> achievement(d).put("creditsAvailable", "five"))).toString();
        String array = "[" + compact + ",\n" + bad + "]";
        Iterator<MicroCredential> it = Ob3Fixtures.CODEC.readAll(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SampleCredentials.credential(), it.next());
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, it::next);
        assertEquals("/1/credentialSubject/achievement/creditsAvailable", e.location().path());
        assertEquals(2, e.location().line());
    }
}
