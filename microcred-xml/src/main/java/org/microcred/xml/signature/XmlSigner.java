package org.microcred.xml.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.List;
import java.util.Optional;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.UnsupportedContentException;
import org.w3c.dom.Document;

/**
 * Signs an XML document (ELMO, microcred XML) with one enveloped XML-DSig signature appended to its document
 * element: {@code Reference URI=""} (the whole document), enveloped-signature + exclusive C14N, SHA-256.
 *
 * <pre>{@code
 * byte[] signed = XmlSigner.sign(elmoBytes, privateKey, certificate);   // RSA-SHA256 or ECDSA-SHA256
 * }</pre>
 *
 * @since 0.1
 */
public final class XmlSigner {
    private XmlSigner() {
    }

    /**
     * Signs with the public key itself in {@code KeyInfo/KeyValue}.
     *
     * @param xml the document, UTF-8 or as declared, not null
     * @param privateKey an RSA (at least 2048-bit) or EC key, not null
     * @param publicKey the matching public key, not null
     * @return the signed document; nothing else in it is changed or re-indented, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the input is not well-formed XML or has a DTD
     * @throws UnsupportedContentException if the document already carries a signature
     * @throws IllegalArgumentException if the key is not usable
     */
    public static byte[] sign(byte[] xml, PrivateKey privateKey, PublicKey publicKey) {
        return sign(xml, privateKey, Optional.of(publicKey), Optional.empty());
    }

    /**
     * Signs with the signer's certificate in {@code KeyInfo/X509Data}.
     *
     * @param xml the document, not null
     * @param privateKey an RSA (at least 2048-bit) or EC key, not null
     * @param certificate the certificate of the key, not null
     * @return the signed document, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the input is not well-formed XML or has a DTD
     * @throws UnsupportedContentException if the document already carries a signature
     * @throws IllegalArgumentException if the key is not usable
     */
    public static byte[] sign(byte[] xml, PrivateKey privateKey, X509Certificate certificate) {
        return sign(xml, privateKey, Optional.empty(), Optional.of(certificate));
    }

    private static byte[] sign(byte[] xml, PrivateKey key, Optional<PublicKey> publicKey,
            Optional<X509Certificate> certificate) {
        XmlSignatureAlgorithm alg = XmlSignatureAlgorithm.of(key);
        if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("RSA key of " + rsa.getModulus().bitLength() + " bits is too weak (minimum 2048)");
        }
        Document doc = SecureXml.parse(xml);
        if (doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength() > 0) {
            throw new UnsupportedContentException(SecureXml.formatOf(doc),
                    CredentialFormatException.Location.of("/" + doc.getDocumentElement().getLocalName() + "/Signature", 0, 0),
                    null, null, "the document is already signed; microcred writes exactly one signature", null);
        }
        try {
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            Reference ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo si = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(alg.uri(), null), List.of(ref));
            KeyInfoFactory kif = fac.getKeyInfoFactory();
            KeyInfo ki = certificate.isPresent()
                    ? kif.newKeyInfo(List.of(kif.newX509Data(List.of(certificate.get()))))
                    : kif.newKeyInfo(List.of(kif.newKeyValue(publicKey.orElseThrow())));
            DOMSignContext ctx = new DOMSignContext(key, doc.getDocumentElement());
            ctx.setDefaultNamespacePrefix("ds");
            fac.newXMLSignature(si, ki).sign(ctx);
            return SecureXml.serialize(doc);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalArgumentException("XML signing failed: " + e.getMessage(), e);
        }
    }
}
