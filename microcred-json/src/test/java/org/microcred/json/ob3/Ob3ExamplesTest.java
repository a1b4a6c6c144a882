package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.Grade;
import org.microcred.core.Identifier;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.TimePeriod;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.vocabulary.Country;

/** The 1EdTech examples are read, their values land in the model, and what the model does not know is written back in place. */
class Ob3ExamplesTest {

    @Test
    void readsTheSimpleExample() {
        MicroCredential c = Ob3Fixtures.read(Ob3Fixtures.example("ob30-simple-eddsa-rdfc-2022.json")).credential();
        assertEquals(Optional.of(URI.create("http://example.com/credentials/3527")), c.id());
        assertEquals(Optional.of(OffsetDateTime.parse("2010-01-01T00:00:00Z")), c.issued());
        assertEquals(Optional.empty(), c.validFrom(), "validFrom without awardedDate is the date of issuing");
        assertEquals(1, c.awardingBodies().size());
        Organisation issuer = c.awardingBodies().get(0);
        assertEquals(Optional.of(URI.create("https://example.com/issuers/876543")), issuer.id());
        assertEquals(MultilingualText.of("und", "Example Corp"), issuer.legalName());
        assertEquals(Optional.empty(), c.issuer());
        assertEquals(Optional.of(URI.create("did:example:ebfeb1f712ebc6f1c276e12ec21")), c.learner().get().id());
        assertEquals(Optional.of(URI.create("https://example.com/achievements/21st-century-skills/teamwork")),
                c.specification().id());
        assertEquals(Optional.of(MultilingualText.of("und", "Teamwork")), c.specification().title());
        assertEquals(Optional.of(MultilingualText.of("und",
                "This badge recognizes the development of the capacity to collaborate within a group environment.")),
                c.specification().description());
        assertEquals(1, c.specification().learningOutcomes().size());
        assertTrue(c.specification().learningOutcomes().get(0).statement().first().startsWith("Team members are nominated"));
        // the badge's own display name differs from the achievement's, and the proof is not part of the model
        assertEquals(List.of("/name", "/proof"), paths(c.extensions()));
        assertEquals(List.of(), paths(c.specification().extensions()));
    }

    @Test
    void readsTheCompleteExample() {
        MicroCredential c = Ob3Fixtures.read(Ob3Fixtures.example("ob30-complete-all-fields.json")).credential();
        assertEquals(Optional.of(URI.create("http://1edtech.edu/credentials/3732")), c.id());
        assertEquals(Optional.of(OffsetDateTime.parse("2010-01-01T00:00:00Z")), c.issued());
        assertEquals(Optional.of(OffsetDateTime.parse("2030-01-01T00:00:00Z")), c.validUntil());

        Organisation issuer = c.awardingBodies().get(0);
        assertEquals(MultilingualText.of("und", "1EdTech University"), issuer.legalName());
        assertEquals(Optional.of(URI.create("https://1edtech.edu/issuers/565049")), issuer.id());
        assertEquals(Optional.of(URI.create("https://1edtech.edu")), issuer.homepage());
        assertEquals(Optional.of(Country.of("US")), issuer.country(), "E03 from addressCountryCode (alpha-2)");
        assertEquals(List.of(Identifier.of("sourcedId", "12345"), Identifier.of(Identifier.NATIONAL_ID, "67890")),
                issuer.identifiers());

        assertEquals(List.of(Identifier.of(Identifier.EMAIL, "student@1edtech.edu"),
                Identifier.of(Identifier.EMAIL, "somebody@gmail.com")), c.learner().get().identifiers());
        assertEquals(Optional.of(new TimePeriod(Optional.of(LocalDate.of(2010, 1, 1)), Optional.of(LocalDate.of(2010, 1, 2)))),
                c.timePeriod());
        assertEquals(new Grade("A", Optional.of(URI.create("urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c")),
                Optional.of(MultilingualText.of("und", "Final Project Grade")), Optional.empty(), Optional.empty()),
                c.grade().get());

        var spec = c.specification();
        assertEquals(Optional.of(MultilingualText.of("und", "1EdTech University Degree")), spec.title());
        assertEquals(Optional.of(new BigDecimal("36")), spec.workload().get().ects(), "creditsAvailable is read as ECTS");
        assertEquals("# Degree Requirements\nStudents must complete...",
                spec.learningOutcomes().get(0).statement().get("und").get());

        // what OB has and the model has not: kept, at the place it is written back
        List<String> credentialPaths = paths(c.extensions());
        for (String p : List.of("/description", "/image", "/endorsement", "/evidence", "/credentialStatus", "/refreshService",
                "/proof", "/issuer/phone", "/issuer/address/addressRegion", "/issuer/address/geo", "/issuer/parentOrg",
                "/credentialSubject/identifier/0/salt", "/credentialSubject/identifier/1/salt", "/credentialSubject/creditsEarned",
                "/credentialSubject/source", "/credentialSubject/result/0/alignment", "/credentialSubject/result/-")) {
            assertTrue(credentialPaths.contains(p), p + " missing from " + credentialPaths);
        }
        List<String> specPaths = paths(spec.extensions());
        for (String p : List.of("/specification/achievementType", "/specification/alignment", "/specification/creator",
                "/specification/criteria/id", "/specification/fieldOfStudy", "/specification/humanCode",
                "/specification/resultDescription/0/allowedValue", "/specification/resultDescription/0/resultType",
                "/specification/resultDescription/-", "/specification/tag")) {
            assertTrue(specPaths.contains(p), p + " missing from " + specPaths);
        }
        Extension type = spec.extensions().stream().filter(e -> e.path().equals("/specification/achievementType")).findFirst().get();
        assertEquals(ExtensionNode.Scalar.ofString("Degree"), type.value());
    }

    @Test
    void writesTheExamplesBackWithEverythingInPlace() {
        for (String name : List.of("ob30-simple-eddsa-rdfc-2022.json", "ob30-complete-all-fields.json")) {
            byte[] original = Ob3Fixtures.example(name);
            MicroCredential c = Ob3Fixtures.read(original).credential();
            List<Loss> losses = new ArrayList<>();
            JsonNode written = Ob3Fixtures.json(Ob3Fixtures.write(c, losses));
            assertEquals(List.of(), losses, name);
            assertContains(Ob3Fixtures.json(original), written, "", name);
            Ob3Fixtures.assertValid(Ob3Fixtures.OB_SCHEMA, written, name + " written back");
            assertEquals(c, Ob3Fixtures.read(Ob3Fixtures.bytes(written)).credential(), name + " read again");
        }
    }

    @Test
    void readsTheVcdm11CredentialsInsideTheClrTranscript() {
        JsonNode clr = Ob3Fixtures.json(Ob3Fixtures.example("clr20-complex-transcript-vcdm1.json"));
        JsonNode vcs = clr.get("credentialSubject").get("verifiableCredential");
        assertEquals(6, vcs.size());
        List<MicroCredential> read = new ArrayList<>();
        for (JsonNode vc : vcs) {
            assertTrue(Ob3Fixtures.CODEC.recognises(Ob3Fixtures.bytes(vc)));
            read.add(Ob3Fixtures.read(Ob3Fixtures.bytes(vc)).credential());
        }
        MicroCredential diploma = read.get(0);
        assertEquals(Optional.of(OffsetDateTime.parse("2018-06-06T00:00:00Z")), diploma.issued(), "issuanceDate is E05");
        assertEquals(MultilingualText.of("und", "Western High School, RSD"), diploma.awardingBodies().get(0).legalName());
        assertEquals(Optional.of(MultilingualText.of("und", "Nurse Assistant 1 Program with Licensure")),
                diploma.specification().title());
        assertTrue(paths(diploma.specification().extensions()).contains("/specification/achievementType"));
        MicroCredential course = read.get(1);
        assertEquals("A", course.grade().get().value());
        assertEquals(Optional.of(URI.create("urn:uuid:40a1534b-dd30-48db-a6e9-a0de9e8dc46a")), course.grade().get().schemeId());
        assertEquals(Optional.of(MultilingualText.of("und", "Health Careers 1")), course.specification().title());
        for (MicroCredential c : read) {
            // written as VCDM 2.0 and read again: the same model
            JsonNode written = Ob3Fixtures.json(Ob3Fixtures.write(c, new ArrayList<>()));
            assertEquals(Ob3Terms.VC2_CONTEXT, written.get("@context").get(0).asText());
            assertTrue(written.has("validFrom") && !written.has("issuanceDate"));
            assertEquals(c, Ob3Fixtures.read(Ob3Fixtures.bytes(written)).credential());
        }
    }

    @Test
    void rejectsCredentialsThatAreNotSingleOpenBadges() {
        UnsupportedContentException endorsement = assertThrows(UnsupportedContentException.class,
                () -> Ob3Fixtures.read(Ob3Fixtures.example("ob30-endorsement.json")));
        assertEquals("/type", endorsement.location().path());
        assertTrue(endorsement.getMessage().contains("OpenBadgeCredential"), endorsement.getMessage());
        UnsupportedContentException clr = assertThrows(UnsupportedContentException.class,
                () -> Ob3Fixtures.read(Ob3Fixtures.example("clr20-simple.json")));
        assertEquals("/@context/1", clr.location().path());
        assertEquals(Optional.of("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"), clr.offendingValue());
    }

    @Test
    void recognisesOpenBadgesFromTheirHead() {
        assertTrue(Ob3Fixtures.CODEC.recognises(Ob3Fixtures.example("ob30-simple-eddsa-rdfc-2022.json")));
        byte[] complete = Ob3Fixtures.example("ob30-complete-all-fields.json");
        assertTrue(Ob3Fixtures.CODEC.recognises(Arrays.copyOf(complete, 200)), "a head cut mid-document");
        assertFalse(Ob3Fixtures.CODEC.recognises(Ob3Fixtures.example("ob30-endorsement.json")));
        assertFalse(Ob3Fixtures.CODEC.recognises(Ob3Fixtures.example("clr20-simple.json")));
        assertFalse(Ob3Fixtures.CODEC.recognises(Ob3Fixtures.example("clr20-complex-transcript-vcdm1.json")));
        assertFalse(Ob3Fixtures.CODEC.recognises("{\"microcred\": \"0.1\"}".getBytes()));
        assertFalse(Ob3Fixtures.CODEC.recognises("<xml/>".getBytes()));
        assertFalse(Ob3Fixtures.CODEC.recognises(new byte[0]));
        assertEquals(Optional.of(Format.OB3), Codecs.detect(Ob3Fixtures.example("ob30-simple-eddsa-rdfc-2022.json")));
        assertEquals(Format.OB3, Codecs.of(Format.OB3).format());
    }

    static List<String> paths(List<Extension> extensions) {
        return extensions.stream().map(Extension::path).collect(Collectors.toList());
    }

    /** Every value of the original is in the written document at the same place (arrays may grow at the end). */
    static void assertContains(JsonNode original, JsonNode written, String pointer, String what) {
        if (written == null) {
            fail(what + ": " + pointer + " is missing from the written document");
        }
        if (original.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                assertContains(e.getValue(), written.get(e.getKey()), pointer + "/" + e.getKey(), what);
            }
        } else if (original.isArray()) {
            assertTrue(written.isArray() && written.size() >= original.size(), what + ": " + pointer + " lost items: " + written);
            for (int i = 0; i < original.size(); i++) {
                assertContains(original.get(i), written.get(i), pointer + "/" + i, what);
            }
        } else {
            assertEquals(original, written, what + ": " + pointer);
        }
    }
}
