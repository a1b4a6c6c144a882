package org.microcred.testkit.robustness;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug JSON_LONE_SURROGATE_ACCEPTED: json, elm and ob3 read the escape
 * {@code "\ud800"} (a lone surrogate, not a Unicode scalar value) into the model; the xml and elmo writers then
 * refuse the credential ("character U+D800 cannot be written in XML 1.0"), far from the cause.
 */
class JsonLoneSurrogateAcceptedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "ELM", "OB3"})
    void loneSurrogateIsRefused(Format format) {
        Regressions.assertRefused(format, Base.replaceMark(Base.document(format), "\\ud800".getBytes(StandardCharsets.UTF_8)),
                MalformedDocumentException.class, "surrogate");
    }
}
