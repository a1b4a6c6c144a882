package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.verification.VerificationResult;

/** The W3C vc-di-eddsa eddsa-rdfc-2022 vectors (basic and employment authorization). */
class EddsaRdfc2022VectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"eddsa-rdfc-2022/,vc-di-eddsa/unsigned.json", "eddsa-rdfc-2022/employ/,vc-di-eddsa/employmentAuth.json"})
    void vectorReproducedByteForByte(String dir, String input) throws Exception {
        String d = "vc-di-eddsa/" + dir;
        JsonLdContexts contexts = TestKeys.testContexts();
        ObjectNode unsigned = Vectors.json(input);
        byte[] canonDoc = DataIntegrity.canonicalDocument(Cryptosuite.EDDSA_RDFC_2022, unsigned, contexts);
        assertEquals(Vectors.text(d + "canonDocDataInt.txt"), new String(canonDoc, StandardCharsets.UTF_8));
        assertEquals(Vectors.text(d + "docHashDataInt.txt").trim(), EddsaJcs2022VectorTest.hex(EddsaJcs2022VectorTest.sha256(canonDoc)));

        ObjectNode proofConfig = Vectors.json(d + "proofConfigDataInt.json");
        byte[] canonProof = DataIntegrity.canonicalProofConfig(Cryptosuite.EDDSA_RDFC_2022,
                DataIntegrity.proofConfig(Cryptosuite.EDDSA_RDFC_2022, proofConfig, unsigned), contexts);
        assertEquals(Vectors.text(d + "proofCanonDataInt.txt"), new String(canonProof, StandardCharsets.UTF_8));
        assertEquals(Vectors.text(d + "proofHashDataInt.txt").trim(), EddsaJcs2022VectorTest.hex(EddsaJcs2022VectorTest.sha256(canonProof)));
        assertEquals(Vectors.text(d + "combinedHashDataInt.txt").trim(),
                EddsaJcs2022VectorTest.hex(DataIntegrity.hashData(canonProof, canonDoc)));

        ObjectNode signed = DataIntegrity.sign(unsigned, SigningKey.ofDidKey(TestKeys.w3c()),
                ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022).withCreated(TestKeys.W3C_CREATED), contexts);
        assertEquals(Vectors.text(d + "sigBTC58DataInt.txt").trim(), signed.get("proof").get("proofValue").asText());
        assertEquals(Vectors.json(d + "signedDataInt.json"), signed);

        VerificationResult result = DataIntegrity.verify(Vectors.json(d + "signedDataInt.json"),
                VerificationOptions.defaults().withContexts(contexts).withNow(Instant.parse("2024-01-01T00:00:00Z")));
        assertTrue(result.proofs().get(0).failures().stream().allMatch(c -> c.kind() == org.microcred.core.verification.CheckKind.KEY_BINDING),
                result::toString);
        assertTrue(result.proofs().get(0).checks().stream().anyMatch(c -> c.kind() == org.microcred.core.verification.CheckKind.INTEGRITY
                && c.outcome() == org.microcred.core.verification.Outcome.PASSED), result::toString);
    }
}
