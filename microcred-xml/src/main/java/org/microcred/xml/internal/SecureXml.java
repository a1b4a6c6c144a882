package org.microcred.xml.internal;

import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.xml.ReadLimits;

/**
 * StAX factories that are secure by default: no DTD, no external entity or DTD access, no entity expansion
 * beyond the JDK's smallest limits, attribute and depth limits from {@link ReadLimits}. The JDK's own StAX
 * implementation is used, never one found on the class path, so that these properties are known to hold.
 *
 * <p>A DOCTYPE is rejected by {@link XmlInput} at the DTD event, before any entity could be referenced; the
 * factory settings make sure that even then nothing is fetched.
 */
public final class SecureXml {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SecureXml() {
    }

    /**
     * Creates a reader factory. Factories are not documented as thread-safe for configuration, so each
     * codec read creates its own; creation is cheap.
     *
     * @param limits the limits, not null
     * @return the factory, not null
     */
    public static XMLInputFactory inputFactory(ReadLimits limits) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not resolved: " + systemId);
        });
        // Backstops behind XmlInput's own checks: the JDK refuses these before handing us an event.
        f.setProperty("jdk.xml.elementAttributeLimit", Integer.toString(limits.maxAttributes()));
        f.setProperty("jdk.xml.maxElementDepth", Integer.toString(limits.maxDepth() + 1));
        // No DTD means no entities beyond the predefined five; refuse parameter entities outright.
        f.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1");
        return f;
    }

    /**
     * Opens a reader over a stream.
     *
     * @param in the input, not null
     * @param format the format, for errors
     * @param limits the limits
     * @return the reader, not null
     * @throws CredentialFormatException if the stream cannot be opened as XML
     */
    public static XMLStreamReader open(InputStream in, Format format, ReadLimits limits) {
        try {
            return inputFactory(limits).createXMLStreamReader(Utf8Guard.wrap(in, limits.maxTextLength()));
        } catch (XMLStreamException e) {
            throw XmlInput.translate(format, "", e);
        } catch (java.io.IOException e) {
            throw new MalformedDocumentException(format, CredentialFormatException.Location.of("", 1, 1), null, null,
                    "cannot read the document: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a UTF-8 writer over a stream.
     *
     * @param out the output, not null
     * @param format the format, for errors
     * @return the writer, not null
     */
    public static XMLStreamWriter writer(OutputStream out, Format format) {
        try {
            // The JDK's UTF-8 writer emits byte by byte: buffer, or a pipe or socket crawls.
            // CharRefWriter turns XmlOutput's marked white space in attributes into character references
            return OUTPUT.createXMLStreamWriter(new CharRefWriter(new java.io.OutputStreamWriter(
                    new java.io.BufferedOutputStream(out, 1 << 14), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (XMLStreamException e) {
            throw new UnsupportedContentException(format, CredentialFormatException.Location.UNKNOWN, null, null,
                    "cannot open an XML writer", e);
        }
    }

    /**
     * Creates the exception for a limit or rule a document breaks.
     *
     * @param format the format
     * @param path the path
     * @param line the line
     * @param column the column
     * @param value the offending value, may be null
     * @param problem the problem
     * @return the exception, not null
     */
    static MalformedDocumentException refused(Format format, String path, long line, long column, String value,
            String problem) {
        return new MalformedDocumentException(format, CredentialFormatException.Location.of(path, line, column), null,
                value, problem, null);
    }
}
