package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * The EDC / ELM v3 signed sample is a JAdES (ETSI TS 119 182-1) signature, not a Data Integrity proof or a
 * VC-JWT. What can be verified offline, and is here: the RS256 signature over the unencoded (RFC 7797,
 * {@code b64:false}) payload with the key of the certificate in {@code x5c}, the {@code x5t#S256}
 * thumbprint of that certificate, and that the certificate was valid at the claimed signing time
 * {@code sigT}.
 *
 * <p>What cannot be verified offline, and why: the certificate chain (only the leaf is embedded; its issuer
 * "ANF Autoridad de Certificacion" and the EU trusted lists (LOTL) that make it a qualified seal must be
 * fetched), revocation (OCSP/CRL responders), and the RFC 3161 timestamp token's TSA chain. The leaf
 * certificate also expired on 2025-05-10, so a check "now" must rely on the timestamp, which needs that TSA
 * chain. Full JAdES validation (e.g. the EU DSS library) is out of microcred's offline scope.
 */
class ElmJadesSampleTest {

    @Test
    void signatureOverUnencodedPayloadVerifiesWithTheEmbeddedCertificate() throws Exception {
        ObjectNode jws = Vectors.json("elm/Sample-MC-Annex1-signed.jsonld");
        String payload = jws.get("payload").textValue();
        JsonNode sig = jws.get("signatures").get(0);
        String protectedB64 = sig.get("protected").textValue();
        ObjectNode header = JsonSupport.parseObject(Base64.getUrlDecoder().decode(protectedB64));
        assertEquals("RS256", header.get("alg").asText());
        assertFalse(header.get("b64").asBoolean());

        X509Certificate cert = Keys.certificate(Base64.getDecoder().decode(header.get("x5c").get(0).asText()));
        byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        assertArrayEquals(Base64.getUrlDecoder().decode(header.get("x5t#S256").asText()), thumbprint);

        // RFC 7797: signing input = ASCII(BASE64URL(protected)) || '.' || payload bytes as they are
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(cert.getPublicKey());
        rs256.update((protectedB64 + ".").getBytes(StandardCharsets.US_ASCII));
        rs256.update(payload.getBytes(StandardCharsets.UTF_8));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(sig.get("signature").asText())));

        // a changed payload does not verify
        rs256.initVerify(cert.getPublicKey());
        rs256.update((protectedB64 + ".").getBytes(StandardCharsets.US_ASCII));
        rs256.update(payload.replace("urn:credential:1018d05f", "urn:credential:1018d05e").getBytes(StandardCharsets.UTF_8));
        assertFalse(rs256.verify(Base64.getUrlDecoder().decode(sig.get("signature").asText())));

        Instant sigT = Instant.parse(header.get("sigT").asText());
        cert.checkValidity(Date.from(sigT));
        assertTrue(cert.getNotAfter().toInstant().isBefore(Instant.parse("2025-06-01T00:00:00Z")),
                "the leaf certificate has expired: only the (online) timestamp chain can vouch for it today");
        assertEquals(1, header.get("x5c").size(), "no intermediate or root certificate is embedded");
        // the payload is the credential: it is a JSON object with the credential's id
        assertEquals("urn:credential:1018d05f-21d5-4555-b7f0-8fabfd22ca75",
                JsonSupport.parseObject(payload.getBytes(StandardCharsets.UTF_8)).get("id").asText());
    }
}
