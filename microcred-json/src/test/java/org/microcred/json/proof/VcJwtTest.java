package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.JsonSupport;

class VcJwtTest {
    private static final String ISSUER = "https://uni.example/issuers/1";
    private static final String KID = "https://uni.example/issuers/1#key-1";
    private static final Map<KeyType, KeyPair> KEYS = new EnumMap<>(KeyType.class);
    private static final VerificationOptions NOW = VerificationOptions.defaults().withNow(Instant.parse("2025-01-01T00:00:00Z"));

    static synchronized KeyPair key(KeyType t) {
        return KEYS.computeIfAbsent(t, Keys::generate);
    }

    private static VerificationOptions resolving(KeyType t) {
        return NOW.withKeyResolver(KeyResolver.of(KID, key(t).getPublic(), ISSUER));
    }

    private static String failure(VerificationResult r, CheckKind kind) {
        return r.failures().stream().filter(f -> f.contains(kind.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " failure in\n" + r));
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signThenVerifyEachAlgorithm(KeyType type) {
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(key(type), KID));
        ObjectNode header = JsonSupport.parseObject(Base64.getUrlDecoder().decode(jws.split("\\.")[0]));
        assertEquals(JwsAlgorithm.of(type).jwsName(), header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        ObjectNode payload = VcJwt.payload(jws);
        assertEquals(ISSUER, payload.get("iss").asText());
        assertEquals("urn:uuid:7f5c0b6e-3b1a-4a7e-9d55-2f0e9a1c4d10", payload.get("jti").asText());
        assertEquals("did:example:learner-42", payload.get("sub").asText());
        assertEquals(Instant.parse("2024-09-01T00:00:00Z").getEpochSecond(), payload.get("nbf").asLong());
        assertEquals(Instant.parse("2034-09-01T00:00:00Z").getEpochSecond(), payload.get("exp").asLong());
        VerificationResult r = VcJwt.verify(jws, resolving(type));
        assertTrue(r.isVerified(), r::toString);
        assertEquals("jwt " + JwsAlgorithm.of(type).jwsName(), r.proofs().get(0).mechanism());
        if (type == KeyType.EC_P256) {
            assertEquals(64, Base64.getUrlDecoder().decode(jws.split("\\.")[2]).length, "ES256 is r||s, not DER");
        }
    }

    @Test
    void tamperedPayloadFails() {
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(key(KeyType.EC_P256), KID));
        String[] p = jws.split("\\.");
        ObjectNode payload = VcJwt.payload(jws);
        payload.put("name", "Something else");
        String forged = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JsonSupport.compact(payload)) + "." + p[2];
        assertTrue(failure(VcJwt.verify(forged, resolving(KeyType.EC_P256)), CheckKind.INTEGRITY).contains("does not match"));
    }

    @Test
    void wrongKeyFails() {
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(Keys.generate(KeyType.ED25519), KID));
        assertFalse(VcJwt.verify(jws, resolving(KeyType.ED25519)).isVerified());
        VerificationResult typeMismatch = VcJwt.verify(jws, resolving(KeyType.EC_P256));
        assertTrue(failure(typeMismatch, CheckKind.KEY_RESOLUTION).contains("needs ED25519"));
    }

    @Test
    void algNoneAndCritAreRefused() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JsonSupport.compact(Fixtures.credential(ISSUER)));
        String none = b64("{\"alg\":\"none\"}") + "." + payload + ".";
        assertTrue(failure(VcJwt.verify(none, resolving(KeyType.ED25519)), CheckKind.ALGORITHM).contains("'none' is refused"));
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(key(KeyType.ED25519), KID));
        String crit = b64("{\"alg\":\"EdDSA\",\"kid\":\"" + KID + "\",\"crit\":[\"b64\"],\"b64\":false}") + "." + jws.split("\\.")[1] + "." + jws.split("\\.")[2];
        assertTrue(failure(VcJwt.verify(crit, resolving(KeyType.ED25519)), CheckKind.PROOF_FORMAT).contains("crit"));
    }

    @Test
    void embeddedJwkIsNotTrustedUnlessItIsTheIssuersDidKey() {
        KeyPair ed = key(KeyType.ED25519);
        String untrusted = VcJwt.sign(Fixtures.credential(ISSUER), new SigningKey(ed.getPrivate(), java.util.Optional.of(ed.getPublic()), ""));
        VerificationResult r = VcJwt.verify(untrusted, NOW);
        assertTrue(r.proofs().get(0).checks().stream().anyMatch(c -> c.kind() == CheckKind.INTEGRITY && !c.isFailed()));
        assertTrue(failure(r, CheckKind.KEY_BINDING).contains("nothing binds it to issuer " + ISSUER));
        String didIssuer = VcJwt.sign(Fixtures.credentialFor(ed), new SigningKey(ed.getPrivate(), java.util.Optional.of(ed.getPublic()), ""));
        assertTrue(VcJwt.verify(didIssuer, NOW).isVerified());
        // did:key kid resolves offline
        assertTrue(VcJwt.verify(VcJwt.sign(Fixtures.credentialFor(ed), SigningKey.ofDidKey(ed)), NOW).isVerified());
    }

    @Test
    void claimsMustAgreeWithTheCredential() {
        KeyPair k = key(KeyType.ED25519);
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(k, KID));
        ObjectNode payload = VcJwt.payload(jws);
        payload.put("iss", "https://evil.example/");
        payload.put("exp", 1);
        String reSigned = signRaw(jws.split("\\.")[0], payload, k);
        VerificationResult r = VcJwt.verify(reSigned, NOW.withKeyResolver(KeyResolver.of(KID, k.getPublic(), ISSUER)));
        String claims = failure(r, CheckKind.CLAIMS);
        assertTrue(claims.contains("iss 'https://evil.example/' differs") && claims.contains("exp 1 differs"), claims);
        assertTrue(failure(r, CheckKind.VALID_UNTIL).contains("expired"));
        assertTrue(failure(r, CheckKind.KEY_BINDING).contains("is not the issuer https://evil.example/"));
    }

    @Test
    void derEncodedEs256SignatureIsRefused() throws Exception {
        KeyPair k = key(KeyType.EC_P256);
        String jws = VcJwt.sign(Fixtures.credential(ISSUER), SigningKey.of(k, KID));
        String input = jws.substring(0, jws.lastIndexOf('.'));
        java.security.Signature der = java.security.Signature.getInstance("SHA256withECDSA");
        der.initSign(k.getPrivate());
        der.update(input.getBytes(StandardCharsets.US_ASCII));
        String derJws = input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(der.sign());
        assertTrue(failure(VcJwt.verify(derJws, resolving(KeyType.EC_P256)), CheckKind.INTEGRITY).contains("r||s"));
    }

    @Test
    void unreadableInputThrows() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> VcJwt.verify("not a jws", NOW));
        assertTrue(e.getMessage().contains("compact JWS"));
        assertThrows(MalformedDocumentException.class, () -> VcJwt.verify(b64("[1]") + "." + b64("{}") + ".AA", NOW));
        assertThrows(MalformedDocumentException.class, () -> JsonVerifier.verify("{\"a\":".getBytes(StandardCharsets.UTF_8), NOW));
    }

    @Test
    void facadeSignsAndVerifiesEverySuite() {
        KeyPair ed = key(KeyType.ED25519);
        byte[] credential = JsonSupport.compact(Fixtures.credentialFor(ed));
        for (JsonSuite suite : JsonSuite.values()) {
            byte[] signed = JsonSigner.sign(credential, suite, SigningKey.ofDidKey(ed));
            VerificationResult r = JsonVerifier.verify(signed, VerificationOptions.defaults());
            assertTrue(r.isVerified(), () -> suite + "\n" + r);
        }
        assertEquals(JsonSuite.JWT, JsonSuite.of("JWT"));
        assertThrows(IllegalArgumentException.class, () -> JsonSuite.of("xmldsig"));
    }

    private static String signRaw(String header, ObjectNode payload, KeyPair k) {
        String input = header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JsonSupport.compact(payload));
        try {
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initSign(k.getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
