package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.security.KeyPair;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.Outcome;
import org.microcred.core.verification.VerificationResult;

class DataIntegrityTest {
    private static final KeyPair KEY = TestKeys.w3c();
    private static final KeyPair OTHER = Keys.generate(KeyType.ED25519);
    private static final Instant SIGNED_AT = Instant.parse("2024-09-01T08:00:00Z");
    private static final VerificationOptions OPTIONS = VerificationOptions.defaults().withNow(Instant.parse("2025-01-01T00:00:00Z"));

    private static ObjectNode signed(Cryptosuite suite) {
        return DataIntegrity.sign(Fixtures.credentialFor(KEY), Fixtures.didKey(KEY), ProofOptions.of(suite).withCreated(SIGNED_AT));
    }

    private static Outcome outcome(VerificationResult r, CheckKind kind) {
        return r.proofs().get(0).checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow().outcome();
    }

    private static String failure(VerificationResult r, CheckKind kind) {
        return r.failures().stream().filter(f -> f.contains(kind.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " failure in\n" + r));
    }

    @ParameterizedTest
    @EnumSource(Cryptosuite.class)
    void signThenVerify(Cryptosuite suite) {
        ObjectNode doc = signed(suite);
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertTrue(r.isVerified(), r::toString);
        assertEquals(suite.id(), r.proofs().get(0).mechanism());
        for (CheckKind k : List.of(CheckKind.PROOF_FORMAT, CheckKind.ALGORITHM, CheckKind.KEY_RESOLUTION, CheckKind.INTEGRITY,
                CheckKind.KEY_BINDING, CheckKind.PROOF_PURPOSE, CheckKind.CREATED)) {
            assertEquals(Outcome.PASSED, outcome(r, k), k::toString);
        }
        assertEquals(suite == Cryptosuite.EDDSA_JCS_2022, doc.get("proof").has("@context"));
    }

    @Test
    void proofSetReportsEachProof() {
        ObjectNode both = DataIntegrity.sign(signed(Cryptosuite.EDDSA_RDFC_2022), Fixtures.didKey(KEY),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(SIGNED_AT));
        assertEquals(2, both.get("proof").size());
        VerificationResult r = DataIntegrity.verify(both, OPTIONS);
        assertTrue(r.isVerified(), r::toString);
        assertEquals(List.of("proof[0] eddsa-rdfc-2022", "proof[1] eddsa-jcs-2022"), r.proofs().stream().map(p -> p.label()).toList());
        // break one member of the set: the set no longer verifies, and the report says which
        ((ObjectNode) both.get("proof").get(1)).put("created", "2024-09-01T08:00:01Z");
        VerificationResult broken = DataIntegrity.verify(both, OPTIONS);
        assertFalse(broken.isVerified());
        assertTrue(broken.proofs().get(0).isVerified());
        assertFalse(broken.proofs().get(1).isVerified());
    }

    @ParameterizedTest
    @EnumSource(Cryptosuite.class)
    void tamperedFieldFailsIntegrity(Cryptosuite suite) {
        ObjectNode doc = signed(suite);
        ((ObjectNode) doc.get("credentialSubject")).put("creditsEarned", 5);
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertFalse(r.isVerified());
        assertTrue(failure(r, CheckKind.INTEGRITY).contains("signature does not match"));
    }

    @Test
    void wrongKeyFailsIntegrity() {
        // signed by another key under KEY's verification method
        ObjectNode doc = DataIntegrity.sign(Fixtures.credentialFor(KEY), SigningKey.of(OTHER, Multikey.didKeyVerificationMethod(KEY.getPublic())),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(SIGNED_AT));
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertFalse(r.isVerified());
        failure(r, CheckKind.INTEGRITY);
    }

    @Test
    void keyControllerMustBeTheIssuer() {
        ObjectNode doc = DataIntegrity.sign(Fixtures.credentialFor(KEY), Fixtures.didKey(OTHER),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(SIGNED_AT));
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertEquals(Outcome.PASSED, outcome(r, CheckKind.INTEGRITY));
        assertTrue(failure(r, CheckKind.KEY_BINDING).contains("is not the issuer " + Multikey.didKey(KEY.getPublic())));
    }

    @Test
    void unknownCryptosuiteFailsClosed() {
        ObjectNode doc = signed(Cryptosuite.EDDSA_JCS_2022);
        ((ObjectNode) doc.get("proof")).put("cryptosuite", "ecdsa-jcs-2019");
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertTrue(failure(r, CheckKind.ALGORITHM).contains("unknown cryptosuite 'ecdsa-jcs-2019'"));
        assertEquals(Outcome.SKIPPED, outcome(r, CheckKind.INTEGRITY));
        assertFalse(r.isVerified());
    }

    @Test
    void missingProofFailsClosed() {
        VerificationResult r = DataIntegrity.verify(Fixtures.credentialFor(KEY), OPTIONS);
        assertFalse(r.isVerified());
        assertTrue(r.failures().get(0).contains("PROOF_PRESENT") && r.failures().get(0).contains("no proof"), r::toString);
        ObjectNode empty = Fixtures.credentialFor(KEY);
        empty.putArray("proof");
        assertFalse(DataIntegrity.verify(empty, OPTIONS).isVerified());
    }

    @Test
    void malformedProofValuesFailClosed() {
        for (String bad : List.of("", "u" + "A".repeat(80), "z0OIl", "z3", "z" + "1".repeat(100))) {
            ObjectNode doc = signed(Cryptosuite.EDDSA_JCS_2022);
            ((ObjectNode) doc.get("proof")).put("proofValue", bad);
            VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
            assertFalse(r.isVerified(), bad);
            assertTrue(failure(r, CheckKind.PROOF_FORMAT).contains("proofValue"), r::toString);
        }
        ObjectNode noValue = signed(Cryptosuite.EDDSA_JCS_2022);
        ((ObjectNode) noValue.get("proof")).remove("proofValue");
        assertTrue(failure(DataIntegrity.verify(noValue, OPTIONS), CheckKind.PROOF_FORMAT).contains("no proofValue"));
        ObjectNode notObject = signed(Cryptosuite.EDDSA_JCS_2022);
        notObject.put("proof", "z123");
        assertTrue(failure(DataIntegrity.verify(notObject, OPTIONS), CheckKind.PROOF_FORMAT).contains("not an object"));
    }

    @Test
    void datesAndPurposeAreChecked() {
        ObjectNode doc = signed(Cryptosuite.EDDSA_JCS_2022);
        VerificationResult early = DataIntegrity.verify(doc, OPTIONS.withNow(Instant.parse("2024-08-01T00:00:00Z")));
        assertTrue(failure(early, CheckKind.CREATED).contains("in the future"));
        assertTrue(early.failures().stream().anyMatch(f -> f.contains("VALID_FROM")), early::toString);
        VerificationResult late = DataIntegrity.verify(doc, OPTIONS.withNow(Instant.parse("2035-01-01T00:00:00Z")));
        assertTrue(late.failures().stream().anyMatch(f -> f.contains("VALID_UNTIL") && f.contains("expired")), late::toString);
        VerificationResult skewed = DataIntegrity.verify(doc, OPTIONS.withNow(SIGNED_AT.minusSeconds(60)).withClockSkew(Duration.ofMinutes(2)));
        assertEquals(Outcome.PASSED, outcome(skewed, CheckKind.CREATED));
        VerificationResult purpose = DataIntegrity.verify(doc, OPTIONS.withProofPurpose("authentication"));
        assertTrue(failure(purpose, CheckKind.PROOF_PURPOSE).contains("'assertionMethod' is not the expected 'authentication'"));
    }

    @Test
    void jcsProofContextMustPrefixTheDocumentContext() {
        ObjectNode doc = signed(Cryptosuite.EDDSA_JCS_2022);
        ArrayNode ctx = (ArrayNode) doc.get("@context");
        ctx.insert(1, "https://attacker.example/context");
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertTrue(failure(r, CheckKind.INTEGRITY).contains("not a prefix"), r::toString);
    }

    @Test
    void jcsVerifiesTheDocumentUnderTheProofContext() {
        // vc-di-eddsa: the verifier sets the document's @context to the proof's, once it is a prefix; so a
        // context appended after signing does not break the proof, while any other change does
        ObjectNode doc = signed(Cryptosuite.EDDSA_JCS_2022);
        ((ArrayNode) doc.get("@context")).add("https://contexts.example/appended");
        VerificationResult r = DataIntegrity.verify(doc, OPTIONS);
        assertTrue(r.isVerified(), r::toString);
        doc.put("name", "changed");
        assertTrue(failure(DataIntegrity.verify(doc, OPTIONS), CheckKind.INTEGRITY).contains("signature does not match"));
    }

    @Test
    void rdfcNeverFetchesUnknownContexts() {
        ObjectNode doc = Fixtures.credentialFor(KEY);
        ((ArrayNode) doc.get("@context")).add("https://contexts.example/unknown.jsonld");
        UnsupportedContentException e = assertThrows(UnsupportedContentException.class, () -> DataIntegrity.sign(doc,
                Fixtures.didKey(KEY), ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022)));
        assertTrue(e.getMessage().contains("https://contexts.example/unknown.jsonld") && e.getMessage().contains("offline"), e.getMessage());
        // the same document signed with jcs verifies with jcs, and an rdfc verifier reports the URL
        ObjectNode signed = signed(Cryptosuite.EDDSA_RDFC_2022);
        ((ArrayNode) signed.get("@context")).add("https://contexts.example/unknown.jsonld");
        VerificationResult r = DataIntegrity.verify(signed, OPTIONS);
        assertTrue(failure(r, CheckKind.INTEGRITY).contains("https://contexts.example/unknown.jsonld"), r::toString);
    }

    @Test
    void rdfcRefusesUndefinedTerms() {
        ObjectNode doc = Fixtures.credentialFor(KEY);
        doc.put("notATerm", "would be dropped from the RDF and so not signed");
        UnsupportedContentException e = assertThrows(UnsupportedContentException.class, () -> DataIntegrity.sign(doc,
                Fixtures.didKey(KEY), ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022)));
        assertTrue(e.getMessage().contains("notATerm"), e.getMessage());
    }

    @Test
    void signingNeedsAnEd25519KeyWithAKeyId() {
        IllegalArgumentException rsa = assertThrows(IllegalArgumentException.class, () -> DataIntegrity.sign(
                Fixtures.credentialFor(KEY), SigningKey.of(Keys.generate(KeyType.EC_P256), "https://k"), ProofOptions.of(Cryptosuite.EDDSA_JCS_2022)));
        assertTrue(rsa.getMessage().contains("Ed25519"));
        assertThrows(IllegalArgumentException.class, () -> DataIntegrity.sign(Fixtures.credentialFor(KEY), SigningKey.of(KEY, ""),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022)));
    }

    @Test
    void unresolvableVerificationMethodFailsClosed() {
        ObjectNode doc = DataIntegrity.sign(Fixtures.credentialFor(KEY), SigningKey.of(KEY, "https://uni.example/keys#1"),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(SIGNED_AT));
        assertTrue(failure(DataIntegrity.verify(doc, OPTIONS), CheckKind.KEY_RESOLUTION).contains("https://uni.example/keys#1"));
        VerificationResult trusted = DataIntegrity.verify(doc, OPTIONS.withKeyResolver(KeyResolver.trusting(KEY.getPublic())));
        assertTrue(trusted.isVerified(), trusted::toString);
        ObjectNode badDid = signed(Cryptosuite.EDDSA_JCS_2022);
        ((ObjectNode) badDid.get("proof")).put("verificationMethod", "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme");
        assertTrue(failure(DataIntegrity.verify(badDid, OPTIONS), CheckKind.KEY_RESOLUTION).contains("not an Ed25519"));
    }
}
