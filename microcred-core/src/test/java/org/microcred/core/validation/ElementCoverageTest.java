package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.RecordComponents;
import org.microcred.core.TimePeriod;
import org.microcred.core.Workload;
import org.microcred.core.testing.SampleCredentials;
import org.microcred.core.vocabulary.Concept;

/**
 * One test per element id of STANDARD.md: the element can be expressed in the model, and the right profile
 * checks it (presence under the profile that requires it, well-formedness under {@code structural} where
 * the standard gives a rule).
 */
class ElementCoverageTest {
    private static final CredentialValidator VALIDATOR = CredentialValidator.create();

    /** The weakest profile that requires each element to be present (STANDARD.md section 2). */
    private static final Map<Element, Profile> REQUIRED_BY = Map.ofEntries(
            Map.entry(Element.E01, Profile.EU_2022), Map.entry(Element.E02, Profile.EU_2022),
            Map.entry(Element.E03, Profile.EU_2022), Map.entry(Element.E04, Profile.EU_2022),
            Map.entry(Element.E05, Profile.EU_2022), Map.entry(Element.E06, Profile.EU_2022),
            Map.entry(Element.E07, Profile.EU_2022), Map.entry(Element.E08, Profile.EU_2022),
            Map.entry(Element.E09, Profile.EU_2022), Map.entry(Element.E10, Profile.EU_2022),
            Map.entry(Element.E11, Profile.EU_2022), Map.entry(Element.E12, Profile.NESET_2020),
            Map.entry(Element.E13, Profile.NESET_2020), Map.entry(Element.E15, Profile.NESET_2020),
            Map.entry(Element.N01, Profile.NESET_2020), Map.entry(Element.N02, Profile.NESET_2020),
            Map.entry(Element.N03, Profile.NESET_2020), Map.entry(Element.N04, Profile.NESET_2020),
            Map.entry(Element.N05, Profile.NESET_2020));

    /** For elements with a structural rule: a change to the sample that breaks the rule. */
    private static final Map<Element, UnaryOperator<MicroCredential>> BREAK = Map.ofEntries(
            Map.entry(Element.E06, c -> spec(c, s -> s.learningOutcomes(List.of(new org.microcred.core.LearningOutcome(
                    s.build().learningOutcomes().get(0).statement(), List.of(), Optional.empty(),
                    Optional.of(Concept.of("http://data.europa.eu/snb/skill-reuse-level/no-such-level"))))))),
            Map.entry(Element.E07, c -> spec(c, s -> s.workload(Workload.ofEcts(new BigDecimal("0"))))),
            Map.entry(Element.E08, c -> spec(c, s -> s.level(Level.ofEqf(9)))),
            Map.entry(Element.E09, c -> spec(c, s -> s.assessmentType(Concept.of("http://data.europa.eu/snb/assessment/0000000000")))),
            Map.entry(Element.E10, c -> spec(c, s -> s.participation(org.microcred.core.Participation.of(
                    Concept.of("http://data.europa.eu/snb/learning-assessment/0000000000"))))),
            Map.entry(Element.E11, c -> spec(c, s -> s.addQualityAssurance(org.microcred.core.QualityAssurance.of(
                    Concept.of("http://data.europa.eu/snb/accreditation/0000000000"))))),
            Map.entry(Element.N03, c -> c.toBuilder().timePeriod(TimePeriod.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1))).build()),
            Map.entry(Element.S03, c -> spec(c, s -> s.fieldOfEducation(Concept.of("http://data.europa.eu/snb/isced-f/9998")))),
            Map.entry(Element.S04, c -> spec(c, s -> s.language("en_US"))),
            Map.entry(Element.S05, c -> c.toBuilder().validUntil(c.issued().get().minusDays(1)).build()),
            Map.entry(Element.S06, c -> spec(c, s -> s.opportunityType(Concept.of("http://data.europa.eu/snb/learning-opportunity/0000000000")))));

    private static MicroCredential spec(MicroCredential c, java.util.function.Consumer<CredentialSpecification.Builder> change) {
        CredentialSpecification.Builder b = c.specification().toBuilder();
        change.accept(b);
        return c.withSpecification(b.build());
    }

    @ParameterizedTest
    @EnumSource(Element.class)
    void test_element_isExpressedAndChecked(Element element) {
        MicroCredential sample = SampleCredentials.credential();
        assertEquals(List.of(), VALIDATOR.validate(sample, Profile.NESET_2020), "the sample is complete and valid");

        if (element == Element.S07) {
            // the course definition is a type of its own and carries no learner
            assertTrue(RecordComponents.names(CredentialSpecification.class).stream().noneMatch(n -> n.contains("learner")));
            assertThrows(IllegalArgumentException.class, () -> sample.without(Element.S07));
            assertEquals(List.of(), VALIDATOR.validate(sample.specification(), Profile.EU_2022));
            return;
        }
        if (element == Element.S08) {
            MicroCredential extended = org.microcred.core.testing.RandomCredentials.withExtensions(new java.util.Random(1),
                    org.microcred.core.format.Format.JSON);
            assertNotEquals(extended, extended.without(Element.S08), "S08 is expressed");
            assertEquals(List.of(), extended.without(Element.S08).extensions());
            return;
        }

        // expressed: the sample holds the element, so removing it changes the credential
        MicroCredential without = sample.without(element);
        assertNotEquals(sample, without, element + " is expressed in the sample");

        // presence: required exactly from its profile on
        Profile required = REQUIRED_BY.get(element);
        for (Profile profile : Profile.values()) {
            List<Element> errors = VALIDATOR.validate(without, profile).stream().map(Violation::element).toList();
            boolean mustFail = required != null && profile.compareTo(required) >= 0;
            assertEquals(mustFail ? List.of(element) : List.of(), errors, element + " removed, profile " + profile.id());
        }

        // well-formedness: the structural rule the standard gives for this element
        UnaryOperator<MicroCredential> breaker = BREAK.get(element);
        if (breaker != null) {
            List<Violation> violations = VALIDATOR.validate(breaker.apply(sample), Profile.STRUCTURAL);
            assertEquals(List.of(element), violations.stream().map(Violation::element).distinct().toList(),
                    () -> element + " broken: " + violations);
            assertTrue(violations.stream().allMatch(Violation::isError), violations::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void test_profile_groupsInherit(Profile profile) {
        for (Profile weaker : Profile.values()) {
            if (weaker.compareTo(profile) < 0) {
                assertTrue(weaker.group().isAssignableFrom(profile.group()), profile + " includes " + weaker);
            }
        }
        assertEquals(profile, Profile.of(profile.id().toUpperCase()));
    }

    @org.junit.jupiter.api.Test
    void test_everyElementIsCovered() {
        // every element either has a presence rule, a structural rule, or is optional in all profiles by STANDARD.md
        List<Element> optionalEverywhere = List.of(Element.E14, Element.E16, Element.S01, Element.S02);
        for (Element e : Element.values()) {
            boolean covered = REQUIRED_BY.containsKey(e) || BREAK.containsKey(e) || optionalEverywhere.contains(e)
                    || e == Element.S07 || e == Element.S08;
            assertTrue(covered, e.toString());
        }
        assertEquals(11, REQUIRED_BY.values().stream().filter(p -> p == Profile.EU_2022).count());
        assertEquals(Map.of(Element.Kind.MANDATORY, 11L, Element.Kind.OPTIONAL, 5L, Element.Kind.NESET, 5L, Element.Kind.SUPPORTING, 8L),
                java.util.Arrays.stream(Element.values()).collect(Collectors.groupingBy(Element::kind, Collectors.counting())));
    }
}
