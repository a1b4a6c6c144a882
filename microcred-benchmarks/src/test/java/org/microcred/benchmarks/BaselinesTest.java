package org.microcred.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.benchmarks.Catalogue.Bench;

/** The baselines read the same documents offline and produce what they should; no codec needed. */
class BaselinesTest {
    @Test
    void everyBaselinePassesItsPreflight() {
        for (Bench b : Catalogue.all()) {
            if (b.needs().isEmpty()) {
                assertDoesNotThrow(() -> b.preflight().run(), b.id());
            }
        }
    }

    @Test
    void titaniumExpandsTheSampleWithItsRealContexts() {
        P2ElmJsonLd b = new P2ElmJsonLd();
        b.document = "no-image";
        b.setUp();
        JsonObject credential = b.titaniumExpand().getJsonObject(0);
        // "type" and the VC terms resolve only if both contexts were loaded from the class path
        assertTrue(credential.getJsonArray("@type").toString().contains("https://www.w3.org/2018/credentials#VerifiableCredential"),
                credential.getJsonArray("@type").toString());
        assertTrue(credential.containsKey("https://www.w3.org/2018/credentials#credentialSubject"));
        assertEquals("urn:credential:3ef0ac26-9a1f-41c6-871b-2b82e670907b", credential.getString("@id"));
    }

    @Test
    void theImageVariantDiffersOnlyByTheImage() {
        int full = Fixtures.elmFull().length;
        int noImage = Fixtures.elmNoImage().length;
        assertEquals(111_126, full);
        assertEquals(68_584, noImage);
        P2ElmJsonLd a = new P2ElmJsonLd();
        a.document = "full";
        a.setUp();
        P2ElmJsonLd b = new P2ElmJsonLd();
        b.document = "no-image";
        b.setUp();
        // the image is one MediaObject with four properties (type, content, contentEncoding, contentType)
        // plus the link from the display detail: the other triples are the same
        int difference = a.jenaParse().size() - b.jenaParse().size();
        assertTrue(difference > 0 && difference < 20, "triples differ by " + difference);
    }
}
