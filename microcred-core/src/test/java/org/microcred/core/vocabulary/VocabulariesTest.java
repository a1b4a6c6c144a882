package org.microcred.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in EU lists and the country and language mappings. */
class VocabulariesTest {

    @Test
    void test_listsHaveTheSizesOfStandardMd() {
        assertEquals(8, Vocabularies.EQF.concepts().size());
        assertEquals(14, Vocabularies.ASSESSMENT.concepts().size());
        assertEquals(6, Vocabularies.MODE.concepts().size());
        assertEquals(2, Vocabularies.LEARNING_SETTING.concepts().size());
        assertEquals(4, Vocabularies.ACCREDITATION.concepts().size());
        assertEquals(12, Vocabularies.LEARNING_OPPORTUNITY.concepts().size());
        assertEquals(11, Vocabularies.LEARNING_ACTIVITY.concepts().size());
        assertTrue(Vocabularies.CREDIT_SYSTEM.contains(URI.create("http://data.europa.eu/snb/education-credit/6fcec5c5af")));
    }

    @Test
    void test_iscedF_isATreeWithAllBroadFields() {
        Set<String> codes = Vocabularies.ISCED_F.concepts().stream().map(c -> c.notation().orElseThrow()).collect(Collectors.toSet());
        for (String broad : new String[] {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99"}) {
            assertTrue(codes.contains(broad), broad);
        }
        for (String code : codes) {
            assertTrue(code.matches("\\d{2,4}"), code);
            if (code.length() > 2) {
                assertTrue(codes.contains(code.substring(0, code.length() - 1)), "parent of " + code);
            }
        }
        assertEquals("Software and applications development and analysis", Vocabularies.iscedF("0613").label().orElseThrow().first());
        assertEquals(URI.create("http://data.europa.eu/snb/isced-f/25831c2"), Vocabularies.iscedF("0613").scheme().orElseThrow());
    }

    @Test
    void test_covers_and_contains() {
        URI unknown = URI.create("http://data.europa.eu/snb/assessment/0000000000");
        assertTrue(Vocabularies.ASSESSMENT.covers(unknown));
        assertFalse(Vocabularies.ASSESSMENT.contains(unknown));
        assertEquals(Optional.of(Vocabularies.ASSESSMENT), Vocabularies.covering(unknown));
        assertEquals(Optional.empty(), Vocabularies.covering(URI.create("https://example.org/x")));
        assertFalse(Vocabularies.ASSESSMENT.covers(Vocabularies.ASSESSMENT.scheme()));
        assertThrows(IllegalArgumentException.class, () -> Vocabularies.eqf(9));
        assertEquals("http://data.europa.eu/snb/eqf/6", Vocabularies.eqf(6).uri().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabularies.iscedF("0000x"));
        assertEquals("Unknown code '0000x' in vocabulary isced-f", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"IE,IRL", "DE,DEU", "GR,GRC", "GB,GBR", "XK,XKX", "NO,NOR"})
    void test_country_mapping(String alpha2, String alpha3) {
        Country c = Country.of(alpha2);
        assertEquals(alpha3, c.alpha3());
        assertEquals(c, Country.of(alpha3.toLowerCase()));
        assertEquals(URI.create(Country.EU_AUTHORITY + alpha3), c.toUri());
        assertEquals(c, Country.fromUri(c.toUri()));
    }

    @Test
    void test_country_unknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Country.of("ZZ"));
        assertEquals("Unknown ISO 3166-1 country code: 'ZZ'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Country.of("ZZZ"));
        assertThrows(IllegalArgumentException.class, () -> Country.fromUri(URI.create("https://example.org/IRL")));
        assertFalse(Country.isKnown("ZZ"));
        assertTrue(Country.isKnown("irl"));
    }

    @ParameterizedTest
    @CsvSource({"en,ENG,en", "de-AT,DEU,de", "ga,GLE,ga", "el,ELL,el", "fr,FRA,fr"})
    void test_language_mapping(String tag, String code, String back) {
        URI uri = Languages.toEuUri(tag);
        assertEquals(URI.create(Languages.EU_AUTHORITY + code), uri);
        assertEquals(back, Languages.fromEuUri(uri));
    }

    @Test
    void test_language_wellFormed() {
        assertTrue(Languages.isWellFormed("en"));
        assertTrue(Languages.isWellFormed("zh-Hant-TW"));
        assertFalse(Languages.isWellFormed("en_US"));
        assertFalse(Languages.isWellFormed(""));
        assertFalse(Languages.isWellFormed("${x}"));
        assertThrows(IllegalArgumentException.class, () -> Languages.toEuUri("en_US"));
        assertThrows(IllegalArgumentException.class, () -> Languages.fromEuUri(URI.create("https://example.org/ENG")));
    }

    @Test
    void test_concept_sameAsIgnoresLabels() {
        Concept a = Concept.of("http://data.europa.eu/snb/eqf/6");
        assertTrue(a.sameAs(Vocabularies.eqf(6)));
        assertFalse(a.equals(Vocabularies.eqf(6)));
    }
}
