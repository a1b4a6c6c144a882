package org.microcred.xml.signature;

import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyValue;
import javax.xml.crypto.dsig.keyinfo.X509Data;

import org.microcred.core.verification.Check;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.ProofReport;
import org.microcred.core.verification.VerificationResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Verifies the enveloped XML-DSig signature of an ELMO or microcred XML document.
 *
 * <p>Accepted shape, anything else fails closed: exactly one {@code ds:Signature} in the whole document, a
 * child of the document element; exactly one {@code Reference}, with {@code URI=""} (the whole document) and
 * only the enveloped-signature and C14N transforms; RSA or ECDSA with SHA-256/384/512 (SHA-1 only with
 * {@link XmlVerificationOptions#withSha1Allowed(boolean)}). The JDK's secure validation stays on unless the
 * caller allowed SHA-1 and the signature uses it; the checks above are made in either case. The signer key
 * comes from {@code KeyInfo} (certificate or key value) and must be one of the caller's trusted keys.
 *
 * @since 0.1
 */
public final class XmlSignatureVerifier {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String MORE = "http://www.w3.org/2001/04/xmldsig-more#";
    private static final Set<String> SIGNATURE_METHODS = Set.of(MORE + "rsa-sha256", MORE + "rsa-sha384",
            MORE + "rsa-sha512", MORE + "ecdsa-sha256", MORE + "ecdsa-sha384", MORE + "ecdsa-sha512");
    private static final Set<String> SHA1_SIGNATURE_METHODS = Set.of(DSIG + "rsa-sha1", MORE + "ecdsa-sha1");
    private static final Set<String> DIGESTS = Set.of("http://www.w3.org/2001/04/xmlenc#sha256",
            MORE + "sha384", "http://www.w3.org/2001/04/xmlenc#sha512");
    private static final String SHA1_DIGEST = DSIG + "sha1";
    private static final Set<String> C14N = Set.of("http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments", "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/2001/10/xml-exc-c14n#WithComments", "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments");
    private static final String ENVELOPED = DSIG + "enveloped-signature";

    private XmlSignatureVerifier() {
    }

    /**
     * Verifies a signed XML document.
     *
     * @param xml the document, not null
     * @param options trusted keys, SHA-1 opt-in and time, not null
     * @return the result with one report for the signature, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the input is not well-formed XML or has a DTD
     */
    public static VerificationResult verify(byte[] xml, XmlVerificationOptions options) {
        Document doc = SecureXml.parse(xml);
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            return VerificationResult.of(Check.failed(CheckKind.PROOF_PRESENT, "the document has no ds:Signature"));
        }
        Element sig = (Element) signatures.item(0);
        List<Check> checks = new ArrayList<>();
        String sigMethod = attribute(child(child(sig, "SignedInfo"), "SignatureMethod"), "Algorithm");
        String mechanism = "xmldsig " + sigMethod.substring(sigMethod.lastIndexOf('#') + 1);
        // coverage: one signature, enveloped at the top, one reference to the whole document
        String coverage = coverageProblem(doc, signatures, sig);
        if (coverage != null) {
            checks.add(Check.failed(CheckKind.COVERAGE, coverage));
            return new VerificationResult(List.of(new ProofReport("ds:Signature", mechanism, checks)),
                    List.of(Check.passed(CheckKind.PROOF_PRESENT, signatures.getLength() + " signature(s)")));
        }
        checks.add(Check.passed(CheckKind.COVERAGE, "one enveloped signature over the whole document (Reference URI=\"\")"));
        // algorithms
        Element ref = child(child(sig, "SignedInfo"), "Reference");
        String digest = attribute(child(ref, "DigestMethod"), "Algorithm");
        String c14n = attribute(child(child(sig, "SignedInfo"), "CanonicalizationMethod"), "Algorithm");
        boolean usesSha1 = SHA1_SIGNATURE_METHODS.contains(sigMethod) || SHA1_DIGEST.equals(digest);
        String algProblem = null;
        if (!SIGNATURE_METHODS.contains(sigMethod) && !SHA1_SIGNATURE_METHODS.contains(sigMethod)) {
            algProblem = "signature method " + sigMethod + " is not allowed (RSA or ECDSA with SHA-2)";
        } else if (!DIGESTS.contains(digest) && !SHA1_DIGEST.equals(digest)) {
            algProblem = "digest method " + digest + " is not allowed (SHA-256/384/512)";
        } else if (!C14N.contains(c14n)) {
            algProblem = "canonicalization method " + c14n + " is not allowed";
        } else if (usesSha1 && !options.sha1Allowed()) {
            algProblem = "SHA-1 signatures are refused (" + sigMethod + ", " + digest
                    + "); accept them only by explicit opt-in: XmlVerificationOptions.withSha1Allowed(true)";
        }
        if (algProblem != null) {
            checks.add(Check.failed(CheckKind.ALGORITHM, algProblem));
            checks.add(Check.skipped(CheckKind.KEY_RESOLUTION, "not checked: refused algorithm"));
            checks.add(Check.skipped(CheckKind.INTEGRITY, "not checked: refused algorithm"));
            checks.add(Check.skipped(CheckKind.KEY_BINDING, "not checked: refused algorithm"));
            return result(mechanism, checks);
        }
        checks.add(Check.passed(CheckKind.ALGORITHM, sigMethod + ", " + digest + (usesSha1 ? " (SHA-1 allowed by the caller)" : "")));
        // key and integrity
        Selector selector = new Selector(options.trustedKeys());
        DOMValidateContext ctx = new DOMValidateContext(selector, sig);
        ctx.setProperty("org.jcp.xml.dsig.secureValidation", !usesSha1);
        XMLSignature signature;
        try {
            signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx);
        } catch (MarshalException e) {
            checks.add(Check.failed(CheckKind.PROOF_FORMAT, "malformed ds:Signature: " + e.getMessage()));
            return result(mechanism, checks);
        }
        boolean valid;
        try {
            valid = signature.validate(ctx);
        } catch (XMLSignatureException e) {
            String why = e.getCause() instanceof KeySelectorException kse ? kse.getMessage() : e.getMessage();
            checks.add(Check.failed(CheckKind.KEY_RESOLUTION, why));
            checks.add(Check.skipped(CheckKind.INTEGRITY, "not checked: no usable key"));
            checks.add(Check.skipped(CheckKind.KEY_BINDING, "not checked: no usable key"));
            return result(mechanism, checks);
        }
        checks.add(Check.passed(CheckKind.KEY_RESOLUTION, selector.source));
        if (valid) {
            checks.add(Check.passed(CheckKind.INTEGRITY, "signature and reference digest are valid"));
        } else {
            checks.add(Check.failed(CheckKind.INTEGRITY, integrityProblem(signature, ctx)));
        }
        // binding: the key must be trusted by the caller
        PublicKey used = selector.selected;
        boolean trusted = options.trustedKeys().stream().anyMatch(k -> Arrays.equals(k.getEncoded(), used.getEncoded()));
        checks.add(trusted ? Check.passed(CheckKind.KEY_BINDING, "the signing key is one of the trusted keys")
                : Check.failed(CheckKind.KEY_BINDING, options.trustedKeys().isEmpty()
                        ? "no trusted key was supplied: the signature is intact but the signer is not authenticated"
                        : "the signing key" + (selector.certificate == null ? "" : " of "
                                + selector.certificate.getSubjectX500Principal().getName()) + " is not a trusted key"));
        if (selector.certificate != null) {
            try {
                selector.certificate.checkValidity(Date.from(options.now()));
                checks.add(Check.passed(CheckKind.VALID_UNTIL, "signing certificate valid until "
                        + selector.certificate.getNotAfter().toInstant()));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                checks.add(Check.failed(CheckKind.VALID_UNTIL, "signing certificate not valid at " + options.now()
                        + " (valid " + selector.certificate.getNotBefore().toInstant() + " to "
                        + selector.certificate.getNotAfter().toInstant() + ")"));
            }
        }
        return result(mechanism, checks);
    }

    private static VerificationResult result(String mechanism, List<Check> checks) {
        List<Check> all = new ArrayList<>(checks);
        all.add(Check.skipped(CheckKind.PROOF_PURPOSE, "XML-DSig has no proof purpose"));
        all.add(Check.skipped(CheckKind.CREATED, "XML-DSig carries no signing time"));
        return new VerificationResult(List.of(new ProofReport("ds:Signature", mechanism, all)),
                List.of(Check.passed(CheckKind.PROOF_PRESENT, "one ds:Signature")));
    }

    private static String coverageProblem(Document doc, NodeList signatures, Element sig) {
        if (signatures.getLength() > 1) {
            return signatures.getLength() + " ds:Signature elements: only one enveloped signature is accepted "
                    + "(signature wrapping)";
        }
        if (sig.getParentNode() != doc.getDocumentElement()) {
            return "the ds:Signature is not a child of the document element <" + doc.getDocumentElement().getNodeName()
                    + "> but of <" + sig.getParentNode().getNodeName() + ">";
        }
        Element signedInfo = child(sig, "SignedInfo");
        if (signedInfo == null) {
            return "the ds:Signature has no SignedInfo";
        }
        List<Element> refs = children(signedInfo, "Reference");
        if (refs.size() != 1) {
            return refs.size() + " References: exactly one, to the whole document, is accepted";
        }
        Element ref = refs.get(0);
        if (!ref.hasAttribute("URI") || !ref.getAttribute("URI").isEmpty()) {
            return "the Reference URI is " + (ref.hasAttribute("URI") ? "\"" + ref.getAttribute("URI") + "\"" : "absent")
                    + ", not \"\" (the whole document)";
        }
        Element transforms = child(ref, "Transforms");
        List<Element> ts = transforms == null ? List.of() : children(transforms, "Transform");
        boolean enveloped = false;
        for (Element t : ts) {
            String alg = t.getAttribute("Algorithm");
            if (ENVELOPED.equals(alg)) {
                enveloped = true;
            } else if (!C14N.contains(alg)) {
                return "transform " + alg + " is not allowed (only enveloped-signature and C14N)";
            }
        }
        if (!enveloped) {
            return "the Reference lacks the enveloped-signature transform";
        }
        if (children(sig, "Object").size() > 0) {
            return "ds:Object elements are not accepted in the signature";
        }
        return null;
    }

    private static String integrityProblem(XMLSignature signature, DOMValidateContext ctx) {
        try {
            for (Object r : signature.getSignedInfo().getReferences()) {
                if (!((Reference) r).validate(ctx)) {
                    return "the reference digest does not match: the document changed after it was signed";
                }
            }
            return signature.getSignatureValue().validate(ctx) ? "signature invalid"
                    : "the SignatureValue does not match SignedInfo: another key signed, or SignedInfo was changed";
        } catch (XMLSignatureException e) {
            return "signature invalid: " + e.getMessage();
        }
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XMLSignature.XMLNS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String attribute(Element e, String name) {
        return e == null ? "(missing)" : e.getAttribute(name);
    }

    /** Picks the key from KeyInfo (certificate or key value), or the one trusted key when KeyInfo is absent. */
    private static final class Selector extends KeySelector {
        private final List<PublicKey> trusted;
        PublicKey selected;
        X509Certificate certificate;
        String source = "";

        Selector(List<PublicKey> trusted) {
            this.trusted = trusted;
        }

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            PublicKey key = null;
            if (keyInfo != null) {
                for (Object o : keyInfo.getContent()) {
                    if (o instanceof X509Data data) {
                        for (Object c : data.getContent()) {
                            if (c instanceof X509Certificate cert && key == null) {
                                certificate = cert;
                                key = cert.getPublicKey();
                                source = "key of certificate " + cert.getSubjectX500Principal().getName();
                            }
                        }
                    } else if (o instanceof KeyValue kv && key == null) {
                        try {
                            key = kv.getPublicKey();
                            source = "KeyValue " + key.getAlgorithm() + " key";
                        } catch (java.security.KeyException e) {
                            throw new KeySelectorException("unreadable KeyValue: " + e.getMessage(), e);
                        }
                    }
                }
            }
            if (key == null && trusted.size() == 1) {
                key = trusted.get(0);
                source = "the one trusted key (the signature has no usable KeyInfo)";
            }
            if (key == null) {
                throw new KeySelectorException("the signature has no usable KeyInfo (X509Data or KeyValue)");
            }
            if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
                throw new KeySelectorException("RSA key of " + rsa.getModulus().bitLength() + " bits is too weak (minimum 2048)");
            }
            selected = key;
            Key chosen = key;
            return () -> chosen;
        }
    }
}
