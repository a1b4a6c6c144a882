package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.json.internal.Jackson;

/** Hostile and broken input: each is rejected with the exception type, location and message it deserves. */
class BadInputTest {
    private static final String VALID = """
            {
              "microcred": "1.0",
              "issued": "2024-05-01T10:00:00+02:00",
              "specification": {
                "title": {"en": "Data literacy"},
                "workload": {"ects": 5.0}
              }
            }
            """;

    private final JsonCodec json = new JsonCodec();
    private final ElmCodec elm = new ElmCodec();

    private CredentialFormatException readFails(String text) {
        return readFails(text.getBytes(StandardCharsets.UTF_8));
    }

    private CredentialFormatException readFails(byte[] bytes) {
        return assertThrows(CredentialFormatException.class, () -> json.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void validDocumentIsRead() {
        MicroCredential c = JsonTesting.read(json, VALID);
        assertEquals("5.0", c.specification().workload().orElseThrow().ects().orElseThrow().toString());
    }

    @Test
    void duplicateKey() {
        CredentialFormatException e = readFails(VALID.replace("\"issued\"", "\"microcred\": \"1.0\", \"issued\""));
        assertInstanceOf(MalformedDocumentException.class, e);
        assertEquals(Format.JSON, e.format());
        assertEquals(3, e.location().line());
        assertEquals(Optional.of("microcred"), e.offendingValue());
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
        assertTrue(e.getMessage().startsWith("json: 3:"), e.getMessage());
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new String(bytes, StandardCharsets.ISO_8859_1).replace("Data literacy", "Data \u00ff\u00feiteracy")
                .getBytes(StandardCharsets.ISO_8859_1);
        CredentialFormatException e = readFails(broken);
        assertInstanceOf(MalformedDocumentException.class, e);
        assertEquals(5, e.location().line());
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertEquals("/specification/title/en", e.location().path());
    }

    @Test
    void truncatedDocument() {
        CredentialFormatException e = readFails(VALID.substring(0, VALID.indexOf("\"workload\"")));
        assertInstanceOf(MalformedDocumentException.class, e);
        assertTrue(e.getMessage().contains("truncated document"), e.getMessage());
        assertEquals(6, e.location().line());
    }

    @Test
    void emptyAndTrailingContent() {
        assertTrue(readFails("  ").getMessage().contains("empty document"));
        CredentialFormatException e = readFails(VALID + " {}");
        assertTrue(e.getMessage().contains("trailing content"), e.getMessage());
        assertEquals(9, e.location().line());
    }

    @Test
    void wrongTypes() {
        CredentialFormatException e = readFails(VALID.replace("\"ects\": 5.0", "\"ects\": \"five\""));
        assertInstanceOf(MalformedDocumentException.class, e);
        assertEquals("/specification/workload/ects", e.location().path());
        assertEquals(6, e.location().line());
        assertEquals(Optional.of(Element.E07), e.element());
        assertEquals(Optional.of("five"), e.offendingValue());
        assertTrue(e.getMessage().contains("E07 notional workload: expected a number, found a string: 'five'"), e.getMessage());

        e = readFails(VALID.replace("\"title\": {\"en\": \"Data literacy\"}", "\"title\": [\"Data literacy\"]"));
        assertEquals(Optional.of(Element.E02), e.element());
        assertTrue(e.getMessage().contains("expected a language map"), e.getMessage());

        e = readFails(VALID.replace("2024-05-01T10:00:00+02:00", "2024-05-01T10:00:00"));
        assertEquals(Optional.of(Element.E05), e.element());
        assertEquals("/issued", e.location().path());
        assertTrue(e.getMessage().contains("not a date-time with offset"), e.getMessage());

        e = readFails("[1, 2]");
        assertTrue(e.getMessage().contains("expected a JSON object as the credential, found an array"), e.getMessage());
    }

    @Test
    void modelRulesAreLocated() {
        CredentialFormatException e = readFails(VALID.replace("\"workload\": {\"ects\": 5.0}", "\"workload\": {}"));
        assertEquals("/specification/workload", e.location().path());
        assertEquals(Optional.of(Element.E07), e.element());
        assertTrue(e.getMessage().contains("A workload needs ECTS credits, hours or other credits"), e.getMessage());
        e = readFails(VALID.replace("\"microcred\": \"1.0\"", "\"microcred\": \"9.9\""));
        assertTrue(e.getMessage().contains("unsupported microcred JSON version"), e.getMessage());
    }

    @Test
    void deepNestingIsRejectedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        CredentialFormatException e = readFails(deep);
        assertInstanceOf(MalformedDocumentException.class, e);
        assertTrue(e.getMessage().contains("reading limit") && e.getMessage().contains("nesting depth"), e.getMessage());
        assertEquals(1, e.location().line());
        String deepInside = VALID.replace("\"workload\": {\"ects\": 5.0}", "\"x\": " + "{\"a\":".repeat(100_000));
        assertTrue(readFails(deepInside).getMessage().contains("nesting depth"));
    }

    @Test
    void hugeStringIsRejected() {
        String huge = "x".repeat(Jackson.MAX_STRING_LENGTH + 1);
        CredentialFormatException e = readFails(VALID.replace("Data literacy", huge));
        assertInstanceOf(MalformedDocumentException.class, e);
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
        assertTrue(e.getMessage().length() < 1000, "the message does not echo the value");
    }

    @Test
    void hugeNumbersAreRejected() {
        CredentialFormatException e = readFails(VALID.replace("5.0", "5." + "0".repeat(500)));
        assertTrue(e.getMessage().contains("Number value length"), e.getMessage());
        e = readFails(VALID.replace("5.0", "5e999999999"));
        assertEquals(Optional.of(Element.E07), e.element());
        assertTrue(e.getMessage().contains("exponent out of range"), e.getMessage());
    }

    @Test
    void oversizedDocumentIsRejected() {
        String filler = "\"pad\": \"" + "y".repeat(4 * 1024 * 1024) + "\",";
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 9; i++) {
            sb.append(filler.replace("pad", "pad" + i));
        }
        sb.append(VALID.substring(1));
        CredentialFormatException e = readFails(sb.toString());
        assertTrue(e.getMessage().contains("Document length") || e.getMessage().contains("document length"), e.getMessage());
    }

    @Test
    void elmErrorsNameTheElementAndLocation() {
        String doc = """
                {"@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
                 "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
                 "credentialSubject": {"type": "Person", "hasClaim": [{"type": "LearningAchievement",
                   "awardedBy": {"awardingBody": [{"legalName": {"en": "U"}}]},
                   "specifiedBy": {"type": "Qualification", "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/9"}}}]}}
                """;
        CredentialFormatException e = assertThrows(CredentialFormatException.class,
                () -> elm.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(Element.E08), e.element());
        assertEquals("/credentialSubject/hasClaim/0/specifiedBy/eqfLevel/id", e.location().path());
        assertEquals(5, e.location().line());
        assertTrue(e.getMessage().contains("not an EQF level"), e.getMessage());

        String noClaim = doc.replace("\"LearningAchievement\"", "\"LearningEntitlement\"");
        e = assertThrows(CredentialFormatException.class,
                () -> elm.read(new ByteArrayInputStream(noClaim.getBytes(StandardCharsets.UTF_8))));
        assertInstanceOf(UnsupportedContentException.class, e);
        assertEquals("/credentialSubject/hasClaim", e.location().path());
    }

    @Test
    void badRecordInAStreamFailsAloneWithItsLine() {
        String good = VALID.replace("\n", " ");
        String bad = good.replace("5.0", "\"x\"");
        String lines = good + "\n" + bad + "\n" + good + "\n";
        Iterator<MicroCredential> it = json.readAll(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        it.next();
        CredentialFormatException e = assertThrows(CredentialFormatException.class, it::next);
        assertEquals(2, e.location().line());
        it.next();
        assertTrue(!it.hasNext());

        String array = "[" + good + ",\n" + good;
        Iterator<MicroCredential> truncated = json.readAll(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)));
        truncated.next();
        truncated.next();
        CredentialFormatException t = assertThrows(CredentialFormatException.class, truncated::hasNext);
        assertTrue(t.getMessage().contains("not closed") || t.getMessage().contains("truncated"), t.getMessage());
    }
}
