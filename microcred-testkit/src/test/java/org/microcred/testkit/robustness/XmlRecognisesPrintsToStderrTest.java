package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;

/**
 * Regression test of a bug seen in the fuzzer's output: {@code recognises} of the xml and elmo codecs (so also
 * {@code Codecs.detect}) lets the JDK's XML parser print {@code [Fatal Error] :-1:-1: Invalid byte 2 of 2-byte
 * UTF-8 sequence.} to System.err for a head with invalid UTF-8. The fix on main (Utf8Guard) covers {@code read}
 * only. A library must not write to the process's stderr.
 */

class XmlRecognisesPrintsToStderrTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void invalidUtf8HeadIsNotRecognisedSilently(Format format) {
        byte[] head = {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'};
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        boolean recognised;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            recognised = Base.codec(format).recognises(head);
        } finally {
            System.setErr(err);
        }
        assertFalse(recognised);
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "written to System.err");
    }
}
