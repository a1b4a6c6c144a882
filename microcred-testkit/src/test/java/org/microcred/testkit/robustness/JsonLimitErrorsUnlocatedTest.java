package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of a bug found by the hostile-input suite and since fixed on the json branch: when a JSON
 * document broke a reading limit (nesting depth, number length, string length, document length) the exception had
 * neither line:column nor path (Jackson's StreamConstraintsException carries no location), although the parser
 * knew where it was.
 */
class JsonLimitErrorsUnlocatedTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "OB3"})
    void deepNestingIsLocated(Format format) {
        String[] parts = Base.split(format, "\"" + Base.MARK + "\"");
        byte[] doc = (parts[0] + "[".repeat(200) + "]".repeat(200) + parts[1]).getBytes(StandardCharsets.UTF_8);
        MalformedDocumentException e = Regressions.assertRefused(format, doc, MalformedDocumentException.class, "depth");
        assertTrue(e.location().line() > 0 && e.location().column() > 0, e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"JSON", "OB3"})
    void longNumberIsLocated(Format format) {
        MalformedDocumentException e = Regressions.assertRefused(format, Base.withNumber(format, "9".repeat(200)),
                MalformedDocumentException.class, "number");
        assertTrue(e.location().line() > 0 && e.location().column() > 0, e::getMessage);
    }
}
