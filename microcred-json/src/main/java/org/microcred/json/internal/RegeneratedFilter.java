package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.core.Extension;

/**
 * Drops the extension candidates that a writer regenerates anyway. A reader keeps every property it did
 * not map; some of them are boilerplate that the writer derives from the model (types, contexts, required
 * default titles, copies of a node). Comparing each candidate with the document the writer produces for
 * the model read keeps exactly the content that would otherwise be lost.
 */
public final class RegeneratedFilter {
    // compiled once: String.matches compiles the pattern on every call (a hot spot when reading)
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\d{1,9}");

    private RegeneratedFilter() {
    }

    /**
     * Keeps the candidates that the expected document does not already hold at the same path.
     *
     * @param candidates the candidates, in order, not null
     * @param base the node of the expected document the paths are relative to, not null
     * @param ofSpecification whether the paths start with {@code /specification}
     * @return the extensions to keep, in order, not null
     */
    public static List<Extension> keepNew(List<Extension> candidates, JsonNode base, boolean ofSpecification) {
        List<Extension> out = new ArrayList<>();
        for (Extension e : candidates) {
            String path = e.path();
            if (ofSpecification && path.startsWith(ObjectIn.SPECIFICATION_ROOT)) {
                path = path.substring(ObjectIn.SPECIFICATION_ROOT.length());
            }
            JsonNode expected = resolve(base, ExtensionPlacer.segments(path));
            if (expected == null || !same(ExtensionTrees.toJson(e.value()), expected)) {
                out.add(e);
            }
        }
        return out;
    }

    private static JsonNode resolve(JsonNode base, List<String> segments) {
        JsonNode current = base;
        for (String s : segments) {
            if (current == null) {
                return null;
            }
            if (current.isObject()) {
                current = current.get(s);
            } else if (current.isArray() && INDEX.matcher(s).matches()) {
                current = current.get(Integer.parseInt(s));
            } else {
                return null;
            }
        }
        return current;
    }

    // numbers are equal when their exact decimal values are (an int node equals a big-integer node of the same value)
    private static final java.util.Comparator<JsonNode> VALUES = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().equals(b.decimalValue()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    // JSON-LD: a single value equals an array holding just that value
    private static boolean same(JsonNode actual, JsonNode expected) {
        if (actual.equals(VALUES, expected)) {
            return true;
        }
        if (expected.isArray() && expected.size() == 1 && !actual.isArray()) {
            return actual.equals(VALUES, expected.get(0));
        }
        return false;
    }

    /**
     * Tells whether a candidate holds the same value as a node (for readers that decide themselves).
     *
     * @param node the node, not null
     * @param expected the expected node, not null
     * @return true if equal, a single value counting as an array of one
     */
    public static boolean same(ObjectNode node, JsonNode expected) {
        return same((JsonNode) node, expected);
    }
}
