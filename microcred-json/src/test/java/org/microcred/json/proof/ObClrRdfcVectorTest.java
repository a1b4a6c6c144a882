package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;


import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.verification.VerificationResult;

/**
 * The 1EdTech OB 3.0 and CLR 2.0 implementation-guide eddsa-rdfc-2022 walkthroughs: canonical N-Quads,
 * hashes and signatures, plus the signed sample credentials of the 1EdTech validator.
 */
class ObClrRdfcVectorTest {
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "obv3p0,87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773,d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19",
            "clrv2p0,,"})
    void canonicalFormsHashesAndSignature(String name, String docHash, String proofHash) throws Exception {
        ObjectNode credential = Vectors.json("ob3/" + name + "-credential.json");
        JsonLdContexts contexts = JsonLdContexts.defaults();
        byte[] canonDoc = DataIntegrity.canonicalDocument(Cryptosuite.EDDSA_RDFC_2022, credential, contexts);
        assertEquals(Vectors.text("ob3/test-vectors/" + name + "/document-canon.txt"), new String(canonDoc, StandardCharsets.UTF_8));
        ObjectNode signedFixture = Vectors.json("ob3/" + name + "-signed.json");
        ObjectNode proof = (ObjectNode) (signedFixture.get("proof").isArray() ? signedFixture.get("proof").get(0) : signedFixture.get("proof"));
        byte[] canonProof = DataIntegrity.canonicalProofConfig(Cryptosuite.EDDSA_RDFC_2022,
                DataIntegrity.proofConfig(Cryptosuite.EDDSA_RDFC_2022, proof, credential), contexts);
        assertEquals(Vectors.text("ob3/test-vectors/" + name + "/proof-canon.txt"), new String(canonProof, StandardCharsets.UTF_8));
        if (docHash != null) {
            assertEquals(docHash, EddsaJcs2022VectorTest.hex(EddsaJcs2022VectorTest.sha256(canonDoc)));
            assertEquals(proofHash, EddsaJcs2022VectorTest.hex(EddsaJcs2022VectorTest.sha256(canonProof)));
        }
        // Ed25519 is deterministic: re-signing with the guide's key gives the guide's proof value
        KeyPair key = TestKeys.ob();
        assertEquals("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", Multikey.encode(key.getPublic()));
        ObjectNode signed = DataIntegrity.sign(credential, SigningKey.of(key, TestKeys.OB_VM),
                ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022).withCreated(TestKeys.OB_CREATED), contexts);
        assertEquals(proof.get("proofValue").asText(), signed.get("proof").get("proofValue").asText());

        VerificationResult result = DataIntegrity.verify(signedFixture, options(TestKeys.OB_VM, "https://example.edu/issuers/565049"));
        assertTrue(result.isVerified(), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ob30-simple-eddsa-rdfc-2022.json,https://example.com/issuers/876543#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi,https://example.com/issuers/876543",
            "ob30-endorsement.json,https://state.gov/issuers/565049#z6MkoMGF38Ck9xkdqrbZt4h9eHb1qc3GhAAkoSWa4Vy3SHRN,https://state.gov/issuers/565049",
            "clr20-simple.json,https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi,https://example.edu/issuers/565049"})
    void validatorSamplesVerifyWithTheKeyOfTheirIssuerProfile(String file, String vm, String issuer) {
        // The verification method is an HTTPS URL: its key lives in the issuer profile, which cannot be fetched
        // offline. The 1EdTech validator takes the key from the z6Mk fragment; we supply it the same way.
        VerificationResult result = DataIntegrity.verify(Vectors.json("ob3/" + file), options(vm, issuer));
        assertTrue(result.isVerified(), result::toString);
    }

    @Test
    void validatorSampleFailsClosedWithoutTheIssuerKey() {
        VerificationResult result = DataIntegrity.verify(Vectors.json("ob3/ob30-simple-eddsa-rdfc-2022.json"),
                VerificationOptions.defaults().withNow(NOW));
        assertTrue(!result.isVerified());
        assertTrue(result.failures().stream().anyMatch(f -> f.contains("KEY_RESOLUTION") && f.contains("no key found")),
                result::toString);
    }

    private static VerificationOptions options(String vm, String issuer) {
        String fragment = vm.substring(vm.indexOf('#') + 1);
        return VerificationOptions.defaults().withNow(NOW)
                .withKeyResolver(KeyResolver.of(vm, Multikey.decode(fragment), issuer));
    }

}
