package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of the bug once listed as {@code KnownCodecBug.ROUND_TRIP_CHANGES_MAPPED_VALUES} (fixed in elm, ob3
 * and elmo), with inputs found by the long fuzzing
 * run (in {@code src/test/resources/robustness/regressions/}): a credential read from the document, written without
 * loss and read back, has other values than the one written, because content kept as an extension (S08) collides
 * with what the writer maps, silently.
 */
class RoundTripChangesMappedValuesTest {
    /** {@code "validFrom": null} is kept as an extension and written over the issuing date: E05 is lost. */
    @Test
    void ob3IssuedIsKept() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-issued-lost.json"));
    }

    /** A grade whose result lost its resultDescription link comes back with the writer's urn:uuid as schemeId. */
    @Test
    void ob3GradeSchemeIsNotInvented() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-grade-scheme-invented.json"));
    }

    /** {@code "mc:notionalHours": 0} next to {@code "volumeOfLearning": "PT704H42M"}: 0 hours come back as 704.7. */
    @Test
    void elmHoursAreKept() {
        Regressions.assertRoundTrips(Base.codec(Format.ELM), Regressions.resource("elm-hours-changed.json"));
    }

    /**
     * An ECVET credit point before one with the ECTS id but another label and notation: the writer puts ECTS first,
     * and the ECTS point's kept label was written over the ECVET point's label at the old index.
     */
    @Test
    void elmCreditLabelStaysOnItsPoint() {
        Regressions.assertRoundTrips(Base.codec(Format.ELM), Regressions.resource("elm-credit-label-moved.json"));
    }

    /**
     * An element renamed to {@code <type>} before the mapped {@code <type>}, out of schema order: kept whole (with its
     * attribute) as an extension, without erasing the opportunity type (S06), and in the order the writer writes it.
     */
    @Test
    void elmoOpportunityTypeIsKept() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-opportunity-type-lost.xml"));
    }
}
