package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Every markup construct (tag with attributes, comment, CDATA section, processing instruction) is bounded by
 * {@link ReadLimits#maxTextLength()} before the JDK's parser buffers it, in UTF-8 and UTF-16 alike; the
 * delimiters inside such constructs ({@code >} in attribute values, {@code --} and {@code ]]} not followed by
 * {@code >}) do not confuse the bound.
 */
class MarkupLengthTest {
    private static final XmlCodec CODEC = new XmlCodec().withLimits(new ReadLimits(100, 64, 1000));

    static List<Charset> charsets() {
        return List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16);
    }

    @ParameterizedTest
    @MethodSource("charsets")
    void test_constructsWithinTheLimit_areParsed(Charset cs) {
        String v = "é>".repeat(200); // 400 characters a construct: within the limit, but over it in bytes of UTF-16
        String doc = "<?xml version=\"1.0\"?>\n<a x=\"" + v + "\" y='" + v.substring(200) + "'><!-- " + v + " - -> --><![CDATA[ " + v
                + " ]] ]>]]><?pi " + v + " ? >?><b c=\"" + v + "\"/></a>";
        MalformedDocumentException e = read(doc, cs);
        // well-formed, but not a microcred root: the error is the root's, not a length
        assertTrue(e.getMessage().contains("root element"), e.getMessage());
        assertFalse(e.getMessage().contains("longer than"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("charsets")
    void test_constructsOverTheLimit_areRefusedWhereTheyAre(Charset cs) {
        String v = "v".repeat(1001);
        String root = "<credential xmlns=\"https://w3id.org/microcred/xml/v1\">";
        for (String doc : List.of("<a x=\"" + v + "\"/>", root + "<!--" + v + "--></credential>",
                root + "<![CDATA[" + v + "]]></credential>", root + "<?pi " + v + "?></credential>",
                "<a\n b=\"" + v + "\"/>")) {
            MalformedDocumentException e = read(doc, cs);
            assertTrue(e.getMessage().contains("longer than the limit of 1000 characters"), e.getMessage());
            assertTrue(e.location().line() > 0 && e.location().column() > 0, e.getMessage());
        }
    }

    private static MalformedDocumentException read(String doc, Charset cs) {
        byte[] bytes = doc.getBytes(cs); // UTF_16 writes a byte-order mark
        return assertThrows(MalformedDocumentException.class, () -> CODEC.read(new ByteArrayInputStream(bytes)));
    }
}
