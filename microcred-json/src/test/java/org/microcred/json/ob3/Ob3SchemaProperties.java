package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;
import org.microcred.core.testing.SampleCredentials;

/** Every written document validates against the official OB 3.0 schema (both variants) and microcred's extension schema. */
class Ob3SchemaProperties {

    @Property(tries = 100)
    void writtenCredentialsValidate(@ForAll("credentials") MicroCredential c) {
        assertAllSchemas(c);
    }

    @Property(tries = 100)
    void writtenCompleteCredentialsValidate(@ForAll("complete") MicroCredential c) {
        assertAllSchemas(c);
    }

    @Test
    void credentialWithoutAnyElementStillValidates() {
        // OB requires id, issuer, validFrom, achievement id/name/description/criteria: placeholders stand in
        MicroCredential bare = MicroCredential.builder().specification(org.microcred.core.CredentialSpecification.builder().build()).build();
        JsonNode doc = assertAllSchemas(bare);
        assertEquals("1970-01-01T00:00:00Z", doc.get("validFrom").asText());
        assertEquals("[\"id\",\"validFrom\",\"awardedDate\"]", doc.get("mc:unset").toString());
        assertEquals(bare, Ob3Fixtures.read(Ob3Fixtures.bytes(doc)).credential());
    }

    @Test
    void extensionSchemaRejectsABadExtensionValue() {
        JsonNode doc = assertAllSchemas(SampleCredentials.credential());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("credentialSubject").get("achievement"))
                .put("mc:eqfLevel", "http://data.europa.eu/snb/eqf/9");
        assertFalse(Ob3Fixtures.MICROCRED_SCHEMA.validate(doc).isEmpty(), "EQF 9 must fail the extension schema");
    }

    @Test
    void officialSchemaRejectsAnAchievementWithoutCriteria() {
        JsonNode doc = assertAllSchemas(SampleCredentials.credential());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("credentialSubject").get("achievement")).remove("criteria");
        assertFalse(Ob3Fixtures.OB_SCHEMA.validate(doc).isEmpty(), "the oracle must notice a missing criteria");
        assertFalse(Ob3Fixtures.OB_STRICT_SCHEMA.validate(doc).isEmpty(), "the strict oracle must notice a missing criteria");
    }

    private static JsonNode assertAllSchemas(MicroCredential c) {
        List<Loss> losses = new ArrayList<>();
        JsonNode doc = Ob3Fixtures.json(Ob3Fixtures.write(c, losses));
        assertEquals(List.of(), losses);
        Ob3Fixtures.assertValid(Ob3Fixtures.OB_SCHEMA, doc, "written credential");
        Ob3Fixtures.assertValid(Ob3Fixtures.OB_STRICT_SCHEMA, doc, "written credential");
        Ob3Fixtures.assertValid(Ob3Fixtures.MICROCRED_SCHEMA, doc, "written credential");
        return doc;
    }

    @Provide
    Arbitrary<MicroCredential> credentials() {
        return CredentialArbitraries.credentials();
    }

    @Provide
    Arbitrary<MicroCredential> complete() {
        return CredentialArbitraries.completeCredentials();
    }
}
