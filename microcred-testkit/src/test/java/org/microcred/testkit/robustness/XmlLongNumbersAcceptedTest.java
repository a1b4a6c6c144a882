package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of {@link KnownCodecBug#XML_LONG_NUMBERS_ACCEPTED}: xml and elmo read a 5,000-digit ECTS value;
 * the JSON codecs refuse numbers longer than 100 characters as a broken reading limit.
 */
@Disabled("codec bug: xml and elmo read 5,000-digit numbers (the JSON codecs stop at 100 characters) — see report")
class XmlLongNumbersAcceptedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void fiveThousandDigitsAreRefused(Format format) {
        Regressions.assertRefused(format, Base.withNumber(format, "9".repeat(5_000)), MalformedDocumentException.class,
                "number|digit|length|limit");
    }
}
