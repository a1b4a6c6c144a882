package org.microcred.json.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * Converts between JSON trees and the format-neutral {@link ExtensionNode}, and places kept extensions (S08)
 * back into a written document at their JSON pointers.
 */
final class Trees {
    private Trees() {
    }

    /** JSON to extension node: object to structure, array to sequence, the rest to scalars with their exact text. */
    static ExtensionNode toExtension(JsonNode n) {
        if (n.isObject()) {
            List<ExtensionNode.Member> members = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                members.add(new ExtensionNode.Member(e.getKey(), toExtension(e.getValue())));
            }
            return new ExtensionNode.Structure(members);
        }
        if (n.isArray()) {
            List<ExtensionNode> items = new ArrayList<>();
            n.forEach(i -> items.add(toExtension(i)));
            return new ExtensionNode.Sequence(items);
        }
        if (n.isNumber()) {
            String text = n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString();
            return new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.NUMBER, text);
        }
        if (n.isBoolean()) {
            return new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.BOOLEAN, n.asText());
        }
        if (n.isNull()) {
            return new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.NULL, "null");
        }
        return ExtensionNode.Scalar.ofString(n.asText());
    }

    /**
     * Extension node to JSON. A structure with a repeated member name (possible in XML) cannot be a JSON
     * object: the first member of that name is kept and the others are reported as lost.
     */
    static JsonNode toJson(ExtensionNode n, String path, List<Loss> losses) {
        if (n instanceof ExtensionNode.Structure s) {
            ObjectNode o = Ob3Writer.NODES.objectNode();
            Set<String> seen = new HashSet<>();
            for (ExtensionNode.Member m : s.members()) {
                if (!seen.add(m.name())) {
                    losses.add(new Loss(Element.S08, path, "repeated member name '" + m.name()
                            + "' cannot be written as a JSON object member; the first one is written"));
                    continue;
                }
                o.set(m.name(), toJson(m.value(), path, losses));
            }
            return o;
        }
        if (n instanceof ExtensionNode.Sequence q) {
            ArrayNode a = Ob3Writer.NODES.arrayNode();
            for (int i = 0; i < q.items().size(); i++) {
                a.add(toJson(q.items().get(i), path, losses));
            }
            return a;
        }
        ExtensionNode.Scalar s = (ExtensionNode.Scalar) n;
        return switch (s.kind()) {
            case STRING -> Ob3Writer.NODES.textNode(s.text());
            case NUMBER -> Ob3Writer.NODES.numberNode(new BigDecimal(s.text()));
            case BOOLEAN -> Ob3Writer.NODES.booleanNode(Boolean.parseBoolean(s.text()));
            case NULL -> Ob3Writer.NODES.nullNode();
        };
    }

    /**
     * Places extensions into a written document, in order. OB 3.0 extensions go to their pointer (a
     * specification's under the achievement); those of other formats cannot be placed and are lost.
     *
     * @param doc the document
     * @param credential the credential's extensions
     * @param specification the specification's extensions
     * @param losses receives what could not be placed
     */
    static void place(ObjectNode doc, List<Extension> credential, List<Extension> specification, List<Loss> losses) {
        for (int i = 0; i < credential.size(); i++) {
            Extension e = credential.get(i);
            place(doc, e, e.path(), "extensions[" + i + "]", losses);
        }
        for (int i = 0; i < specification.size(); i++) {
            Extension e = specification.get(i);
            String p = e.path();
            String rel = p.equals(Source.SPECIFICATION) || p.startsWith(Source.SPECIFICATION + "/")
                    ? p.substring(Source.SPECIFICATION.length()) : p;
            place(doc, e, Source.ACHIEVEMENT + rel, "specification.extensions[" + i + "]", losses);
        }
    }

    private static void place(ObjectNode doc, Extension e, String pointer, String modelPath, List<Loss> losses) {
        if (e.format() != Format.OB3) {
            losses.add(new Loss(Element.S08, modelPath, "an extension read from " + e.format().id()
                    + " has no place in an ob3 document"));
            return;
        }
        if (pointer.equals("/") || pointer.isEmpty() || !pointer.startsWith("/")) {
            losses.add(new Loss(Element.S08, modelPath, "the whole document cannot be replaced by an extension"));
            return;
        }
        List<Loss> valueLosses = new ArrayList<>();
        JsonNode value = toJson(e.value(), modelPath, valueLosses);
        losses.addAll(valueLosses);
        String[] segs = pointer.substring(1).split("/", -1);
        JsonNode cur = doc;
        for (int i = 0; i < segs.length; i++) {
            String seg = segs[i].replace("~1", "/").replace("~0", "~");
            boolean last = i == segs.length - 1;
            if (cur instanceof ObjectNode o) {
                if (last) {
                    o.set(seg, value);
                    return;
                }
                JsonNode next = o.get(seg);
                if (next == null || next.isNull()) {
                    next = segs[i + 1].equals("-") || segs[i + 1].matches("\\d+") ? o.putArray(seg) : o.putObject(seg);
                }
                cur = next;
            } else if (cur instanceof ArrayNode a) {
                int index = seg.equals("-") ? a.size() : seg.matches("\\d{1,9}") ? Integer.parseInt(seg) : -1;
                if (index < 0 || index > a.size()) {
                    break;
                }
                if (last) {
                    if (index == a.size()) {
                        a.add(value);
                    } else {
                        a.set(index, value);
                    }
                    return;
                }
                if (index == a.size()) {
                    a.addObject();
                }
                cur = a.get(index);
            } else {
                break;
            }
        }
        losses.add(new Loss(Element.S08, modelPath, "no place for it at " + pointer + " in the written document"));
    }
}
