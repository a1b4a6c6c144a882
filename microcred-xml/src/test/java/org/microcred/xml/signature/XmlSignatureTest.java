package org.microcred.xml.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.VerificationResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlSignatureTest {
    private static final KeyPair RSA = generate("RSA");
    private static final KeyPair EC = generate("EC");
    private static final KeyPair OTHER = generate("EC");
    private static final byte[] UNSIGNED = resource("elmo-unsigned.xml");

    static KeyPair generate(String alg) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(alg);
            if (alg.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = XmlSignatureTest.class.getResourceAsStream("/signature/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XmlVerificationOptions trusting(KeyPair k) {
        return XmlVerificationOptions.defaults().withTrustedKey(k.getPublic());
    }

    private static String failure(VerificationResult r, CheckKind kind) {
        return r.failures().stream().filter(f -> f.contains(kind.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " failure in\n" + r));
    }

    enum Alg { RSA_SHA256, ECDSA_SHA256 }

    @ParameterizedTest
    @EnumSource(Alg.class)
    void signThenVerify(Alg alg) {
        KeyPair k = alg == Alg.RSA_SHA256 ? RSA : EC;
        byte[] signed = XmlSigner.sign(UNSIGNED, k.getPrivate(), k.getPublic());
        String text = new String(signed, StandardCharsets.UTF_8);
        assertTrue(text.contains(XmlSignatureAlgorithm.valueOf(alg.name()).uri()));
        assertTrue(text.contains("<familyName>Meikäläinen</familyName>"), "content kept unchanged");
        VerificationResult r = XmlSignatureVerifier.verify(signed, trusting(k));
        assertTrue(r.isVerified(), r::toString);
        assertEquals("ds:Signature", r.proofs().get(0).label());
    }

    @Test
    void tamperedTextFailsIntegrity() {
        byte[] signed = XmlSigner.sign(UNSIGNED, EC.getPrivate(), EC.getPublic());
        byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("<value>5</value>", "<value>50</value>")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(failure(XmlSignatureVerifier.verify(tampered, trusting(EC)), CheckKind.INTEGRITY).contains("digest does not match"));
    }

    @Test
    void untrustedOrMissingTrustFailsKeyBinding() {
        byte[] signed = XmlSigner.sign(UNSIGNED, EC.getPrivate(), EC.getPublic());
        VerificationResult none = XmlSignatureVerifier.verify(signed, XmlVerificationOptions.defaults());
        assertTrue(failure(none, CheckKind.KEY_BINDING).contains("no trusted key"));
        assertTrue(none.proofs().get(0).checks().stream().anyMatch(c -> c.kind() == CheckKind.INTEGRITY && !c.isFailed()));
        assertTrue(failure(XmlSignatureVerifier.verify(signed, trusting(OTHER)), CheckKind.KEY_BINDING).contains("not a trusted key"));
        // a signature by another key, with the trusted key's KeyValue swapped in, fails integrity
        byte[] byOther = XmlSigner.sign(UNSIGNED, OTHER.getPrivate(), EC.getPublic());
        assertTrue(failure(XmlSignatureVerifier.verify(byOther, trusting(EC)), CheckKind.INTEGRITY).contains("SignatureValue"));
    }

    @Test
    void signatureWrappingIsRefused() throws Exception {
        byte[] signed = XmlSigner.sign(UNSIGNED, EC.getPrivate(), EC.getPublic());
        // a second signature (copy) inside the report
        Document twice = SecureXml.parse(signed);
        Node sig = twice.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
        Element report = (Element) twice.getElementsByTagNameNS(SecureXml.ELMO_V1, "report").item(0);
        report.appendChild(sig.cloneNode(true));
        assertTrue(failure(XmlSignatureVerifier.verify(SecureXml.serialize(twice), trusting(EC)), CheckKind.COVERAGE)
                .contains("2 ds:Signature elements"));
        // the signature moved below the root
        Document moved = SecureXml.parse(signed);
        Node s = moved.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
        moved.getElementsByTagNameNS(SecureXml.ELMO_V1, "report").item(0).appendChild(s);
        assertTrue(failure(XmlSignatureVerifier.verify(SecureXml.serialize(moved), trusting(EC)), CheckKind.COVERAGE)
                .contains("not a child of the document element"));
        // a reference to part of the document only
        String text = new String(signed, StandardCharsets.UTF_8);
        byte[] partial = text.replace("URI=\"\"", "URI=\"#report\"").getBytes(StandardCharsets.UTF_8);
        assertTrue(failure(XmlSignatureVerifier.verify(partial, trusting(EC)), CheckKind.COVERAGE).contains("#report"));
        byte[] xslt = text.replace("<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
                "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"/>").getBytes(StandardCharsets.UTF_8);
        assertTrue(failure(XmlSignatureVerifier.verify(xslt, trusting(EC)), CheckKind.COVERAGE).contains("xslt"));
    }

    @Test
    void sha1IsRefusedUnlessTheCallerOptsIn() throws Exception {
        byte[] sha1 = signSha1(UNSIGNED, RSA);
        VerificationResult refused = XmlSignatureVerifier.verify(sha1, trusting(RSA));
        assertTrue(failure(refused, CheckKind.ALGORITHM).contains("SHA-1 signatures are refused"));
        VerificationResult allowed = XmlSignatureVerifier.verify(sha1, trusting(RSA).withSha1Allowed(true));
        assertTrue(allowed.isVerified(), allowed::toString);
    }

    @Test
    void emrexNorwaySampleIsSha1AndWasChangedAfterSigning() {
        byte[] sample = resource("emrex-gateway_sampleElmo_NO-test_decoded.xml");
        VerificationResult refused = XmlSignatureVerifier.verify(sample, XmlVerificationOptions.defaults());
        assertTrue(failure(refused, CheckKind.ALGORITHM).contains("rsa-sha1"));
        // with SHA-1 allowed the certificate's key is used, but the document was re-indented after signing
        VerificationResult opted = XmlSignatureVerifier.verify(sample,
                XmlVerificationOptions.defaults().withSha1Allowed(true).withNow(Instant.parse("2023-02-21T12:00:00Z")));
        assertTrue(failure(opted, CheckKind.INTEGRITY).contains("digest does not match"), opted::toString);
        assertTrue(opted.proofs().get(0).checks().stream().anyMatch(c -> c.kind() == CheckKind.KEY_RESOLUTION
                && c.message().contains("emrex-test.vitnemalsportalen.no")), opted::toString);
        assertFalse(opted.isVerified());
    }

    @Test
    void ewpSampleSignatureIsNotEnvelopedAtTheRoot() {
        VerificationResult r = XmlSignatureVerifier.verify(resource("ewp-imobility-tors_v2.0.0_get-response-example.xml"),
                XmlVerificationOptions.defaults().withSha1Allowed(true));
        assertTrue(failure(r, CheckKind.COVERAGE).contains("not a child of the document element"));
    }

    @Test
    void badInputIsRefusedClearly() {
        assertTrue(failure(XmlSignatureVerifier.verify(UNSIGNED, XmlVerificationOptions.defaults()), CheckKind.PROOF_PRESENT)
                .contains("no ds:Signature"));
        byte[] dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(MalformedDocumentException.class, () -> XmlSignatureVerifier.verify(dtd, XmlVerificationOptions.defaults()));
        assertThrows(MalformedDocumentException.class, () -> XmlSigner.sign("<a>".getBytes(StandardCharsets.UTF_8), EC.getPrivate(), EC.getPublic()));
        byte[] signed = XmlSigner.sign(UNSIGNED, EC.getPrivate(), EC.getPublic());
        assertThrows(UnsupportedContentException.class, () -> XmlSigner.sign(signed, EC.getPrivate(), EC.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> XmlSigner.sign(UNSIGNED, generate("Ed25519").getPrivate(), EC.getPublic()));
    }

    /** What some SIS still produce: rsa-sha1, sha1 digest, inclusive C14N. */
    private static byte[] signSha1(byte[] xml, KeyPair k) throws Exception {
        Document doc = SecureXml.parse(xml);
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        var ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA1, null),
                List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
        var si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                fac.newSignatureMethod(SignatureMethod.RSA_SHA1, null), List.of(ref));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        fac.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newKeyValue(k.getPublic()))))
                .sign(new DOMSignContext(k.getPrivate(), doc.getDocumentElement()));
        return SecureXml.serialize(doc);
    }
}
