package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.Element;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the bug once listed as {@code KnownCodecBug.HUGE_EXPONENT_ACCEPTED} (fixed): {@code 1e999999999} as the ECTS value is read
 * into the model by xml and elmo (fixed in ob3; json and elm refuse |scale| &gt; 1000). The model then makes the xml and elmo
 * writers and the validator run out of memory ({@code BigDecimal.toPlainString}).
 */
class HugeDecimalExponentAcceptedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "ELM", "OB3", "XML", "ELMO"})
    void hugeExponentIsRefused(Format format) {
        for (String number : new String[] {"1e999999999", "1E-999999999"}) {
            MalformedDocumentException e = Regressions.assertRefused(format, Base.withNumber(format, number),
                    MalformedDocumentException.class, "exponent|scale|number");
            assertTrue(e.location().line() > 0, e::getMessage);
            assertEquals(Optional.of(Element.E07), e.element(), e::getMessage);
        }
    }
}
