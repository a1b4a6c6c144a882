package org.microcred.json.proof;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.json.proof.internal.JsonSupport;

/** A micro-credential as an OB 3.0 document (every term defined by the vendored contexts) for sign/verify tests. */
final class Fixtures {
    private Fixtures() {
    }

    static ObjectNode credential(String issuer) {
        String json = """
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:7f5c0b6e-3b1a-4a7e-9d55-2f0e9a1c4d10",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "%s", "type": ["Profile"], "name": "Université d'Exemple", "url": "https://uni.example/"},
                  "validFrom": "2024-09-01T00:00:00Z",
                  "validUntil": "2034-09-01T00:00:00Z",
                  "name": "Micro-credential in Data Stewardship",
                  "credentialSubject": {
                    "id": "did:example:learner-42",
                    "type": ["AchievementSubject"],
                    "achievement": {
                      "id": "https://uni.example/achievements/data-stewardship",
                      "type": ["Achievement"],
                      "name": "Data Stewardship",
                      "description": "Manages research data along the FAIR principles. Ünïcödé ✓ 𝄞",
                      "criteria": {"narrative": "Passed the written exam and the project."},
                      "creditsAvailable": 5.0,
                      "fieldOfStudy": "0613",
                      "inLanguage": "en"
                    },
                    "creditsEarned": 4.5,
                    "result": [{"type": ["Result"], "value": "B+"}]
                  }
                }
                """.formatted(issuer);
        return JsonSupport.parseObject(json.getBytes(StandardCharsets.UTF_8));
    }

    static SigningKey didKey(KeyPair pair) {
        return SigningKey.ofDidKey(pair);
    }

    static ObjectNode credentialFor(KeyPair ed25519) {
        return credential(Multikey.didKey(ed25519.getPublic()));
    }
}
