package org.microcred.json.proof;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * Signs JSON credentials as written by a codec: the entry point for applications and the command line.
 *
 * <pre>{@code
 * SigningKey key = Keys.readSigningKey(Files.readString(keyFile), "");   // PEM or JWK
 * byte[] signed = JsonSigner.sign(credentialJson, JsonSuite.EDDSA_JCS_2022, key);
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonSigner {
    private JsonSigner() {
    }

    /**
     * Signs a credential now, with the vendored JSON-LD contexts.
     *
     * @param credentialJson the credential, a UTF-8 JSON object, not null
     * @param suite how to sign, not null
     * @param key the signing key (Ed25519 for the eddsa suites), not null
     * @return for the eddsa suites the credential with one more proof, as JSON laid out with two-space
     *         indentation; for {@link JsonSuite#JWT} the compact JWS in ASCII, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the input is not a JSON object
     * @throws org.microcred.core.format.UnsupportedContentException if rdfc cannot canonicalize the document
     * @throws IllegalArgumentException if the key does not fit the suite
     */
    public static byte[] sign(byte[] credentialJson, JsonSuite suite, SigningKey key) {
        return sign(credentialJson, suite, key, Instant.now(), JsonLdContexts.defaults());
    }

    /**
     * Signs a credential.
     *
     * @param credentialJson the credential, a UTF-8 JSON object, not null
     * @param suite how to sign, not null
     * @param key the signing key, not null
     * @param created the proof creation time (Data Integrity suites), not null
     * @param contexts the JSON-LD contexts for rdfc, not null
     * @return the signed credential, as {@link #sign(byte[], JsonSuite, SigningKey)}, not null
     */
    public static byte[] sign(byte[] credentialJson, JsonSuite suite, SigningKey key, Instant created,
            JsonLdContexts contexts) {
        ObjectNode credential = JsonSupport.parseObject(credentialJson);
        // the tree was parsed here and is used once: sign it in place rather than a copy
        return switch (suite) {
            case EDDSA_JCS_2022 -> JsonSupport.pretty(DataIntegrity.signInPlace(credential, key,
                    ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(created), contexts));
            case EDDSA_RDFC_2022 -> JsonSupport.pretty(DataIntegrity.signInPlace(credential, key,
                    ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022).withCreated(created), contexts));
            case JWT -> VcJwt.sign(credential, key).getBytes(StandardCharsets.US_ASCII);
        };
    }
}
