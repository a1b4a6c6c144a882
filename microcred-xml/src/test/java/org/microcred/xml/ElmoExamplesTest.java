package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.Stackability;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * The reference ELMO examples (see src/test/resources/org/microcred/xml/elmo/PROVENANCE.md): the valid ones
 * read fully with their values asserted, the out-of-order one leniently with warnings and refused in strict
 * mode, the malformed one refused with line and column; and what is read is written back as valid ELMO 1.7
 * that reads back equal.
 */
class ElmoExamplesTest {
    private static final String DIR = "/org/microcred/xml/elmo/examples/";
    private static final String OFFICIAL = "elmo-schemas_v1.7.0_example.xml";
    private static final String NORWAY = "emrex-gateway_sampleElmo_NO-test_decoded.xml";
    private static final String EWP = "ewp-imobility-tors_v2.0.0_get-response-example.xml";
    private static final String GERMAN = "elmo-schemas_v1.7-preview_example-de.xml";
    private static final Concept COURSE = Vocabularies.LEARNING_OPPORTUNITY.get("05053c1cbe");
    private static final Concept CLASS = Vocabularies.LEARNING_OPPORTUNITY.get("7e1ac538db");
    private static final Concept PROGRAMME = Vocabularies.LEARNING_OPPORTUNITY.get("79343569f3");

    private final ElmoCodec codec = new ElmoCodec();

    static byte[] resource(String name) {
        try (InputStream in = ElmoExamplesTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ReadResult> read(ElmoCodec c, String name) {
        List<ReadResult> out = new ArrayList<>();
        c.readResults(new ByteArrayInputStream(resource(name))).forEachRemaining(out::add);
        return out;
    }

    private static List<String> paths(List<Extension> extensions) {
        return extensions.stream().map(Extension::path).collect(Collectors.toList());
    }

    private static MultilingualText text(String... langAndText) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < langAndText.length; i += 2) {
            m.put(langAndText[i], langAndText[i + 1]);
        }
        return new MultilingualText(m);
    }

    @Test
    void officialExampleIsReadFully() {
        List<ReadResult> results = read(codec, OFFICIAL);
        assertEquals(6, results.size());
        results.forEach(r -> assertEquals(List.of(), r.warnings()));
        Person learner = Person.builder().givenName("Wojciech Łukasz").familyName("Rygielski")
                .dateOfBirth(LocalDate.of(1983, 4, 12))
                .identifier(Identifier.of(Identifier.NATIONAL_ID, "83041200000"))
                .identifier(Identifier.of("someOtherCustomIdentifierType", "ABC000000")).build();
        Organisation warsaw = Organisation.builder()
                .legalName(text("pl", "Uniwersytet Warszawski", "en", "University of Warsaw"))
                .identifier(Identifier.of("pic", "999572294")).identifier(Identifier.of("erasmus", "PL WARSZAW01"))
                .identifier(Identifier.of("schac", "uw.edu.pl")).country(Country.of("PL"))
                .homepage(URI.create("http://www.uw.edu.pl")).build();
        for (ReadResult r : results) {
            MicroCredential c = r.credential();
            assertEquals(Optional.of(learner), c.learner());
            assertEquals(List.of(warsaw), c.awardingBodies());
            assertEquals(Optional.of(OffsetDateTime.parse("2015-10-31T07:00:00+02:00")), c.issued());
            List<String> p = paths(c.extensions());
            assertTrue(p.contains("/learner/citizenship") && p.contains("/elmo/attachment") && p.contains("/elmo/groups")
                    && p.contains("/report/attachment") && p.contains("/report/gradingScheme"), p.toString());
        }

        MicroCredential master = results.get(0).credential();
        assertEquals(Optional.of(text("no", "Master i biologi", "en", "Master of Science in Biology")),
                master.specification().title());
        assertEquals(Optional.of(PROGRAMME), master.specification().opportunityType());
        assertEquals(List.of(Vocabularies.iscedF("0511")),
                master.specification().fieldsOfEducation());
        assertEquals(URI.create("http://www.uio.no/studier/program/biologi-master/"),
                master.specification().furtherInformation().orElseThrow().links().get(0).url());
        assertEquals(Optional.of(LocalDate.of(2009, 1, 15)), master.timePeriod().orElseThrow().start());
        assertEquals(Optional.of(LocalDate.of(2009, 6, 15)), master.timePeriod().orElseThrow().end());
        assertEquals(Optional.of(new BigDecimal("120")), master.specification().workload().orElseThrow().ects());
        assertEquals(Optional.empty(), master.grade());
        assertTrue(paths(master.extensions()).containsAll(List.of("/academicTerm", "/credit/level", "/diplomaSupplement")));
        assertEquals(List.of("/specification/identifier", "/specification/identifier", "/specification/identifier"),
                paths(master.specification().extensions()));

        MicroCredential external = results.get(1).credential();
        assertEquals("Identifying ectomycorrhizal fungi (University of Copenhagen)",
                external.specification().title().orElseThrow().get("en").orElseThrow());
        assertEquals(Optional.of(COURSE), external.specification().opportunityType());
        assertEquals("Innpasset", external.grade().orElseThrow().value());
        assertEquals(Optional.empty(), external.grade().orElseThrow().status());
        Stackability partOf = external.specification().stackability().orElseThrow();
        assertEquals(Stackability.Option.STACKABLE, partOf.option());
        assertEquals(master.specification().title(), partOf.targets().get(0).title());

        MicroCredential compiler = results.get(2).credential();
        assertEquals(Optional.of(text("pl", "Budowa kompilatorów", "en", "Compiler construction")),
                compiler.specification().title());
        assertEquals(List.of(Vocabularies.ISCED_F.find(URI.create("http://data.europa.eu/snb/isced-f/0612"))
                .orElse(Concept.of("http://data.europa.eu/snb/isced-f/0612").withNotation("0612"))),
                compiler.specification().fieldsOfEducation());
        MultilingualText description = compiler.specification().description().orElseThrow();
        assertEquals(List.of("en", "pl", "no"), List.copyOf(description.languages()));
        assertTrue(description.get("en").orElseThrow().startsWith("This can contain a multiline description.\n\n"));
        assertEquals("45.1", compiler.grade().orElseThrow().value());
        assertEquals(Optional.of(GradeStatus.PASSED), compiler.grade().orElseThrow().status());
        assertEquals(Optional.empty(), compiler.grade().orElseThrow().schemeId());
        assertEquals(Optional.of(text("en", "A number of the scale from 0.0 to 100.0 (one digit of precision)",
                "pl", "Liczba od 0.0 do 100.0 (z jednym miejscem po przecinku)")),
                compiler.grade().orElseThrow().schemeDescription());
        assertEquals(Optional.of(text("en", "Some extra information about the description, might include links etc.",
                "pl", "Po polsku...")), compiler.grade().orElseThrow().distribution());
        assertEquals(Optional.of(new BigDecimal("6")), compiler.specification().workload().orElseThrow().ects());
        assertEquals(Optional.of(5), compiler.specification().level().orElseThrow().eqf());
        assertEquals(List.of("pl"), compiler.specification().languages());
        assertEquals(List.of("/learner/citizenship", "/academicTerm", "/shortenedGrading", "/resultDistribution/category",
                "/resultDistribution/category", "/resultDistribution/category", "/resultDistribution/category",
                "/resultDistribution/category", "/credit/level", "/level/description", "/level", "/grouping"),
                paths(compiler.extensions()).subList(0, 12));
        assertEquals(List.of("/specification/identifier", "/specification/subjectArea", "/specification/descriptionHtml"),
                paths(compiler.specification().extensions()));

        MicroCredential lecture = results.get(3).credential();
        assertEquals(Optional.of(text("pl", "Wykład", "en", "Lecture")), lecture.specification().title());
        assertEquals(Optional.of(CLASS), lecture.specification().opportunityType());
        assertEquals(compiler.specification().title(),
                lecture.specification().stackability().orElseThrow().targets().get(0).title());
        assertTrue(paths(lecture.extensions()).containsAll(List.of("/engagementHours", "/status")));

        MicroCredential lab = results.get(4).credential();
        assertTrue(paths(lab.extensions()).containsAll(List.of("/gradingSchemeLocalId",
                "/{http://example.com/schemas/my-elmo-extension}element")), paths(lab.extensions()).toString());

        MicroCredential br = results.get(5).credential();
        assertEquals(Optional.of(MultilingualText.of("und", "The importance of <br> in HTML")), br.specification().title());
        assertEquals("C", br.grade().orElseThrow().value());
        assertEquals(Optional.of(text("en", "American grading scale", "pl", "Skala ocen amerykańska")),
                br.grade().orElseThrow().schemeDescription());
    }

    @Test
    void norwegianExampleIsReadLenientlyWithWarnings() {
        List<ReadResult> results = read(codec, NORWAY);
        assertEquals(2, results.size());
        for (ReadResult r : results) {
            assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("'issueDate' is out of schema order")
                    && w.location().line() == 152), r.warnings().toString());
            MicroCredential c = r.credential();
            assertEquals(Optional.of("Test"), c.learner().orElseThrow().givenName());
            assertEquals(Optional.of("Testesen"), c.learner().orElseThrow().familyName());
            assertEquals(Optional.of(LocalDate.of(1991, 1, 20)), c.learner().orElseThrow().dateOfBirth());
            assertEquals(List.of(Identifier.of(Identifier.NATIONAL_ID, "12345678910")), c.learner().orElseThrow().identifiers());
            Organisation oslo = c.awardingBodies().get(0);
            assertEquals(List.of(Identifier.of("local", "185"), Identifier.of("erasmus", "N OSLO01"),
                    Identifier.of("schac", "uio.no"), Identifier.of("pic", "999975814")), oslo.identifiers());
            assertEquals(Optional.of(Country.of("NO")), oslo.country());
            assertEquals(Optional.of(OffsetDateTime.parse("2023-02-21T08:53:51+01:00")), c.issued());
        }
        MicroCredential testing = results.get(0).credential();
        assertEquals(Optional.of(text("no", "Testing", "en", "Testing")), testing.specification().title());
        assertEquals(List.of(Vocabularies.ISCED_F.get("0613")), testing.specification().fieldsOfEducation());
        assertEquals("A", testing.grade().orElseThrow().value());
        assertTrue(testing.grade().orElseThrow().schemeDescription().orElseThrow().get("en").orElseThrow()
                .startsWith("A – Excellent"));
        assertEquals(Optional.of(new BigDecimal("20")), testing.specification().workload().orElseThrow().ects());
        assertEquals(Optional.of(7), testing.specification().level().orElseThrow().eqf());
        assertEquals(3, paths(testing.extensions()).stream()
                .filter(p -> p.equals("/{http://www.fellesstudentsystem.no/applikasjoner/webservice/schemas/emrex}element"))
                .count());
        MicroCredential fire = results.get(1).credential();
        assertEquals(Optional.of(text("no", "Brannsikkerhet", "en", "Fire Safety")), fire.specification().title());
        assertEquals("Bestått", fire.grade().orElseThrow().value());
        assertEquals(Optional.empty(), fire.grade().orElseThrow().schemeDescription());
        assertTrue(results.get(1).warnings().stream().anyMatch(w -> w.element().equals(Optional.of(Element.E14))
                && w.message().contains("'38'")));
        assertEquals(Optional.of(new BigDecimal("0")), fire.specification().workload().orElseThrow().ects());
    }

    @Test
    void norwegianExampleIsRefusedInStrictMode() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> read(codec.withStrict(true), NORWAY));
        assertEquals(152, e.location().line());
        assertTrue(e.location().column() > 0);
        assertEquals(Optional.of("issueDate"), e.offendingValue());
        assertTrue(e.getMessage().startsWith("elmo: 152:"), e.getMessage());
    }

    @Test
    void ewpTranscriptOfRecordsIsRead() {
        List<ReadResult> results = read(codec, EWP);
        assertEquals(1, results.size());
        MicroCredential c = results.get(0).credential();
        assertEquals(Optional.of("Jan Łukasz"), c.learner().orElseThrow().givenName());
        assertEquals(Optional.of(LocalDate.of(1983, 1, 1)), c.learner().orElseThrow().dateOfBirth());
        assertEquals(Optional.of(MultilingualText.of("und", "The importance of <br> in HTML")), c.specification().title());
        assertEquals("C", c.grade().orElseThrow().value());
        assertEquals(Optional.of(OffsetDateTime.parse("2015-10-31T07:00:00+02:00")), c.issued());
        String tors = "{https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd}";
        List<String> p = paths(c.extensions());
        assertTrue(p.contains("/" + tors + "imobility-tors-get-response/" + tors + "tor/" + tors + "omobility-id"), p.toString());
        assertTrue(p.contains("/" + tors + "imobility-tors-get-response/" + tors + "tor/" + tors + "gradeConversionTable"));
        assertEquals(6, p.stream().filter("/resultDistribution/category"::equals).count());
    }

    @Test
    void malformedGermanExampleGivesLineAndColumn() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> read(codec, GERMAN));
        assertEquals(167, e.location().line());
        assertEquals(19, e.location().column());
        assertTrue(e.getMessage().startsWith("elmo: 167:19 "), e.getMessage());
        assertTrue(e.getMessage().contains("must be terminated by the matching end-tag"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {OFFICIAL, NORWAY})
    void whatIsReadIsWrittenBackAsValidElmoThatReadsBackEqual(String name) throws Exception {
        List<MicroCredential> first = new ArrayList<>();
        codec.readAll(new ByteArrayInputStream(resource(name))).forEachRemaining(first::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.writeAll(first.iterator(), out);
        assertEquals(List.of(), losses);
        Schemas.validate(Schemas.Elmo.V1, out.toByteArray());
        List<MicroCredential> second = new ArrayList<>();
        codec.readAll(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(second::add);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            String diff = Diff.first(first.get(i), second.get(i));
            assertEquals(null, diff, "credential " + i + " differs at " + diff);
        }
    }

    @Test
    void childrenKeptForAnElementWithoutItsModelValueAreLosses() {
        MicroCredential c = read(codec, OFFICIAL).stream().map(ReadResult::credential)
                .filter(x -> paths(x.extensions()).containsAll(List.of("/credit/level", "/level/description")))
                .findFirst().orElseThrow();
        MicroCredential bare = c.toBuilder().specification(c.specification().without(Element.E07).without(Element.E08)).build();
        List<Loss> losses = codec.write(bare, new ByteArrayOutputStream());
        // the ELMO credit and level elements are written only for the ECTS credits and EQF level
        assertEquals(List.of("/credit/level", "/level/description"), losses.stream().map(Loss::path).toList(), losses.toString());
        losses.forEach(l -> assertEquals(Element.S08, l.element()));
        assertEquals(List.of(), codec.write(c, new ByteArrayOutputStream()), "with the values, nothing is lost");
    }

    @Test
    void ewpExampleWrittenAsElmoReportsTheWrapperAsLost() throws Exception {
        MicroCredential c = read(codec, EWP).get(0).credential();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        assertEquals(2, losses.size(), losses.toString());
        losses.forEach(l -> assertEquals(Element.S08, l.element()));
        Schemas.validate(Schemas.Elmo.V1, out.toByteArray());
    }
}
