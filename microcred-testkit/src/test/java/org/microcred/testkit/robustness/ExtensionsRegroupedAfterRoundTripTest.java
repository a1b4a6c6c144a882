package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of the bug once listed as {@code KnownCodecBug.EXTENSIONS_REGROUPED} (fixed), with inputs found by the long fuzzing run (in
 * {@code src/test/resources/robustness/regressions/}): a credential read from the document, written without loss
 * and read back, has its extensions (S08) grouped or ordered differently (ob3: after a member of
 * {@code credentialSubject.result[0]} was renamed, {@code /specification/resultDescription} moves; elmo: after a
 * namespace of the Norwegian EMREX sample was changed, its {@code Signature} became a foreign element of
 * {@code <elmo>}, which the writer dropped), although the documents written from either are the same.
 */
class ExtensionsRegroupedAfterRoundTripTest {
    @Test
    void ob3() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-extensions-regrouped.json"));
    }

    /**
     * The ResultDescription linked from the result lost its name ({@code "néame"}): with a minted id it gives the grade
     * no scheme, and was taken apart (the name kept at {@code /specification/resultDescription/0/néame}) although the
     * writer writes no ResultDescription for the grade; it is now kept whole, with the result's link to it.
     */
    @Test
    void ob3UnnamedResultDescription() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-unnamed-result-description-regrouped.json"));
    }

    @Test
    void elmo() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-extensions-regrouped.xml"));
    }
}
