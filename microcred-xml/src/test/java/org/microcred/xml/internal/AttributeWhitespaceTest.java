package org.microcred.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.xml.ReadLimits;

/**
 * Tab, line feed and carriage return in attribute values and namespace names are written as character
 * references, so that a reader's attribute-value normalisation gives them back rather than spaces.
 */
class AttributeWhitespaceTest {
    private static final String VALUE = "a\tb\r\nc\rd\ne  f";
    private static final String NS = "urn:x\r\n  y";

    @Test
    void test_whitespaceInAttributesAndNamespaces_readsBackUnchanged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOutput out = new XmlOutput(SecureXml.writer(bytes, Format.XML), Format.XML, Namespaces.XML);
        out.startDocument();
        out.start(Namespaces.XML, "root");
        out.attribute("", "plain", VALUE);
        out.attribute(NS, "foreign", VALUE);
        out.start(NS, "child");
        out.end();
        out.end();
        out.endDocument();
        out.flush();

        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(bytes.toByteArray()), Format.XML,
                ReadLimits.defaults());
        r.nextTag();
        assertEquals(VALUE, r.getAttributeValue("", "plain"));
        assertEquals(VALUE, r.getAttributeValue(NS, "foreign"));
        r.nextTag();
        assertEquals(NS, r.getNamespaceURI());
        assertEquals("child", r.getLocalName());
    }

    @Test
    void test_markCharacterInAttribute_isRefused() {
        XmlOutput out = new XmlOutput(SecureXml.writer(new ByteArrayOutputStream(), Format.XML), Format.XML,
                Namespaces.XML);
        out.start(Namespaces.XML, "root");
        assertThrows(UnsupportedContentException.class, () -> out.attribute("", "a", "x" + CharRefWriter.MARK + "\n"));
    }
}
