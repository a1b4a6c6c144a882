package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.JsonSupport;

/** The byte-level entry points {@link JsonSigner} and {@link JsonVerifier} and their short cuts. */
class JsonFacadeTest {
    private static final KeyPair KEY = TestKeys.w3c();
    private static final Instant CREATED = Instant.parse("2024-09-01T08:00:00Z");
    private static final VerificationOptions OPTIONS = VerificationOptions.defaults().withNow(Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void signingBytesInPlaceGivesTheSameDocumentAsSigningACopyOfTheTree() {
        ObjectNode credential = Fixtures.credentialFor(KEY);
        // a proof already there: the proof set is built in place too
        ObjectNode once = DataIntegrity.sign(credential, Fixtures.didKey(KEY),
                ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022).withCreated(CREATED));
        ObjectNode before = once.deepCopy();
        for (JsonSuite suite : new JsonSuite[] {JsonSuite.EDDSA_JCS_2022, JsonSuite.EDDSA_RDFC_2022}) {
            byte[] viaBytes = JsonSigner.sign(JsonSupport.compact(once), suite, Fixtures.didKey(KEY), CREATED,
                    JsonLdContexts.defaults());
            ObjectNode viaTree = DataIntegrity.sign(once, Fixtures.didKey(KEY),
                    ProofOptions.of(Cryptosuite.find(suite.id()).orElseThrow()).withCreated(CREATED));
            // Ed25519 is deterministic: the same input gives the same proof value
            assertArrayEquals(JsonSupport.pretty(viaTree), viaBytes, suite::id);
            assertEquals(before, once, "DataIntegrity.sign must not change its input");
            VerificationResult r = JsonVerifier.verify(viaBytes, OPTIONS);
            assertTrue(r.isVerified(), r::toString);
            assertEquals(2, r.proofs().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", " \t\r\n{", "[", "\"", "\u001c{"})
    void jsonCannotBeACompactJws(String start) {
        assertFalse(JsonVerifier.mayBeCompactJws((start + "\"a\":1}").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJ", " eyJ", "\n-x", "_x", "9", "\u2003eyJ", "é", ""})
    void anythingElseIsLeftToTheJwsCheck(String start) {
        assertTrue(JsonVerifier.mayBeCompactJws(start.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aJwsAfterUnicodeWhiteSpaceIsStillAJws() {
        byte[] jwt = JsonSigner.sign(JsonSupport.compact(Fixtures.credentialFor(KEY)), JsonSuite.JWT, Fixtures.didKey(KEY));
        byte[] padded = ("\u2003\n" + new String(jwt, StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.UTF_8);
        VerificationResult r = JsonVerifier.verify(padded, VerificationOptions.defaults());
        assertTrue(r.isVerified(), r::toString);
    }

    @Test
    void brokenJsonIsStillMalformed() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> JsonVerifier.verify("  {\"a\": [1,}".getBytes(StandardCharsets.UTF_8), OPTIONS));
        assertTrue(e.getMessage().contains("not well-formed JSON"), e.getMessage());
        assertThrows(MalformedDocumentException.class, () -> JsonVerifier.verify(new byte[0], OPTIONS));
    }
}
