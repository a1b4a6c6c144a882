package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.Element;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.TimePeriod;
import org.microcred.core.Workload;
import org.microcred.core.testing.SampleCredentials;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Vocabularies;

/** Each structural rule of STANDARD.md section 2, with the exact violation it gives. */
class StructuralProfileTest {
    private static final CredentialValidator VALIDATOR = CredentialValidator.create();

    private static MicroCredential spec(Consumer<CredentialSpecification.Builder> change) {
        MicroCredential c = SampleCredentials.credential();
        CredentialSpecification.Builder b = c.specification().toBuilder();
        change.accept(b);
        return c.withSpecification(b.build());
    }

    private static Violation error(Element e, String path, String message, String value) {
        return new Violation(e, path, Severity.ERROR, message, Optional.ofNullable(value));
    }

    private static Violation warning(Element e, String path, String message, String value) {
        return new Violation(e, path, Severity.WARNING, message, Optional.ofNullable(value));
    }

    static Stream<Arguments> data_rules() {
        Workload fiveEcts = Workload.ofEcts(new BigDecimal("5"));
        return Stream.of(
            Arguments.of("ECTS 0", spec(s -> s.workload(Workload.ofEcts(BigDecimal.ZERO))),
                List.of(error(Element.E07, "specification.workload", "ECTS credits must be above 0: 0", null))),
            Arguments.of("ECTS negative", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("-2.5")))),
                List.of(error(Element.E07, "specification.workload", "ECTS credits must be above 0: -2.5", null))),
            Arguments.of("ECTS above 60", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("61")))),
                List.of(error(Element.E07, "specification.workload", "ECTS credits must be at most 60 for a micro-credential: 61", null))),
            Arguments.of("ECTS scale 3", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("2.125")))),
                List.of(error(Element.E07, "specification.workload", "ECTS credits must have at most two decimals: 2.125", null))),
            Arguments.of("ECTS scale 3 with trailing zero is fine", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("2.500")))),
                List.of()),
            Arguments.of("ECTS above 30 warns", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("35")))),
                List.of(warning(Element.E07, "specification.workload", "more than 30 ECTS is large for a micro-credential: 35", null))),
            Arguments.of("10 h per ECTS warns", spec(s -> s.workload(Workload.of(new BigDecimal("5"), new BigDecimal("50")))),
                List.of(warning(Element.E07, "specification.workload", "hours per ECTS credit outside 15-40 (25-30 expected): 50 h for 5 ECTS", null))),
            Arguments.of("15 h per ECTS is plausible", spec(s -> s.workload(Workload.of(new BigDecimal("4"), new BigDecimal("60")))),
                List.of()),
            Arguments.of("hours 0", spec(s -> s.workload(Workload.ofHours(BigDecimal.ZERO))),
                List.of(error(Element.E07, "specification.workload", "notional hours must be above 0: 0", null))),
            Arguments.of("ECVET 0", spec(s -> s.workload(new Workload(Optional.empty(), Optional.empty(),
                    List.of(CreditValue.of(Vocabularies.ECVET, BigDecimal.ZERO))))),
                List.of(error(Element.E07, "specification.workload", "credits in " + Vocabularies.ECVET.uri() + " must be above 0: 0", null))),
            Arguments.of("unknown credit system in the EU list, reported once", spec(s -> s.workload(new Workload(Optional.of(new BigDecimal("5")),
                    Optional.empty(), List.of(CreditValue.of(Concept.of("http://data.europa.eu/snb/education-credit/0000000000"), BigDecimal.ONE))))),
                List.of(error(Element.E07, "specification.workload.otherCredits[0].system",
                    "unknown concept http://data.europa.eu/snb/education-credit/0000000000 in the EU education-credit list",
                    "http://data.europa.eu/snb/education-credit/0000000000"))),
            Arguments.of("EQF 0", spec(s -> s.level(Level.ofEqf(0))),
                List.of(error(Element.E08, "specification.level", "EQF level must be 1-8: 0", null))),
            Arguments.of("EQF 9", spec(s -> s.level(Level.ofEqf(9))),
                List.of(error(Element.E08, "specification.level", "EQF level must be 1-8: 9", null))),
            Arguments.of("cycle inconsistent with EQF", spec(s -> s.level(Level.of(7, Cycle.FIRST))),
                List.of(error(Element.E08, "specification.level", "QF-EHEA cycle FIRST corresponds to EQF 6, not 7", null))),
            Arguments.of("short cycle is EQF 5", spec(s -> s.level(Level.of(5, Cycle.SHORT))), List.of()),
            Arguments.of("level not applicable", spec(s -> s.level(Level.ofNotApplicable())), List.of()),
            Arguments.of("unknown ISCED-F code", spec(s -> s.fieldsOfEducation(List.of(Concept.of("http://data.europa.eu/snb/isced-f/9998")))),
                List.of(error(Element.S03, "specification.fieldsOfEducation[0]",
                    "unknown concept http://data.europa.eu/snb/isced-f/9998 in the EU isced-f list",
                    "http://data.europa.eu/snb/isced-f/9998"))),
            Arguments.of("field of education from another scheme is open", spec(s -> s.fieldsOfEducation(List.of(Concept.of("https://fields.example.org/x")))),
                List.of()),
            Arguments.of("ill-formed language tag, value kept literally", spec(s -> s.languages(List.of("en", "${1+1}"))),
                List.of(error(Element.S04, "specification.languages[1]", "ill-formed language tag", "${1+1}"))),
            Arguments.of("unknown assessment code", spec(s -> s.assessmentTypes(List.of(Concept.of("http://data.europa.eu/snb/assessment/%7Bx%7D0")))),
                List.of(error(Element.E09, "specification.assessmentTypes[0]",
                    "unknown concept http://data.europa.eu/snb/assessment/%7Bx%7D0 in the EU assessment list",
                    "http://data.europa.eu/snb/assessment/%7Bx%7D0"))),
            Arguments.of("assessment from a private list is open", spec(s -> s.assessmentTypes(List.of(Concept.of("urn:epass:concept:artefact")))),
                List.of()),
            Arguments.of("valid from after valid until", SampleCredentials.credential().toBuilder()
                    .validUntil(SampleCredentials.credential().issued().get().minusDays(1)).build(),
                List.of(error(Element.S05, "", "valid from is after valid until: 2024-06-28T10:00+01:00 > 2024-06-27T10:00+01:00", null))),
            Arguments.of("learning starts after it ends", SampleCredentials.credential().toBuilder()
                    .timePeriod(TimePeriod.of(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1))).build(),
                List.of(error(Element.N03, "", "learning starts after it ends: 2024-05-02 > 2024-05-01", null))),
            Arguments.of("learning ends after issuing", SampleCredentials.credential().toBuilder()
                    .timePeriod(TimePeriod.of(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 7, 1))).build(),
                List.of(error(Element.N03, "", "learning ends after the date of issuing: 2024-07-01 > 2024-06-28", null))),
            Arguments.of("unknown region in the NUTS namespace is open", SampleCredentials.credential(), List.of()),
            Arguments.of("the same rule on two values gives two violations", spec(s -> s.workload(Workload.ofEcts(new BigDecimal("-1.125")))),
                List.of(error(Element.E07, "specification.workload", "ECTS credits must be above 0: -1.125", null),
                        error(Element.E07, "specification.workload", "ECTS credits must have at most two decimals: -1.125", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_rules")
    void test_structural_rule(String name, MicroCredential credential, List<Violation> expected) {
        assertEquals(expected, VALIDATOR.validate(credential, Profile.STRUCTURAL));
        // eu-2022 includes structural
        assertEquals(expected, VALIDATOR.validate(credential, Profile.EU_2022));
    }

    @Test
    void test_validate_specificationAlone() {
        CredentialSpecification spec = SampleCredentials.specification().without(Element.E06);
        assertEquals(List.of(error(Element.E06, "learningOutcomes", "missing", null)),
                VALIDATOR.validate(spec, Profile.EU_2022));
        assertEquals(List.of(), VALIDATOR.validate(spec, Profile.STRUCTURAL));
    }

    @Test
    void test_validate_missingOutcomesExampleFromTheIssue() {
        MicroCredential c = SampleCredentials.credential().without(Element.E06);
        List<Violation> v = VALIDATOR.validate(c, Profile.EU_2022);
        assertEquals(List.of(error(Element.E06, "specification.learningOutcomes", "missing", null)), v);
        assertEquals("E06 learning outcomes: missing (specification.learningOutcomes)", v.get(0).toString());
        assertEquals(List.of(), VALIDATOR.validate(c, Profile.STRUCTURAL));
    }

    @Test
    void test_validate_allMandatoryMissing() {
        MicroCredential c = MicroCredential.builder().specification(CredentialSpecification.builder().build()).build();
        List<Element> elements = VALIDATOR.validate(c, Profile.EU_2022).stream().map(Violation::element).toList();
        // E03 is judged only when there are awarding bodies (E04 is reported instead)
        assertEquals(List.of(Element.E01, Element.E02, Element.E04, Element.E05, Element.E06, Element.E07, Element.E08,
                Element.E09, Element.E10, Element.E11), elements);
    }

    @Test
    void test_validate_nullsRejected() {
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate((MicroCredential) null, Profile.EU_2022));
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate(SampleCredentials.credential(), null));
    }
}
