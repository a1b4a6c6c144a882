package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.microcred.core.ExtensionNode;
import org.microcred.core.ExtensionNode.Member;
import org.microcred.core.ExtensionNode.Scalar;
import org.microcred.core.ExtensionNode.Sequence;
import org.microcred.core.ExtensionNode.Structure;

/**
 * Converts between JSON trees and the format-neutral {@link ExtensionNode} (S08), as the core's javadoc
 * describes: object to structure, array to sequence, string/number/boolean/null to scalar. Numbers keep
 * their exact decimal text.
 */
public final class ExtensionTrees {
    private ExtensionTrees() {
    }

    /**
     * Converts JSON to an extension node. Recursion is bounded by the reader's nesting limit.
     *
     * @param json the JSON value, not null
     * @return the node, not null
     */
    public static ExtensionNode fromJson(JsonNode json) {
        if (json.isObject()) {
            List<Member> members = new ArrayList<>(json.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                members.add(new Member(e.getKey(), fromJson(e.getValue())));
            }
            return new Structure(members);
        }
        if (json.isArray()) {
            List<ExtensionNode> items = new ArrayList<>(json.size());
            for (JsonNode item : json) {
                items.add(fromJson(item));
            }
            return new Sequence(items);
        }
        if (json.isNumber()) {
            // int and long nodes print as BigInteger would, without making one (its toString divides)
            String text = json.isInt() || json.isLong() ? json.asText()
                    : json.isIntegralNumber() ? json.bigIntegerValue().toString() : json.decimalValue().toString();
            return new Scalar(Scalar.Kind.NUMBER, text);
        }
        if (json.isBoolean()) {
            return new Scalar(Scalar.Kind.BOOLEAN, json.asText());
        }
        if (json.isNull()) {
            return new Scalar(Scalar.Kind.NULL, "null");
        }
        return Scalar.ofString(json.asText());
    }

    /**
     * Converts an extension node to JSON.
     *
     * @param node the node, not null
     * @return the JSON value, not null
     */
    public static JsonNode toJson(ExtensionNode node) {
        if (node instanceof Structure s) {
            ObjectNode o = Jackson.NODES.objectNode();
            for (Member m : s.members()) {
                // JSON objects cannot repeat a name: a repeated member (possible from XML) is folded into an array
                JsonNode v = toJson(m.value());
                JsonNode existing = o.get(m.name());
                if (existing == null) {
                    o.set(m.name(), v);
                } else if (existing.isArray()) {
                    ((ArrayNode) existing).add(v);
                } else {
                    o.set(m.name(), Jackson.NODES.arrayNode().add(existing).add(v));
                }
            }
            return o;
        }
        if (node instanceof Sequence s) {
            ArrayNode a = Jackson.NODES.arrayNode();
            for (ExtensionNode item : s.items()) {
                a.add(toJson(item));
            }
            return a;
        }
        Scalar sc = (Scalar) node;
        return switch (sc.kind()) {
            case STRING -> Jackson.NODES.textNode(sc.text());
            case BOOLEAN -> Jackson.NODES.booleanNode(Boolean.parseBoolean(sc.text()));
            case NULL -> Jackson.NODES.nullNode();
            case NUMBER -> isIntegral(sc.text()) ? Jackson.NODES.numberNode(new BigInteger(sc.text()))
                    : Jackson.NODES.numberNode(new BigDecimal(sc.text()));
        };
    }

    private static boolean isIntegral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
