package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.core.Extension;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Stackability;
import org.microcred.core.Supervision;
import org.microcred.core.TimePeriod;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Format;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/** The official ELM v3 samples and the EBSI VCDM 2.0 example: their values land in the model and survive a round trip. */
class ElmSamplesTest {
    private static final String DIR = "/org/microcred/json/elm/samples/";
    private final ElmCodec codec = new ElmCodec();

    private ReadResult read(String sample) {
        return codec.read(new ByteArrayInputStream(JsonTesting.resource(DIR + sample)));
    }

    @Test
    void unsignedMicroCredentialAnnex1() {
        MicroCredential c = read("Sample-MC-Annex1-unsigned.jsonld").credential();
        assertEquals(Optional.of(URI.create("urn:credential:3ef0ac26-9a1f-41c6-871b-2b82e670907b")), c.id());
        var learner = c.learner().orElseThrow();
        assertEquals(Optional.of("Ana Andromeda"), learner.fullName());
        assertEquals(Optional.of("Ana"), learner.givenName());
        assertEquals(Optional.of("Andromeda"), learner.familyName());
        assertEquals(Optional.of(LocalDate.of(1999, 10, 1)), learner.dateOfBirth());
        assertEquals(List.of(Identifier.of(Identifier.NATIONAL_ID, "LA-234218", Country.of("IT")),
                Identifier.of(Identifier.EMAIL, "ana.andromeda@email.com")), learner.identifiers());
        Organisation body = c.awardingBodies().get(0);
        assertEquals(1, c.awardingBodies().size());
        assertEquals(MultilingualText.of("en", "University of Zed"), body.legalName());
        assertEquals(Optional.of(Country.of("IE")), body.country());
        assertEquals(URI.create("http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB"), body.regions().get(0).uri());
        assertEquals(Optional.of(URI.create("https://uniz.edu")), body.homepage());
        assertTrue(body.identifiers().contains(Identifier.of(Identifier.VAT, "654321", Country.of("IE"))));
        assertEquals(Optional.empty(), c.issuer(), "the issuer is the awarding body");
        assertEquals(Optional.empty(), c.issued(), "unsigned: not yet issued");
        assertEquals(Optional.of(OffsetDateTime.parse("2022-12-31T23:00:00Z")), c.validFrom());
        assertEquals(Optional.of(TimePeriod.of(LocalDate.of(2023, 5, 5), LocalDate.of(2023, 6, 6))), c.timePeriod());
        var grade = c.grade().orElseThrow();
        assertEquals("Pass", grade.value());
        assertEquals(Optional.of(URI.create("urn:epass:gradingScheme:1")), grade.schemeId());
        assertTrue(grade.schemeDescription().orElseThrow().first().startsWith("The learner will have passed"));

        var s = c.specification();
        assertEquals(Optional.of(MultilingualText.of("en", "Digital micro-credential creation")), s.title());
        assertEquals(2, s.learningOutcomes().size());
        assertEquals(MultilingualText.of("en", "Developing digital content", "es", "Contento digital"), s.learningOutcomes().get(1).statement());
        assertEquals(3, s.learningOutcomes().get(0).relatedSkills().size());
        assertEquals(URI.create("http://data.europa.eu/snb/dcf/u69o196gu6"), s.learningOutcomes().get(1).relatedSkills().get(1).uri());
        assertEquals(URI.create("http://data.europa.eu/snb/skill-reuse-level/cross-sector"),
                s.learningOutcomes().get(1).reuseLevel().orElseThrow().uri());
        assertEquals(Optional.of(new BigDecimal("2")), s.workload().orElseThrow().ects());
        assertEquals(Optional.of(new BigDecimal("60")), s.workload().orElseThrow().hours());
        assertEquals(Optional.of(6), s.level().orElseThrow().eqf());
        assertEquals(URI.create("http://data.europa.eu/snb/qdr/c_c392e7a2"), s.level().orElseThrow().nqf().get(0).uri());
        assertEquals(Optional.of(MultilingualText.of("en", "artefact assessment")), s.assessmentTypes().get(0).label());
        var participation = s.participation().orElseThrow();
        assertEquals(URI.create("http://data.europa.eu/snb/learning-assessment/e92d221e4d"), participation.modes().get(0).uri());
        assertEquals(URI.create("http://data.europa.eu/snb/learning-setting/e207a81fc7"), participation.setting().orElseThrow().uri());
        assertTrue(s.prerequisites().orElseThrow().text().orElseThrow().first().startsWith("The learner needs to have an EDC"));
        assertEquals(Optional.of(Supervision.UNSUPERVISED_NO_ID_CHECK), s.supervision());
        assertEquals(Optional.of(Stackability.ofStandalone()), s.stackability(), "isPartialQualification false");
        assertEquals(List.of(URI.create("http://data.europa.eu/snb/isced-f/003"), URI.create("http://data.europa.eu/snb/isced-f/0688")),
                s.fieldsOfEducation().stream().map(Concept::uri).toList());
        assertEquals(List.of("en"), s.languages());
        assertEquals(URI.create("http://data.europa.eu/snb/learning-opportunity/74a4a268e8"), s.opportunityType().orElseThrow().uri());
        // what the model does not hold is kept: the rendering, the certificate number, the logo, the activity's organiser
        assertTrue(paths(c.extensions()).contains("/displayParameter"));
        assertTrue(paths(c.extensions()).contains("/identifier"));
        assertTrue(paths(c.extensions()).contains("/credentialSubject/hasClaim/0/awardedBy/awardingBody/0/logo"));
        assertTrue(paths(c.extensions()).contains("/credentialSubject/hasClaim/0/influencedBy/0/directedBy"));
        assertTrue(paths(s.extensions()).contains("/specification/maximumDuration"));
    }

    @Test
    void signedMicroCredentialIsReadFromTheJadesPayload() {
        ReadResult r = read("Sample-MC-Annex1-signed.jsonld");
        MicroCredential c = r.credential();
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).message().contains("JAdES"));
        assertEquals(Optional.of(URI.create("urn:credential:1018d05f-21d5-4555-b7f0-8fabfd22ca75")), c.id());
        assertEquals(Optional.of(OffsetDateTime.parse("2023-09-27T13:54:17+02:00")), c.issued(), "issued keeps its offset");
        Organisation issuer = c.issuer().orElseThrow();
        assertEquals(MultilingualText.of("en", "ORGANIZACION TEST"), issuer.legalName());
        assertTrue(issuer.identifiers().contains(Identifier.of(Identifier.EIDAS, "VATES-A00000000", Country.of("ES"))));
        assertEquals("Pass", c.grade().orElseThrow().value());
        assertTrue(paths(c.extensions()).contains("/evidence"), "the sealing evidence is kept");
    }

    @Test
    void certificateOfParticipation() {
        MicroCredential c = read("Sample-CertOfPart-unsigned.jsonld").credential();
        assertEquals(Optional.of(MultilingualText.of("en", "EDC Updates Webinar")), c.specification().title());
        assertEquals(Optional.of(TimePeriod.of(LocalDate.of(2023, 6, 28), LocalDate.of(2023, 6, 28))), c.timePeriod());
        assertEquals(MultilingualText.of("en", "European Digital Credentials for Learning Support Team"),
                c.awardingBodies().get(0).legalName());
        assertEquals(Optional.of(Country.of("BE")), c.awardingBodies().get(0).country());
        var s = c.specification();
        assertEquals(URI.create("http://data.europa.eu/snb/learning-assessment/920fbb3cbe"), s.participation().orElseThrow().modes().get(0).uri());
        assertEquals(3, s.furtherInformation().orElseThrow().documents().size());
        assertEquals(URI.create("https://europa.eu/europass/en/europass-tools/digital-credentials"),
                s.furtherInformation().orElseThrow().links().get(0).url());
        assertEquals(URI.create("http://data.europa.eu/snb/learning-activity/efff75e10a"), s.opportunityType().orElseThrow().uri());
        assertTrue(c.learner().orElseThrow().identifiers().contains(Identifier.of("Student ID", "97168A")));
        // a LearningActivity claim is kept as such, with what the model does not hold
        assertTrue(c.extensions().stream().anyMatch(e -> e.path().equals("/credentialSubject/hasClaim/0/type")));
        assertTrue(paths(c.extensions()).contains("/credentialSubject/hasClaim/0/workload"));
        assertTrue(paths(c.extensions()).contains("/credentialSubject/gender"));
        assertTrue(paths(s.extensions()).contains("/specification/volumeOfLearning"), "P2M is not a number of hours");
    }

    @Test
    void ebsiVcdm2Example() {
        MicroCredential c = read("Microcredential-Data-and-software-business.json").credential();
        assertEquals(Optional.of(URI.create("did:key:afsdlkj34134")), c.learner().orElseThrow().id());
        assertEquals(Optional.of("David Smith"), c.learner().orElseThrow().fullName(), "language map with arrays");
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-26T16:04:42+01:00")), c.issued());
        assertEquals(Optional.of(OffsetDateTime.parse("2019-09-20T00:00:00+02:00")), c.validFrom());
        assertEquals(Optional.of(URI.create("did:ebsi:org:12345689")), c.issuer().orElseThrow().id());
        assertEquals(Optional.of(Country.of("ES")), c.issuer().orElseThrow().country());
        assertEquals(MultilingualText.of("en", "University of Life"), c.awardingBodies().get(0).legalName());
        assertEquals("Excellent (5)", c.grade().orElseThrow().value());
        assertEquals(Optional.empty(), c.grade().orElseThrow().status());
        var s = c.specification();
        assertEquals(Optional.of(MultilingualText.of("en", "Data and software business")), s.title());
        assertEquals(Optional.of(new BigDecimal("5")), s.workload().orElseThrow().ects());
        assertEquals("Monetizing with data and software", s.learningOutcomes().get(0).statement().first());
        // VCDM 2.0 context, the extra types and the learning setting without a mode are kept
        assertTrue(paths(c.extensions()).contains("/@context"));
        assertTrue(paths(c.extensions()).contains("/type"));
        assertTrue(paths(s.extensions()).contains("/specification/learningSetting"));
        assertTrue(paths(s.extensions()).contains("/specification/learningOutcomeSummary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sample-MC-Annex1-unsigned.jsonld", "Sample-MC-Annex1-signed.jsonld", "Sample-CertOfPart-unsigned.jsonld",
        "Microcredential-Data-and-software-business.json"})
    void samplesRoundTripWithTheirUnknownPropertiesInPlace(String sample) throws Exception {
        MicroCredential c = read(sample).credential();
        JsonTesting.Written w = JsonTesting.write(codec, c);
        assertEquals(List.of(), w.losses());
        assertEquals(c, JsonTesting.read(codec, w.bytes()));
        JsonNode written = w.tree();
        for (Extension e : c.extensions()) {
            assertFalse(written.at(e.path()).isMissingNode(), "written back at " + e.path());
        }
    }

    @Test
    void rewrittenSamplesAddNoShaclViolation() {
        for (String sample : List.of("Sample-MC-Annex1-unsigned.jsonld", "Sample-CertOfPart-unsigned.jsonld")) {
            byte[] source = JsonTesting.resource(DIR + sample);
            List<String> before = ShaclOracle.violationsNoCv(source);
            List<String> after = ShaclOracle.violationsNoCv(JsonTesting.write(codec, read(sample).credential()).bytes());
            assertEquals(before, after, sample);
        }
        // the signed sample's payload conforms, and so does what microcred writes from it, also with the vocabularies
        byte[] rewritten = JsonTesting.write(codec, read("Sample-MC-Annex1-signed.jsonld").credential()).bytes();
        assertEquals(List.of(), ShaclOracle.violationsNoCv(rewritten));
        assertEquals(List.of(), ShaclOracle.violationsFull(rewritten));
    }

    @Test
    void foreignExtensionsAreReportedAsLossesOfS08() {
        MicroCredential c = read("Sample-MC-Annex1-unsigned.jsonld").credential();
        JsonTesting.Written w = JsonTesting.write(new JsonCodec(), c);
        assertEquals(c.extensions().size() + c.specification().extensions().size(), w.losses().size());
        assertTrue(w.losses().stream().allMatch(l -> l.element() == org.microcred.core.Element.S08 && l.reason().contains("'elm'")));
        assertEquals(Format.ELM, c.extensions().get(0).format());
    }

    @Test
    void statusAndSupervisionUseTheirConcepts() {
        assertEquals(URI.create("https://w3id.org/microcred/vocab/grade-status/passed"),
                org.microcred.json.internal.ElmVocabulary.gradeStatus(GradeStatus.PASSED).uri());
    }

    private static List<String> paths(List<Extension> extensions) {
        return extensions.stream().map(Extension::path).toList();
    }
}
