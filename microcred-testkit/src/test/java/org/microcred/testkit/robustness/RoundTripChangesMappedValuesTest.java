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

    /**
     * A {@code gradingSchemeLocalId} naming no gradingScheme of its report (and not a URI) gave the grade nothing and
     * was dropped, with a warning; a second, duplicated one was kept and written into the slot, where the re-read
     * took it as the grade's reference. The unresolved reference is now kept in its place (15 fuzz inputs).
     */
    @Test
    void elmoUnresolvedSchemeReferenceIsKept() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-scheme-reference-dropped.xml"));
        // here the kept second reference named a real scheme: the re-read grade had a scheme the first did not
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-scheme-reference-dropped-2.xml"));
    }

    /**
     * A gradingScheme kept whole (no instance refers to it) holds localId {@code microcred-scheme-1}, and the writer gave
     * the grade's own scheme the same id: the re-read took the kept scheme as referenced. The writer now skips the ids
     * of kept schemes.
     */
    @Test
    void elmoSchemeIdOfAKeptSchemeIsNotReused() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-scheme-id-taken.xml"));
    }

    /**
     * The microcred extension's first language has white space around it ({@code "\tfr"}) and the
     * {@code languageOfInstruction} slot says {@code fr}: read as a contradiction (the slot was kept), while the slot
     * is read stripped and cannot carry that white space; on the re-read the written slot contradicted again.
     */
    @Test
    void elmoLanguageWithWhiteSpaceIsNoContradiction() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-language-white-space-2.xml"));
        // this input's other mutation emptied a concept's scheme (a processing instruction for its text), read as the
        // relative URI "" until URIs had to be absolute: now refused, as the JSON formats refuse it
        Regressions.assertRefused(Format.ELMO, Regressions.resource("elmo-language-white-space.xml"),
                org.microcred.core.format.MalformedDocumentException.class, "not an absolute URI");
    }
}
