package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug {@code XML_HUGE_MARKUP_BUFFERED}: xml and elmo have no document size limit,
 * and the JDK's StAX parser buffers a whole attribute value, comment, CDATA section or processing instruction
 * before the codec sees it (com.sun.org.apache.xerces.internal.xni.XMLString.append). 100 MB of it in a 512 MB
 * heap either runs out of memory (attribute: XMLScanner.scanAttributeValue; comment: XMLScanner.scanComment) or
 * is read after seconds of work; the text limit (16 Mi characters) only applies to character data.
 */

class XmlHugeMarkupBufferedTest {
    static Stream<Arguments> cases() {
        return Stream.of(Format.XML, Format.ELMO).flatMap(f -> Stream.of(
                Arguments.of(f, " a=\"", "\""), Arguments.of(f, "><!--", "--"), Arguments.of(f, "><![CDATA[", "]]"),
                Arguments.of(f, "><?pi ", "?")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hundredMegabytesAreRefused(Format format, String open, String close) {
        CredentialCodec codec = Base.codec(format);
        String doc = Base.text(format);
        int at = doc.indexOf(Base.MARK) - 1;
        InputStream in = HugeInput.of(doc.substring(0, at) + open, (byte) 'v', 100_000_000L, close + ">" + doc.substring(at + 1));
        try (Guard guard = new Guard()) {
            Guard.Outcome<CredentialCodec.ReadResult> o = guard.run(() -> codec.read(in), Duration.ofSeconds(60));
            assertFalse(o.returned() || o.timedOut(), () -> "100 MB of markup was read: " + o);
            assertSame(MalformedDocumentException.class, o.thrown().getClass(), () -> "refused as malformed: " + o.thrown());
        }
    }
}
