package org.microcred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.microcred.core.testing.SampleCredentials;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Vocabularies;

/** Construction, invariants, equality and builders of the model's records. */
class ModelRecordsTest {

    private static void assertMessage(Class<? extends Throwable> type, String fragment, Executable call) {
        Throwable t = assertThrows(type, call);
        assertTrue(t.getMessage() != null && t.getMessage().contains(fragment),
                () -> "expected message containing '" + fragment + "' but was '" + t.getMessage() + "'");
    }

    //-----------------------------------------------------------------------
    @Test
    void test_multilingualText_keepsOrderAndCopies() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("ga", "Teideal");
        m.put("en", "Title");
        MultilingualText t = new MultilingualText(m);
        m.put("de", "Titel");
        assertEquals(List.of("ga", "en"), List.copyOf(t.languages()));
        assertEquals("Teideal", t.first());
        assertThrows(UnsupportedOperationException.class, () -> t.values().put("fr", "Titre"));
        assertEquals(Optional.of("Title"), t.get("en"));
        assertEquals("Title", t.text(List.of("en-GB")));
        assertEquals("Teideal", t.text(List.of("fr")));
        assertEquals(t.with("de", "Titel").languages().size(), 3);
    }

    @Test
    void test_multilingualText_invariants() {
        assertMessage(IllegalArgumentException.class, "at least one language", () -> new MultilingualText(Map.of()));
        assertMessage(IllegalArgumentException.class, "Text for language 'en' must not be blank", () -> MultilingualText.of("en", " "));
        assertMessage(IllegalArgumentException.class, "Language tag must not be blank", () -> MultilingualText.of("", "x"));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("en", null);
        assertMessage(NullPointerException.class, "text for language 'en'", () -> new MultilingualText(withNull));
    }

    //-----------------------------------------------------------------------
    @Test
    void test_builders_reportEveryMissingRequiredProperty() {
        assertMessage(IllegalStateException.class, "Cannot build MicroCredential, missing required properties: specification",
                () -> MicroCredential.builder().build());
        assertMessage(IllegalStateException.class, "Cannot build Organisation, missing required properties: legalName",
                () -> Organisation.builder().build());
    }

    @Test
    void test_builders_rejectNull() {
        assertMessage(NullPointerException.class, "learner", () -> MicroCredential.builder().learner(null));
        assertMessage(NullPointerException.class, "awardingBody", () -> MicroCredential.builder().awardingBody(null));
        assertMessage(NullPointerException.class, "awardingBodies[1]",
                () -> MicroCredential.builder().awardingBodies(java.util.Arrays.asList(SampleCredentials.university(), null)));
    }

    @Test
    void test_records_copyListsDefensively() {
        List<LearningOutcome> outcomes = new ArrayList<>(List.of(LearningOutcome.of(MultilingualText.of("en", "a"))));
        CredentialSpecification spec = CredentialSpecification.builder().learningOutcomes(outcomes).build();
        outcomes.add(LearningOutcome.of(MultilingualText.of("en", "b")));
        assertEquals(1, spec.learningOutcomes().size());
        assertThrows(UnsupportedOperationException.class, () -> spec.learningOutcomes().add(outcomes.get(1)));
    }

    @Test
    void test_records_equalityIsByValue() {
        assertEquals(SampleCredentials.credential(), SampleCredentials.credential());
        assertEquals(SampleCredentials.credential().hashCode(), SampleCredentials.credential().hashCode());
        MicroCredential c = SampleCredentials.credential();
        assertEquals(c, c.toBuilder().build());
        assertNotEquals(c, c.toBuilder().grade(Grade.of("B")).build());
        // ECTS keep their scale: 5.0 is written back as 5.0, so it is a different value from 5
        assertNotEquals(Workload.ofEcts(new BigDecimal("5.0")), Workload.ofEcts(new BigDecimal("5")));
    }

    @Test
    void test_without_removesOnlyThatElement() {
        MicroCredential c = SampleCredentials.credential();
        assertEquals(Optional.empty(), c.without(Element.E01).learner());
        assertEquals(c.specification(), c.without(Element.E01).specification());
        assertTrue(c.without(Element.E03).awardingBodies().stream().noneMatch(Organisation::isLocated));
        assertEquals(c.awardingBodies().get(0).legalName(), c.without(Element.E03).awardingBodies().get(0).legalName());
        assertEquals(List.of(), c.without(Element.E06).specification().learningOutcomes());
        assertEquals(Optional.empty(), c.without(Element.S05).validFrom());
        assertSame(c.specification(), c.specification().without(Element.E01));
    }

    //-----------------------------------------------------------------------
    @Test
    void test_invariants_messagesShowTheBadValue() {
        assertMessage(IllegalArgumentException.class, "A person needs an id, a name or an identifier", () -> Person.builder().build());
        assertMessage(IllegalArgumentException.class, "fullName must not be blank: ' '", () -> Person.builder().fullName(" ").build());
        assertMessage(IllegalArgumentException.class, "needs ECTS credits, hours or other credits",
                () -> new Workload(Optional.empty(), Optional.empty(), List.of()));
        assertMessage(IllegalArgumentException.class, "cannot have an EQF level",
                () -> new Level(Optional.of(6), Optional.empty(), List.of(), true));
        assertMessage(IllegalArgumentException.class, "needs an EQF level, a cycle, an NQF level, or to be not applicable",
                () -> new Level(Optional.empty(), Optional.empty(), List.of(), false));
        assertMessage(IllegalArgumentException.class, "A stackable micro-credential needs at least one target",
                () -> new Stackability(Stackability.Option.STACKABLE, List.of()));
        assertMessage(IllegalArgumentException.class, "A stand-alone micro-credential has no stacking targets",
                () -> new Stackability(Stackability.Option.STANDALONE,
                        List.of(StackingTarget.of(URI.create("urn:x:1"), MultilingualText.of("en", "X")))));
        assertMessage(IllegalArgumentException.class, "A stacking target needs an id or a title",
                () -> new StackingTarget(Optional.empty(), Optional.empty(), Optional.empty()));
        assertMessage(IllegalArgumentException.class, "A time period needs a start or an end",
                () -> new TimePeriod(Optional.empty(), Optional.empty()));
        assertMessage(IllegalArgumentException.class, "at least one mode", () -> Participation.of());
        assertMessage(IllegalArgumentException.class, "expires before it is issued: 2020-01-01 < 2021-01-01",
                () -> new QualityAssurance(Vocabularies.PROGRAMME_QA, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2020, 1, 1))));
        assertMessage(IllegalArgumentException.class, "Prerequisites need a text or a required credential",
                () -> new Prerequisites(Optional.empty(), List.of()));
        assertMessage(IllegalArgumentException.class, "Further information needs a note, a link or a document",
                () -> new FurtherInformation(List.of(), List.of(), List.of()));
        assertMessage(IllegalArgumentException.class, "value must not be blank: ''", () -> Grade.of(""));
        assertMessage(IllegalArgumentException.class, "Link URL must be absolute: 'relative/path'", () -> WebLink.of("relative/path"));
        assertMessage(IllegalArgumentException.class, "Concept URI must be absolute: 'eqf-6'", () -> Concept.of("eqf-6"));
        assertMessage(IllegalArgumentException.class, "Number scalar is not a number: 'abc'",
                () -> new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.NUMBER, "abc"));
        assertMessage(IllegalArgumentException.class, "path must not be blank",
                () -> new Extension(org.microcred.core.format.Format.JSON, " ", ExtensionNode.Scalar.ofString("x")));
    }

    @Test
    void test_supervision_urisRoundTrip() {
        for (Supervision s : Supervision.values()) {
            assertEquals(Optional.of(s), Supervision.fromUri(s.toUri()));
        }
        assertEquals(Optional.empty(), Supervision.fromUri(URI.create("http://data.europa.eu/snb/supervision-verification/df2880c5cb")));
        assertEquals(4, Supervision.values().length);
    }

    @Test
    void test_cycle_eqfLevels() {
        assertEquals(List.of(5, 6, 7, 8), java.util.Arrays.stream(Cycle.values()).map(Cycle::eqfLevel).toList());
    }

    @Test
    void test_issuerCountries() {
        assertEquals(List.of(Country.of("IE")), SampleCredentials.credential().issuerCountries());
    }

    @Test
    void test_element_of() {
        assertEquals(Element.E06, Element.of("e06"));
        assertEquals("learning outcomes", Element.E06.title());
        assertMessage(IllegalArgumentException.class, "Unknown element id 'E17'", () -> Element.of("E17"));
    }
}
