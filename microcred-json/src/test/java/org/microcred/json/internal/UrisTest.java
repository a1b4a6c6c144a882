package org.microcred.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/** The URI cache gives what {@link URI} gives, shares only EU vocabulary URIs and never caches bad input. */
class UrisTest {
    @Test
    void euVocabularyUrisAreParsedOnceAndEqualAFreshParse() throws URISyntaxException {
        String eqf = "http://data.europa.eu/snb/eqf/6";
        String country = "http://publications.europa.eu/resource/authority/country/DEU";
        assertSame(Uris.parse(eqf), Uris.parse(eqf));
        assertEquals(new URI(eqf), Uris.parse(eqf));
        assertSame(Uris.create(country), Uris.parse(country));
        assertEquals(new URI(country), Uris.create(country));
    }

    @Test
    void otherUrisAreParsedEachTime() throws URISyntaxException {
        String id = "urn:uuid:c9e9ae38-968f-30a7-8b32-d511c6194e74";
        assertNotSame(Uris.parse(id), Uris.parse(id));
        assertEquals(new URI(id), Uris.parse(id));
        String longOne = "http://data.europa.eu/snb/" + "x".repeat(300);
        assertNotSame(Uris.parse(longOne), Uris.parse(longOne));
    }

    @Test
    void invalidUrisFailAsTheJdkDoes() {
        String bad = "http://data.europa.eu/snb/eqf/ 6";
        URISyntaxException e = assertThrows(URISyntaxException.class, () -> Uris.parse(bad));
        assertEquals(assertThrows(URISyntaxException.class, () -> new URI(bad)).getMessage(), e.getMessage());
        assertThrows(URISyntaxException.class, () -> Uris.parse(bad), "a failure is not cached");
        assertThrows(IllegalArgumentException.class, () -> Uris.create(bad));
    }
}
