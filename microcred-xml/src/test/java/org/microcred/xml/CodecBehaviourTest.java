package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.MicroCredential;
import org.microcred.core.Person;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.ReadWarning;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.testing.RandomCredentials;

/**
 * Registration and detection, bad input in the core exception family (format, line:column, element id,
 * offending value), losses, and sharing one codec between threads.
 */
class CodecBehaviourTest {
    private final XmlCodec xml = new XmlCodec();
    private final ElmoCodec elmo = new ElmoCodec();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String minimalElmo(String loi) {
        return "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">\n<generatedDate>2025-01-01T00:00:00Z"
                + "</generatedDate>\n<learner><givenNames>A</givenNames><familyName>B</familyName><bday>1990-13-01</bday>"
                + "</learner>\n<report><issuer><identifier type=\"schac\">x.eu</identifier><title>X</title><url/></issuer>\n"
                + "<learningOpportunitySpecification><title>T</title><specifies><learningOpportunityInstance>\n" + loi
                + "</learningOpportunityInstance></specifies></learningOpportunitySpecification>\n"
                + "<issueDate>2025-01-01T00:00:00Z</issueDate></report></elmo>";
    }

    @Test
    void bothCodecsAreRegisteredAndDetectedByRootElement() {
        assertInstanceOf(XmlCodec.class, Codecs.of(Format.XML));
        assertInstanceOf(ElmoCodec.class, Codecs.of(Format.ELMO));
        assertEquals(Optional.of(Format.XML), Codecs.detect(bytes("<?xml version=\"1.0\"?><credential "
                + "xmlns=\"https://w3id.org/microcred/xml/v1\"><id>urn:x")));
        assertEquals(Optional.of(Format.XML), Codecs.detect(bytes("<credentials xmlns=\"https://w3id.org/microcred/xml/v1\">")));
        assertEquals(Optional.of(Format.ELMO), Codecs.detect(Arrays.copyOf(ElmoExamplesTest.resource(
                "elmo-schemas_v1.7.0_example.xml"), 1500)));
        assertEquals(Optional.of(Format.ELMO), Codecs.detect(bytes("<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v2\">")));
        assertEquals(Optional.of(Format.ELMO), Codecs.detect(Arrays.copyOf(ElmoExamplesTest.resource(
                "ewp-imobility-tors_v2.0.0_get-response-example.xml"), 600)));
        assertFalse(xml.recognises(bytes("<credential xmlns=\"urn:other\"/>")));
        assertFalse(elmo.recognises(bytes("<elmo xmlns=\"http://purl.org/net/elmo\"/>")));
        assertFalse(elmo.recognises(bytes("{\"elmo\": 1}")));
        assertFalse(xml.recognises(bytes("<!DOCTYPE credential><credential xmlns=\"https://w3id.org/microcred/xml/v1\"/>")));
    }

    @Test
    void badValueNamesFormatLocationElementAndValue() {
        String doc = "<credential xmlns=\"https://w3id.org/microcred/xml/v1\">\n  <issued>yesterday</issued>\n"
                + "  <specification/>\n</credential>";
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> xml.read(new ByteArrayInputStream(bytes(doc))));
        assertEquals(Format.XML, e.format());
        assertEquals(2, e.location().line());
        assertEquals("/credential/issued", e.location().path());
        assertEquals(Optional.of(Element.E05), e.element());
        assertEquals(Optional.of("yesterday"), e.offendingValue());
        assertTrue(e.getMessage().startsWith("xml: 2:11 /credential/issued: E05 date of issuing: not a date-time"),
                e.getMessage());
        assertInstanceOf(java.time.format.DateTimeParseException.class, e.getCause());
    }

    @Test
    void badElmoValueNamesFormatLocationElementAndValue() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> elmo.read(new ByteArrayInputStream(bytes(minimalElmo("<status>passed</status>")))));
        assertEquals(Format.ELMO, e.format());
        assertEquals(3, e.location().line());
        assertEquals("/elmo/learner/bday", e.location().path());
        assertEquals(Optional.of(Element.E01), e.element());
        assertEquals(Optional.of("1990-13-01"), e.offendingValue());
        String bad = minimalElmo("").replace("1990-13-01", "1990-12-01");
        MalformedDocumentException status = assertThrows(MalformedDocumentException.class, () -> elmo.read(
                new ByteArrayInputStream(bytes(bad.replace("<learningOpportunityInstance>\n",
                        "<learningOpportunityInstance>\n<status>done</status>")))));
        assertEquals(Optional.of(Element.E14), status.element());
        assertEquals(Optional.of("done"), status.offendingValue());
        assertEquals(6, status.location().line());
    }

    @Test
    void unknownElementOfOwnNamespaceAndModelInvariantsAreErrors() {
        MalformedDocumentException unknown = assertThrows(MalformedDocumentException.class, () -> xml.read(
                new ByteArrayInputStream(bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><colour>red</colour>"
                        + "<specification/></credential>"))));
        assertEquals(Optional.of("colour"), unknown.offendingValue());
        MalformedDocumentException level = assertThrows(MalformedDocumentException.class, () -> xml.read(
                new ByteArrayInputStream(bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><specification>"
                        + "<level><eqf>6</eqf><notApplicable>true</notApplicable></level></specification></credential>"))));
        assertEquals(Optional.of(Element.E08), level.element());
        assertTrue(level.getMessage().contains("not applicable"), level.getMessage());
        MalformedDocumentException notXml = assertThrows(MalformedDocumentException.class,
                () -> xml.read(new ByteArrayInputStream(bytes("{\"json\": true}"))));
        assertTrue(notXml.location().line() > 0 && notXml.getMessage().startsWith("xml: 1:"), notXml.getMessage());
    }

    /**
     * An attribute the mapping does not read is not dropped unseen: microcred's own format refuses it (its schema
     * allows none), a lenient ELMO reader reports it as a warning naming it, its value and its element, a strict one
     * refuses it. xsi:schemaLocation is a hint to validators and passes.
     */
    @Test
    void unreadAttributesAreRefusedOrReported() {
        MalformedDocumentException own = assertThrows(MalformedDocumentException.class, () -> xml.read(new ByteArrayInputStream(
                bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\">\n<specification><title><text xml:lang=\"en\" "
                        + "colour=\"red\">T</text></title></specification></credential>"))));
        assertEquals(Optional.of("red"), own.offendingValue());
        assertTrue(own.getMessage().startsWith("xml: 2:") && own.getMessage().contains("unexpected attribute 'colour'"),
                own.getMessage());

        String loi = "<resultLabel colour=\"red\">B</resultLabel>\n";
        String doc = minimalElmo(loi).replace("<bday>1990-13-01</bday>", "<bday>1990-12-01</bday>")
                .replace("<elmo ", "<elmo xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"x y\" ")
                .replace("<learningOpportunitySpecification>", "<learningOpportunitySpecification shape=\"round\">");
        CredentialCodec.ReadResult r = elmo.read(new ByteArrayInputStream(bytes(doc)));
        List<String> warnings = r.warnings().stream().map(ReadWarning::message).filter(m -> m.startsWith("attribute")).toList();
        assertEquals(List.of("attribute 'shape' (\"round\") of element '/elmo/report/learningOpportunitySpecification' is not read: ignored",
                "attribute 'colour' (\"red\") of element '/elmo/report/learningOpportunitySpecification/specifies/"
                        + "learningOpportunityInstance/resultLabel' is not read: ignored"), warnings);
        MalformedDocumentException strict = assertThrows(MalformedDocumentException.class,
                () -> elmo.withStrict(true).read(new ByteArrayInputStream(bytes(doc))));
        assertEquals(Optional.of("round"), strict.offendingValue());
        assertTrue(strict.getMessage().contains("attribute 'shape'"), strict.getMessage());
    }

    /**
     * What the JSON formats cannot read back is refused when read, so that an XML credential converts: a relative URI
     * (JSON-LD ids are IRIs, and microcred's JSON requires absolute URIs too) and a language tag longer than the
     * JSON readers' name limit.
     */
    @Test
    void relativeUrisAndHugeLanguageTagsAreRefused() {
        MalformedDocumentException relative = assertThrows(MalformedDocumentException.class, () -> xml.read(new ByteArrayInputStream(
                bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><id>certificates/42</id><specification/></credential>"))));
        assertEquals(Optional.of("certificates/42"), relative.offendingValue());
        assertTrue(relative.getMessage().contains("absolute URI"), relative.getMessage());
        String tag = "x-" + "a".repeat(1100);
        MalformedDocumentException huge = assertThrows(MalformedDocumentException.class, () -> xml.read(new ByteArrayInputStream(
                bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><specification><title><text xml:lang=\"" + tag
                        + "\">T</text></title></specification></credential>"))));
        assertTrue(huge.getMessage().contains("xml:lang longer than the limit of 1024 characters"), huge.getMessage());
    }

    @Test
    void foreignElementsAreKeptInPlaceAndWrittenBack() throws Exception {
        String doc = "<credential xmlns=\"https://w3id.org/microcred/xml/v1\" xmlns:x=\"urn:x\"><learner>"
                + "<givenName>A</givenName><x:nick a=\"1\">Al<x:b/></x:nick></learner><specification><title>"
                + "<text xml:lang=\"en\">T</text></title></specification><x:note>n</x:note></credential>";
        MicroCredential c = xml.read(new ByteArrayInputStream(bytes(doc))).credential();
        assertEquals(List.of("/learner/{urn:x}nick", "/{urn:x}note"),
                c.extensions().stream().map(Extension::path).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), xml.write(c, out));
        Schemas.validate(Schemas.NATIVE, out.toByteArray());
        assertEquals(c, xml.read(new ByteArrayInputStream(out.toByteArray())).credential());
        assertTrue(out.toString(StandardCharsets.UTF_8).matches(
                "(?s).*<learner>\\s*<givenName>A</givenName>\\s*<(ns\\d):nick xmlns:\\1=\"urn:x\" a=\"1\">Al<\\1:b></\\1:b></\\1:nick>"
                + "\\s*</learner>.*</specification>\\s*<(ns\\d):note xmlns:\\2=\"urn:x\">n</\\2:note>\\s*</credential>.*"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void extensionsOfAnotherFormatAndASecondLearnerAreLosses() {
        MicroCredential c = RandomCredentials.credential(new Random(7));
        Extension json = new Extension(Format.JSON, "/foo", ExtensionNode.Scalar.ofString("bar"));
        MicroCredential withJson = c.toBuilder().extension(json).build();
        assertEquals(List.of(new Loss(Element.S08, "extensions[0] /foo",
                "an extension read from format 'json' has no place in microcred XML")), xml.write(withJson,
                new ByteArrayOutputStream()));
        assertEquals(Element.S08, elmo.write(withJson.toBuilder().awardingBodies(c.awardingBodies().subList(0, 1)).build(),
                new ByteArrayOutputStream()).get(0).element());

        MicroCredential other = c.toBuilder().learner(Person.builder().fullName("Someone Else").build())
                .awardingBodies(c.awardingBodies().subList(0, 1)).build();
        MicroCredential first = c.toBuilder().awardingBodies(c.awardingBodies().subList(0, 1)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = elmo.writeAll(List.of(first, other).iterator(), out);
        assertEquals(1, losses.size());
        assertEquals(Element.E01, losses.get(0).element());
        assertEquals("credentials[1].learner", losses.get(0).path());
        List<MicroCredential> back = new ArrayList<>();
        elmo.readAll(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(back::add);
        assertEquals(List.of(first), back);
    }

    /** With a fixed clock, ELMO output is reproducible; generatedDate (and a missing issue date) come from the clock. */
    @Test
    void aFixedClockMakesElmoOutputReproducible() {
        MicroCredential c = org.microcred.core.testing.RandomCredentials.complete(new java.util.Random(3)).without(Element.E05);
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2030-01-02T03:04:05.678Z"), java.time.ZoneOffset.ofHours(2));
        ElmoCodec fixed = elmo.withClock(clock);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        fixed.write(c, first);
        fixed.write(c, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        String doc = first.toString(StandardCharsets.UTF_8);
        assertTrue(doc.contains("<generatedDate>2030-01-02T03:04:05Z</generatedDate>"), doc);
        assertTrue(doc.contains("<issueDate>2030-01-02T03:04:05Z</issueDate>"), doc);
        assertThrows(NullPointerException.class, () -> elmo.withClock(null));
    }

    @Test
    void writingNothingAsElmoIsAnError() {
        CredentialFormatException e = assertThrows(CredentialFormatException.class,
                () -> elmo.writeAll(List.<MicroCredential>of().iterator(), new ByteArrayOutputStream()));
        assertEquals(Format.ELMO, e.format());
    }

    @Test
    void oneCodecServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        MicroCredential c = RandomCredentials.credential(new Random(seed * 100L + i));
                        for (CredentialCodec codec : List.<CredentialCodec>of(xml, elmo)) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            codec.write(c, out);
                            if (!codec.read(new ByteArrayInputStream(out.toByteArray())).credential().equals(c)) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
