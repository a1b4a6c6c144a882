package org.microcred.testkit.robustness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of {@link KnownCodecBug#LONG_NUMBER_TEXT_ACCEPTED}: numbers written as text have no length
 * limit. xml ({@code <ects>}), elmo ({@code <credit><value>}) and elm (the string {@code "point"}) read a
 * 5,000-digit ECTS value into the model, where the JSON number reader refuses more than 100 characters.
 */
class LongNumberTextAcceptedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"XML", "ELMO", "ELM"})
    void fiveThousandDigitsAreRefused(Format format) {
        KnownCodecBug.LONG_NUMBER_TEXT_ACCEPTED.skipIfAffects(format); // formats not fixed yet
        Regressions.assertRefused(format, Base.withNumber(format, "9".repeat(5_000)), MalformedDocumentException.class,
                "number|digit|length|limit");
    }
}
