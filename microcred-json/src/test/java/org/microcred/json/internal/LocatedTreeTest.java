package org.microcred.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The positions of a located tree are only resolved when an error is reported: each pointer must still give
 * the line and column where its value starts, whatever kind of value it is and however deep it is.
 */
class LocatedTreeTest {
    // line 1: {
    // line 2:   "a": {"b": [true, 7, {"c~d/e": null}], "s": "x"},
    // line 3:   "n": 123456789012, "f": 5.0, "é": "ü",
    // line 4:   "z": [[], {}]
    // line 5: }
    private static final String DOC = "{\n"
            + "  \"a\": {\"b\": [true, 7, {\"c~d/e\": null}], \"s\": \"x\"},\n"
            + "  \"n\": 123456789012, \"f\": 5.0, \"\u00e9\": \"\u00fc\",\n"
            + "  \"z\": [[], {}]\n"
            + "}\n";

    private static LocatedTree tree(String text) throws IOException {
        InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        JsonParser p = Jackson.documentFactory().createParser(in);
        p.nextToken();
        return LocatedTree.read(p, "/7");
    }

    @Test
    void everyKindOfValueIsLocatedExactly() throws IOException {
        LocatedTree t = tree(DOC);
        assertEquals("/7", t.basePointer());
        assertArrayEquals(new long[] {1, 1}, t.position(""));
        assertArrayEquals(new long[] {2, 8}, t.position("/a"));
        assertArrayEquals(new long[] {2, 14}, t.position("/a/b"));
        assertArrayEquals(new long[] {2, 15}, t.position("/a/b/0"), "a shared boolean node");
        assertArrayEquals(new long[] {2, 21}, t.position("/a/b/1"), "a shared small-number node");
        assertArrayEquals(new long[] {2, 24}, t.position("/a/b/2"));
        assertArrayEquals(new long[] {2, 34}, t.position("/a/b/2/c~0d~1e"), "an escaped name, a null");
        assertArrayEquals(new long[] {2, 47}, t.position("/a/s"));
        assertArrayEquals(new long[] {3, 8}, t.position("/n"));
        assertArrayEquals(new long[] {3, 27}, t.position("/f"));
        // Jackson counts the columns of UTF-8 input in bytes: the two-byte é moves the value one column on
        assertArrayEquals(new long[] {3, 38}, t.position("/\u00e9"));
        assertArrayEquals(new long[] {4, 8}, t.position("/z"));
        assertArrayEquals(new long[] {4, 9}, t.position("/z/0"));
        assertArrayEquals(new long[] {4, 13}, t.position("/z/1"), "after an empty container");
    }

    @Test
    void aPointerToNothingFallsBackToItsClosestAncestor() throws IOException {
        LocatedTree t = tree(DOC);
        assertArrayEquals(t.position("/a/b/2"), t.position("/a/b/2/missing"));
        assertArrayEquals(t.position("/a/b"), t.position("/a/b/9"));
        assertArrayEquals(t.position("/a/b"), t.position("/a/b/x"));
        assertArrayEquals(t.position("/a/s"), t.position("/a/s/deeper/still"));
        assertArrayEquals(t.position(""), t.position("/nothing"));
        assertArrayEquals(t.position(""), t.position("not a pointer"));
    }

    @Test
    void positionsGrowPastTheInitialCapacity() throws IOException {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 1000; i++) {
            sb.append(i == 0 ? "" : ",\n").append("{\"v\": ").append(i % 2 == 0 ? "true" : "\"s\"").append('}');
        }
        LocatedTree t = tree(sb.append("\n]").toString());
        assertArrayEquals(new long[] {1000 + 1, 7}, t.position("/999/v"));
        assertArrayEquals(new long[] {501, 1}, t.position("/499"));
    }

    @Test
    void aReaderErrorReportsTheLineAndColumnOfTheValue() {
        String doc = "{\"microcred\": \"1.0\",\n \"issued\": \"2024-05-01T10:00:00+02:00\",\n"
                + " \"specification\": {\"title\": {\"en\": \"T\"},\n   \"workload\": {\"ects\": true}}}";
        org.microcred.core.format.CredentialFormatException e = assertThrows(
                org.microcred.core.format.CredentialFormatException.class,
                () -> org.microcred.core.format.Codecs.of(org.microcred.core.format.Format.JSON)
                        .read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
        assertEquals("/specification/workload/ects", e.location().path());
        assertEquals(4, e.location().line());
        assertEquals(25, e.location().column());
    }

    @Test
    void aRepeatedNameAllowedByTheCallersParserTakesTheFirstPlace() throws IOException {
        // line 1: {"a": {"x": [1, 2], "b": true},
        // line 2:  "c": "first", "a": {"y": "second"},
        // line 3:  "d": [3]}
        String doc = "{\"a\": {\"x\": [1, 2], \"b\": true},\n \"c\": \"first\", \"a\": {\"y\": \"second\"},\n \"d\": [3]}";
        JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(doc);
        p.nextToken();
        LocatedTree t = LocatedTree.read(p, "");
        assertEquals("{\"a\":{\"y\":\"second\"},\"c\":\"first\",\"d\":[3]}", t.root().toString());
        assertArrayEquals(new long[] {2, 21}, t.position("/a"));
        assertArrayEquals(new long[] {2, 27}, t.position("/a/y"));
        assertArrayEquals(new long[] {2, 7}, t.position("/c"));
        assertArrayEquals(new long[] {3, 7}, t.position("/d"));
        assertArrayEquals(new long[] {3, 8}, t.position("/d/0"));
        assertArrayEquals(new long[] {2, 21}, t.position("/a/x"), "gone with the first value: its parent");
    }

    @Test
    void theCodecsParsersRefuseARepeatedNameWhereItIsRepeated() throws IOException {
        String doc = "{\"a\": 1,\n \"b\": {\"c\": 2, \"c\": 3}}";
        JsonParser p = Jackson.documentFactory().createParser(doc);
        p.nextToken();
        com.fasterxml.jackson.core.JsonParseException e = assertThrows(com.fasterxml.jackson.core.JsonParseException.class,
                () -> LocatedTree.read(p, "", true));
        assertEquals("Duplicate field 'c'", e.getOriginalMessage());
        assertEquals(2, e.getLocation().getLineNr());
        assertEquals("/b/c", p.getParsingContext().pathAsPointer().toString());
        // without the builder's check, the codecs' parsers no longer refuse it themselves
        JsonParser lenient = Jackson.documentFactory().createParser(doc);
        lenient.nextToken();
        assertEquals("{\"a\":1,\"b\":{\"c\":3}}", LocatedTree.read(lenient, "").root().toString());
    }
}
