package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Random;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.JsonLdContexts;
import org.microcred.json.proof.JsonSigner;
import org.microcred.json.proof.JsonSuite;
import org.microcred.json.proof.JsonVerifier;
import org.microcred.json.proof.KeyResolver;
import org.microcred.json.proof.SigningKey;
import org.microcred.json.proof.VerificationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P5: an eddsa-jcs-2022 proof over a credential, created and verified by microcred, against the raw JDK
 * Ed25519 signature and verification of 32 bytes (goal: at least 0.7 times the JDK's throughput), i.e. the
 * cost of canonicalising and hashing must stay small next to the elliptic-curve arithmetic.
 */
@State(Scope.Benchmark)
public class P5Signature {
    KeyPair keys;
    Signature signer;
    Signature verifier;
    byte[] message;

    byte[] credential;
    SigningKey signingKey;
    Instant created;
    JsonLdContexts contexts;
    VerificationOptions verification;

    /**
     * Makes a key pair, a fixed 32-byte message and, if the ELM codec is installed, the credential of P1 as
     * an ELM v3 verifiable credential (a JSON-LD document as an issuer signs it).
     */
    @Setup
    public void setUp() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        signer = Signature.getInstance("Ed25519");
        verifier = Signature.getInstance("Ed25519");
        message = new byte[32];
        new Random(Fixtures.SEED).nextBytes(message);
        if (Catalogue.installed(Format.ELM)) {
            MicroCredential c = Fixtures.completeCredential();
            credential = Fixtures.write(c, Format.ELM);
            // verification checks validFrom / validUntil against "now": verify at the moment of issue
            created = c.issued().orElseThrow().toInstant();
            // the issuer's own key, as a verifier resolves it from the issuer's published keys
            String issuer = issuerId(credential);
            String keyId = issuer + "#key-1";
            signingKey = SigningKey.of(keys, keyId);
            contexts = JsonLdContexts.defaults();
            verification = VerificationOptions.defaults().withKeyResolver(KeyResolver.of(keyId, keys.getPublic(), issuer))
                    .withNow(created.plusSeconds(60));
        }
    }

    private static String issuerId(byte[] json) {
        try {
            JsonNode issuer = new ObjectMapper().readTree(json).path("issuer");
            return issuer.isTextual() ? issuer.textValue() : issuer.path("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * microcred: an eddsa-jcs-2022 proof added to the credential's bytes, then the signed bytes verified
     * (did:key resolved offline), as an issuer and a verifier each do once per credential.
     *
     * @return the verification result
     */
    @Benchmark
    public VerificationResult microcredSignVerify() {
        byte[] signed = JsonSigner.sign(credential, JsonSuite.EDDSA_JCS_2022, signingKey, created, contexts);
        return JsonVerifier.verify(signed, verification);
    }

    /**
     * Baseline: JDK Ed25519 sign then verify of 32 bytes, reusing the {@link Signature} objects.
     *
     * @return whether the signature verified
     */
    @Benchmark
    public boolean jdkSignVerify() throws GeneralSecurityException {
        signer.initSign(keys.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();
        verifier.initVerify(keys.getPublic());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
