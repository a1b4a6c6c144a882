package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * Writes extensions (S08) back in place: each at its JSON pointer, relative to the document root or, for
 * the specification's extensions, to the node where the format puts the specification.
 *
 * <p>A property is appended to its object (an existing property of the same name is replaced and moved
 * to the end, so that the order of extensions survives a round trip); an array item is inserted at its
 * index. Missing intermediate containers are created: an array where the pointer goes on with an array index
 * ({@code /x/0/y}, {@code /x/-}), else an object. Extensions of another format, and paths that cannot
 * be placed, are reported as losses of S08.
 */
public final class ExtensionPlacer {
    private ExtensionPlacer() {
    }

    /**
     * Places extensions.
     *
     * @param format the format being written, not null
     * @param extensions the extensions, in order, not null
     * @param base the node that the paths are relative to, not null
     * @param ofSpecification whether these are the specification's extensions (paths under {@code /specification})
     * @param modelPath where the extensions are in the model, for losses, e.g. {@code specification.extensions}, not null
     * @param losses where to report what cannot be placed, not null
     */
    public static void place(Format format, List<Extension> extensions, ObjectNode base, boolean ofSpecification,
            String modelPath, List<Loss> losses) {
        for (int i = 0; i < extensions.size(); i++) {
            Extension ext = extensions.get(i);
            String where = modelPath + "[" + i + "]";
            if (ext.format() != format) {
                losses.add(new Loss(Element.S08, where, "extension " + ext.path() + " comes from format '"
                        + ext.format().id() + "' and cannot be written as '" + format.id() + "'"));
                continue;
            }
            String path = ext.path();
            if (ofSpecification) {
                if (!path.startsWith(ObjectIn.SPECIFICATION_ROOT + "/")) {
                    losses.add(new Loss(Element.S08, where, "extension path " + path + " is not under "
                            + ObjectIn.SPECIFICATION_ROOT));
                    continue;
                }
                path = path.substring(ObjectIn.SPECIFICATION_ROOT.length());
            }
            if (!place(base, segments(path), ExtensionTrees.toJson(ext.value()))) {
                losses.add(new Loss(Element.S08, where, "extension path " + ext.path() + " cannot be placed in the document"));
            }
        }
    }

    private static boolean place(ObjectNode base, List<String> segments, JsonNode value) {
        if (segments.isEmpty()) {
            return false;
        }
        JsonNode current = base;
        for (int i = 0; i < segments.size() - 1; i++) {
            String seg = segments.get(i);
            JsonNode next;
            // a missing container is an array if the pointer goes on with an index ("0", "-"), else an object
            boolean arrayNext = isIndex(segments.get(i + 1));
            if (current instanceof ObjectNode o) {
                next = o.get(seg);
                if (next == null || next.isNull()) {
                    next = arrayNext ? o.putArray(seg) : o.putObject(seg);
                }
            } else if (current instanceof ArrayNode a) {
                int index = seg.equals("-") ? a.size() : index(seg);
                if (index < 0 || index > a.size()) {
                    return false;
                }
                if (index == a.size()) {
                    next = arrayNext ? a.addArray() : a.addObject();
                } else {
                    next = a.get(index);
                }
            } else {
                return false;
            }
            current = next;
        }
        String last = segments.get(segments.size() - 1);
        if (current instanceof ObjectNode o) {
            o.remove(last);
            o.set(last, value);
            return true;
        }
        if (current instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
                return true;
            }
            int index = index(last);
            if (index < 0 || index > a.size()) {
                return false;
            }
            a.insert(index, value);
            return true;
        }
        return false;
    }

    private static boolean isIndex(String seg) {
        return seg.equals("-") || index(seg) >= 0;
    }

    private static int index(String seg) {
        if (seg.isEmpty() || seg.length() > 9 || (seg.length() > 1 && seg.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < seg.length(); i++) {
            if (!Character.isDigit(seg.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(seg);
    }

    /**
     * Splits a JSON pointer into unescaped segments.
     *
     * @param pointer the pointer, e.g. {@code /a/b~1c}, not null
     * @return the segments, empty for the root or an invalid pointer, not null
     */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (!pointer.startsWith("/")) {
            return out;
        }
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
