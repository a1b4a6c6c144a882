package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of a bug found by the strict fuzzing run (in {@code src/test/resources/robustness/regressions/}):
 * a result whose {@code resultDescription} link is not a string (a number, nested arrays) keeps that value as an
 * extension (S08), which the writer then writes over its own link to the grade's ResultDescription; read back,
 * that ResultDescription was no longer recognised as the writer's and came back as a new extension.
 */
class Ob3ResultLinkReplacedTest {
    @Test
    void linkReplacedByNestedArrays() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-result-link-nested-arrays.json"));
    }

    @Test
    void linkReplacedByNumber() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-result-link-number.json"));
    }
}
