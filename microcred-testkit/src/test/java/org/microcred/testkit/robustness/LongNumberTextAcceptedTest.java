package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.Element;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the bug once listed as {@code KnownCodecBug.LONG_NUMBER_TEXT_ACCEPTED} (fixed): numbers written as text have no length
 * limit. xml ({@code <ects>}) and elmo ({@code <credit><value>}) (and elm, the string {@code "point"}, now fixed) read a
 * 5,000-digit ECTS value into the model, where the JSON number reader refuses more than 100 characters.
 */
class LongNumberTextAcceptedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "ELM", "OB3", "XML", "ELMO"})
    void fiveThousandDigitsAreRefused(Format format) {
        MalformedDocumentException e = Regressions.assertRefused(format, Base.withNumber(format, "9".repeat(5_000)), MalformedDocumentException.class,
                "number|digit|length|limit");
        assertEquals(Optional.of(Element.E07), e.element(), e::getMessage);
    }
}
