package org.microcred.xml.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/** DOM parsing without DTDs or external entities, and byte-exact serialization (no re-indentation). */
final class SecureXml {
    static final String ELMO_V1 = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    static final String ELMO_V2 = "https://github.com/emrex-eu/elmo-schemas/tree/v2";

    private SecureXml() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new MalformedDocumentException(Format.XML, CredentialFormatException.Location.of("",
                    Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())), null, null,
                    "not a well-formed (or an unsafe) XML document: " + e.getMessage(), e);
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new MalformedDocumentException(Format.XML, CredentialFormatException.Location.UNKNOWN, null, null,
                    "cannot read the XML document: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
        }
    }

    static byte[] serialize(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize the signed document", e);
        }
    }

    static Format formatOf(Document doc) {
        String ns = doc.getDocumentElement().getNamespaceURI();
        return ELMO_V1.equals(ns) || ELMO_V2.equals(ns) ? Format.ELMO : Format.XML;
    }
}
