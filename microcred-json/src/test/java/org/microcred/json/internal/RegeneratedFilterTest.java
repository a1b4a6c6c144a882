package org.microcred.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.Extension;
import org.microcred.core.format.Format;

/**
 * A candidate extension is dropped exactly when the regenerated document holds the same value at its path:
 * members in any order, numbers by exact decimal (scale counts), a single value equal to an array of one.
 */
class RegeneratedFilterTest {
    private static final JsonNode EXPECTED = json("""
            {"type": ["VerifiableCredential"], "n": 5, "d": 5.0, "big": 12345678901234567890,
             "a": {"x": 1, "s": "t", "b": true, "z": null, "o": {"p": "q", "r": [1, 2]}},
             "b": {"x": 2}, "arr": [{"id": "i0"}, {"id": "i1"}], "esc": {"c/d~e": "v"},
             "specification": {"title": {"en": "T"}}}
            """);

    private static JsonNode json(String text) {
        try {
            return Jackson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Extension candidate(String path, String value) {
        return new Extension(Format.ELM, path, ExtensionTrees.fromJson(json(value)));
    }

    private static List<String> kept(JsonNode base, boolean ofSpecification, Extension... candidates) {
        List<String> out = new ArrayList<>();
        for (Extension e : RegeneratedFilter.keepNew(List.of(candidates), base, ofSpecification)) {
            out.add(e.path() + "=" + ExtensionTrees.toJson(e.value()));
        }
        return out;
    }

    @Test
    void regeneratedValuesAreDroppedAndOthersKept() {
        List<String> kept = kept(EXPECTED, false,
                candidate("/type", "\"VerifiableCredential\""), // a single value equals an array of one
                candidate("/n", "5"),
                candidate("/d", "5.00"), // another scale: kept
                candidate("/big", "12345678901234567890"),
                candidate("/a/x", "1"),
                candidate("/a/s", "\"t\""),
                candidate("/a/b", "true"),
                candidate("/a/z", "null"),
                candidate("/a/o", "{\"r\": [1, 2], \"p\": \"q\"}"), // members in another order
                candidate("/a/missing", "1"),
                candidate("/b/x", "1"), // same prefix length as /a/x, another parent: compared with 2, kept
                candidate("/arr/1/id", "\"i1\""),
                candidate("/arr/01/id", "\"i1\""), // \\d{1,9} indexes, as before
                candidate("/arr/2/id", "\"i2\""),
                candidate("/esc/c~1d~0e", "\"v\""),
                candidate("/a/o/r", "[1, 2, 3]"),
                candidate("/a/s/deeper", "1"),
                candidate("/a/b", "\"true\""));
        assertEquals(List.of("/d=5.00", "/a/missing=1", "/b/x=1", "/arr/2/id=\"i2\"", "/a/o/r=[1,2,3]",
                "/a/s/deeper=1", "/a/b=\"true\""), kept);
    }

    @Test
    void specificationPathsAreRelativeToTheSpecification() {
        JsonNode spec = EXPECTED.get("specification");
        assertEquals(List.of("/specification/title={\"en\":\"U\"}"), kept(spec, true,
                candidate("/specification/title", "{\"en\": \"T\"}"),
                candidate("/specification/title", "{\"en\": \"U\"}")));
    }
}
