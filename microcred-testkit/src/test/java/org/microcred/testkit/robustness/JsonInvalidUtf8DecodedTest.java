package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug JSON_INVALID_UTF8_DECODED: Jackson's UTF-8 decoder, as json, elm and ob3
 * use it, decodes ill-formed UTF-8 (RFC 3629 section 3) instead of refusing it: the overlong C0 AF becomes '/'
 * (the classic path-traversal disguise), ED A0 80 becomes the lone surrogate U+D800, F4 90 80 80 a code point
 * above U+10FFFF.
 */
class JsonInvalidUtf8DecodedTest {
    static Stream<Arguments> cases() {
        byte[][] sequences = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        return Stream.of(Format.JSON, Format.ELM, Format.OB3).flatMap(f -> Stream.of(sequences).map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void illFormedUtf8IsRefused(Format format, byte[] sequence) {
        MalformedDocumentException e = Regressions.assertRefused(format, Base.replaceMark(Base.document(format), sequence),
                MalformedDocumentException.class, "UTF-8");
        assertTrue(e.location().line() > 0, e::getMessage);
    }
}
