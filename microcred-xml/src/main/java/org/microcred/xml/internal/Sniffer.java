package org.microcred.xml.internal;

import java.io.ByteArrayInputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.microcred.xml.ReadLimits;

/**
 * Finds the root element of the head of a document, for format detection.
 */
public final class Sniffer {
    private Sniffer() {
    }

    /**
     * Gets the name of the root element in the first bytes of a document.
     *
     * @param head the first bytes, not null
     * @return the name, or null if none can be found (not XML, a DOCTYPE, or cut before the root)
     */
    public static QName root(byte[] head) {
        try {
            // guarded like every read: on invalid UTF-8 the JDK's scanner would print "[Fatal Error]" to System.err
            ReadLimits limits = ReadLimits.defaults();
            XMLStreamReader r = SecureXml.inputFactory(limits)
                    .createXMLStreamReader(Utf8Guard.wrap(new ByteArrayInputStream(head), limits.maxTextLength()));
            try {
                while (r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        return r.getName();
                    }
                    if (e == XMLStreamConstants.DTD) {
                        return null;
                    }
                }
            } finally {
                r.close();
            }
        } catch (Exception e) {
            // not XML, or cut short before the root element: not ours
        }
        return null;
    }
}
