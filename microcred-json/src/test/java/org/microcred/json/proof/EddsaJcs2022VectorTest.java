package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.Base58;
import org.microcred.json.proof.internal.JsonSupport;

/** The W3C vc-di-eddsa eddsa-jcs-2022 test vector, reproduced byte for byte. */
class EddsaJcs2022VectorTest {
    private static final String DIR = "vc-di-eddsa/eddsa-jcs-2022/";

    @Test
    void keyPairDecodesAndRoundTrips() {
        KeyPair pair = TestKeys.w3c();
        assertEquals(TestKeys.W3C_PUBLIC_MULTIBASE, Multikey.encode(pair.getPublic()));
        assertEquals(TestKeys.W3C_SECRET_MULTIBASE, Multikey.encodeSecret(pair.getPrivate()));
        assertEquals("b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f",
                HexFormat.of().formatHex(Keys.rawEd25519(Multikey.decode(TestKeys.W3C_PUBLIC_MULTIBASE))));
        ObjectNode keyPairJson = Vectors.json("vc-di-eddsa/keyPair.json");
        assertEquals(keyPairJson.get("publicKeyMultibase").asText(), Multikey.encode(pair.getPublic()));
    }

    @Test
    void intermediateValues() throws Exception {
        ObjectNode unsigned = Vectors.json("vc-di-eddsa/unsigned.json");
        byte[] canonDoc = DataIntegrity.canonicalDocument(Cryptosuite.EDDSA_JCS_2022, unsigned, JsonLdContexts.none());
        assertArrayEquals(Vectors.bytes(DIR + "canonDocJCS.txt"), canonDoc);
        assertEquals(Vectors.text(DIR + "docHashJCS.txt").trim(), hex(sha256(canonDoc)));

        ObjectNode proofConfig = Vectors.json(DIR + "proofConfigJCS.json");
        byte[] canonProof = DataIntegrity.canonicalProofConfig(Cryptosuite.EDDSA_JCS_2022,
                DataIntegrity.proofConfig(Cryptosuite.EDDSA_JCS_2022, proofConfig, unsigned), JsonLdContexts.none());
        assertArrayEquals(Vectors.bytes(DIR + "proofCanonJCS.txt"), canonProof);
        assertEquals(Vectors.text(DIR + "proofHashJCS.txt").trim(), hex(sha256(canonProof)));
        assertEquals(Vectors.text(DIR + "combinedHashJCS.txt").trim(), hex(DataIntegrity.hashData(canonProof, canonDoc)));
    }

    @Test
    void signingReproducesTheSignedDocumentByteForByte() {
        ObjectNode unsigned = Vectors.json("vc-di-eddsa/unsigned.json");
        SigningKey key = SigningKey.ofDidKey(TestKeys.w3c());
        ObjectNode signed = DataIntegrity.sign(unsigned, key,
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(TestKeys.W3C_CREATED));
        String proofValue = signed.get("proof").get("proofValue").asText();
        assertEquals(Vectors.text(DIR + "sigBTC58JCS.txt").trim(), proofValue);
        assertEquals(Vectors.text(DIR + "sigHexJCS.txt").trim(), hex(Base58.decode(proofValue.substring(1))));
        assertEquals(Vectors.json(DIR + "signedJCS.json"), signed);
        // and laid out exactly as the published file
        assertEquals(Vectors.text(DIR + "signedJCS.json").stripTrailing(),
                new String(JsonSupport.pretty(signed), StandardCharsets.UTF_8));
    }

    @Test
    void publishedSignedDocumentVerifies() {
        VerificationResult result = DataIntegrity.verify(Vectors.json(DIR + "signedJCS.json"),
                VerificationOptions.defaults().withNow(Instant.parse("2024-01-01T00:00:00Z")));
        // the issuer is https://vc.example/issuers/5678, not the did:key, so only key binding fails
        assertTrue(result.proofs().get(0).checks().stream().anyMatch(c -> c.kind() == org.microcred.core.verification.CheckKind.INTEGRITY
                && c.outcome() == org.microcred.core.verification.Outcome.PASSED), result::toString);
        assertEquals(1, result.failures().size(), result::toString);
        assertTrue(result.failures().get(0).contains("KEY_BINDING"), result::toString);
        VerificationResult bound = DataIntegrity.verify(Vectors.json(DIR + "signedJCS.json"),
                VerificationOptions.defaults().withNow(Instant.parse("2024-01-01T00:00:00Z"))
                        .withKeyResolver(KeyResolver.of(
                                "did:key:" + TestKeys.W3C_PUBLIC_MULTIBASE + "#" + TestKeys.W3C_PUBLIC_MULTIBASE,
                                Multikey.decode(TestKeys.W3C_PUBLIC_MULTIBASE), "https://vc.example/issuers/5678")));
        assertTrue(bound.isVerified(), bound::toString);
    }

    static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
