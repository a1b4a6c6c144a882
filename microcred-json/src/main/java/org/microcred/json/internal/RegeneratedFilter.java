package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.ExtensionNode.Member;
import org.microcred.core.ExtensionNode.Scalar;
import org.microcred.core.ExtensionNode.Sequence;
import org.microcred.core.ExtensionNode.Structure;

/**
 * Drops the extension candidates that a writer regenerates anyway. A reader keeps every property it did
 * not map; some of them are boilerplate that the writer derives from the model (types, contexts, required
 * default titles, copies of a node). Comparing each candidate with the document the writer produces for
 * the model read keeps exactly the content that would otherwise be lost.
 */
public final class RegeneratedFilter {
    private RegeneratedFilter() {
    }

    /**
     * Keeps the candidates that the expected document does not already hold at the same path.
     *
     * <p>The candidates must have been read from JSON (as {@link ObjectIn} keeps them), so that the members
     * of each structure have unique names.
     *
     * @param candidates the candidates, in order, not null
     * @param base the node of the expected document the paths are relative to, not null
     * @param ofSpecification whether the paths start with {@code /specification}
     * @return the extensions to keep, in order, not null
     */
    public static List<Extension> keepNew(List<Extension> candidates, JsonNode base, boolean ofSpecification) {
        List<Extension> out = new ArrayList<>(candidates.size());
        // candidates come in document order, many of them siblings: the parent found last is reused
        String lastPath = null;
        int lastSlash = -1;
        JsonNode lastParent = null;
        for (Extension e : candidates) {
            String path = e.path();
            if (ofSpecification && path.startsWith(ObjectIn.SPECIFICATION_ROOT)) {
                path = path.substring(ObjectIn.SPECIFICATION_ROOT.length());
            }
            JsonNode expected;
            int slash = path.lastIndexOf('/');
            if (!path.startsWith("/")) {
                expected = base; // not a pointer: no segments
            } else {
                if (lastPath == null || slash != lastSlash || !path.regionMatches(0, lastPath, 0, slash)) {
                    lastParent = resolve(base, path, 0, slash);
                    lastPath = path;
                    lastSlash = slash;
                }
                expected = lastParent == null ? null : resolve(lastParent, path, slash, path.length());
            }
            if (expected == null || !same(e.value(), expected)) {
                out.add(e);
            }
        }
        return out;
    }

    // walks the segments of pointer[from, to) (from is at a slash, or equals to) from a node, without building a list
    // of segments (this runs for every candidate of every ELM read)
    private static JsonNode resolve(JsonNode start, String pointer, int from, int to) {
        JsonNode current = start;
        int at = from;
        while (at < to && current != null) {
            int next = pointer.indexOf('/', at + 1);
            if (next < 0 || next > to) {
                next = to;
            }
            String raw = pointer.substring(at + 1, next);
            String s = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
            if (current.isObject()) {
                current = current.get(s);
            } else if (current.isArray() && isIndex(s)) {
                current = current.get(Integer.parseInt(s));
            } else {
                return null;
            }
            at = next;
        }
        return current;
    }

    // one to nine ASCII digits (leading zeros allowed), as the pattern \d{1,9} did
    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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

    // the same test for an extension node, compared in place rather than converted to JSON first
    private static boolean same(ExtensionNode actual, JsonNode expected) {
        if (equal(actual, expected)) {
            return true;
        }
        if (expected.isArray() && expected.size() == 1 && !(actual instanceof Sequence)) {
            return equal(actual, expected.get(0));
        }
        return false;
    }

    // equal to ExtensionTrees.toJson(actual).equals(VALUES, expected) for unique member names: members in any
    // order, numbers by exact decimal
    private static boolean equal(ExtensionNode actual, JsonNode expected) {
        if (actual instanceof Structure s) {
            if (!expected.isObject() || expected.size() != s.members().size()) {
                return false;
            }
            // the candidates were read from JSON, so member names are unique and equal sizes mean the same names
            for (Member m : s.members()) {
                JsonNode v = expected.get(m.name());
                if (v == null || !equal(m.value(), v)) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof Sequence q) {
            if (!expected.isArray() || expected.size() != q.items().size()) {
                return false;
            }
            for (int i = 0; i < q.items().size(); i++) {
                if (!equal(q.items().get(i), expected.get(i))) {
                    return false;
                }
            }
            return true;
        }
        Scalar sc = (Scalar) actual;
        return switch (sc.kind()) {
            case STRING -> expected.isTextual() && expected.textValue().equals(sc.text());
            case BOOLEAN -> expected.isBoolean() && expected.booleanValue() == Boolean.parseBoolean(sc.text());
            case NULL -> expected.isNull();
            case NUMBER -> expected.isNumber() && ExtensionTrees.toJson(sc).decimalValue().equals(expected.decimalValue());
        };
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
