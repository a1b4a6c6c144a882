package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression: invalid UTF-8 is a {@link MalformedDocumentException} naming the byte, and the JDK's parser
 * prints nothing to {@code System.err} (it used to print {@code [Fatal Error] ...} before the exception).
 */
class InvalidUtf8Test {

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void test_invalidUtf8_failsQuietly(Format format) {
        byte[][] inputs = {
            bytes("<?xml version=\"1.0\"?><elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">", 0xC3, 0x28, "</elmo>"),
            bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><x>", 0xED, 0xA0, 0x80, "</x></credential>"),
            bytes("<a>", 0xFF, "</a>"),
        };
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (byte[] input : inputs) {
                MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                        () -> Codecs.of(format).read(new ByteArrayInputStream(input)));
                assertTrue(e.getMessage().contains("invalid UTF-8: byte 0x"), e.getMessage());
                assertEquals(format, e.format());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void test_cutInsideSequence_failsQuietly(Format format) {
        // found by the fuzzer: a document truncated after the lead byte of a two-byte sequence
        byte[] input = bytes("<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><x>caf", 0xC3);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        MalformedDocumentException e;
        try {
            e = assertThrows(MalformedDocumentException.class, () -> Codecs.of(format).read(new ByteArrayInputStream(input)));
        } finally {
            System.setErr(original);
        }
        assertTrue(e.getMessage().contains("invalid UTF-8: the document ends inside a multi-byte sequence, at byte offset "
                + input.length), e.getMessage());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void test_latin1Declared_isNotCheckedAsUtf8(Format format) {
        byte[] input = bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>", 0xE9, "</a>");
        // well-formed Latin-1, but not this codec's root element: the error is about the content, not the bytes
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> Codecs.of(format).read(new ByteArrayInputStream(input)));
        assertTrue(!e.getMessage().contains("UTF-8"), e.getMessage());
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }
}
