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

    /**
     * Found by the long fuzzing run: an encoding declaration microcred does not take for UTF-8 ("UTF", "F-8")
     * left the declaration unchecked, but the parser decodes the declaration itself as UTF-8 and printed its
     * error. Every variant must be refused (or read) without a word on stderr.
     */
    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void test_oddEncodingDeclarations_failQuietly(Format format) {
        String root = "<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><x>";
        byte[][] inputs = {
            bytes("<?xml version=\"1.0\" encoding=\"UTF\"", 0xF1, 0xF0, "x-8\"?>", root),
            bytes("<?xml version=\"1", 0xE6, 0x76, 0xDE, 0x8F, "\" encoding=\"UT-8\"?>", root),
            bytes("<?xml versi", 0xEF, "n=\"1.0\" encoding=\"F-8\"?>", root),
            bytes("<?xml version=\"1.0\" encoding=\"F-8\"?>", root),
            bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ", 0xC3, "?>", root),
            bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", root),
            bytes("<?xml version=\"1.0\" encoding=\"Cp1252\"?>", root, 0x80),
            bytes("<?xml version=\"1.0\" encoding=\"x-UTF-16LE-BOM\"?>", root),
        };
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (byte[] input : inputs) {
                MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                        () -> Codecs.of(format).read(new ByteArrayInputStream(input)));
                assertEquals(format, e.format());
                assertEquals("", captured.toString(StandardCharsets.UTF_8),
                        () -> "stderr after " + new String(input, StandardCharsets.ISO_8859_1));
            }
        } finally {
            System.setErr(original);
        }
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
