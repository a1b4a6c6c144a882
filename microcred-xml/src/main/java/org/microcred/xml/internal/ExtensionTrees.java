package org.microcred.xml.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.microcred.core.ExtensionNode;
import org.microcred.core.ExtensionNode.Member;
import org.microcred.core.ExtensionNode.Scalar;
import org.microcred.core.ExtensionNode.Sequence;
import org.microcred.core.ExtensionNode.Structure;

/**
 * The XML mapping of {@link ExtensionNode} (S08), shared by both XML formats.
 *
 * <p>An element maps to a {@link Structure} whose members are, in document order, its attributes
 * ({@code @name}, {@code @{namespace}name}), its child elements (named as in paths: the local name for the
 * format's own namespace, {@code {namespace}name} otherwise, {@code {}name} for no namespace) and its text
 * runs ({@code #text}; runs of white space only are dropped, as indentation).
 *
 * <p>Trees that did not come from XML (a scalar number, a sequence) are written with a
 * {@code mc:kind} attribute in the microcred XML namespace so that they read back unchanged:
 * {@code kind="string|number|boolean|null"} on an element holding the scalar's text, and
 * {@code kind="sequence"} on an element whose {@code mc:item} children are the items.
 */
public final class ExtensionTrees {
    /** The namespace of the kind marker and sequence items. */
    public static final String MC = Namespaces.XML;

    private ExtensionTrees() {
    }

    /**
     * Reads the current element into a tree and consumes it.
     *
     * @param in the input, positioned on a start tag
     * @return the tree
     */
    static ExtensionNode read(XmlInput in) {
        XMLStreamReader r = in.reader();
        String kind = in.attribute(MC, "kind");
        if (kind != null) {
            return readKind(in, kind);
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String local = r.getAttributeLocalName(i);
            String name = ns == null || ns.isEmpty() ? "@" + local : "@{" + ns + "}" + local;
            members.add(new Member(name, Scalar.ofString(r.getAttributeValue(i))));
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            int e = in.rawNext();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    in.appendText(text, r.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    flush(members, text);
                    String name = in.segmentName(r.getNamespaceURI(), r.getLocalName());
                    members.add(new Member(name, read(in)));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flush(members, text);
                    return new Structure(members);
                }
                default -> {
                }
            }
        }
    }

    private static void flush(List<Member> members, StringBuilder text) {
        if (!text.toString().isBlank()) {
            members.add(new Member("#text", Scalar.ofString(text.toString())));
        }
        text.setLength(0);
    }

    private static ExtensionNode readKind(XmlInput in, String kind) {
        if (kind.equals("sequence")) {
            List<ExtensionNode> items = new ArrayList<>();
            while (in.next()) {
                if (!in.is(MC, "item")) {
                    throw in.malformed(null, in.local(), "a sequence holds only mc:item elements", null);
                }
                items.add(read(in));
            }
            return new Sequence(items);
        }
        Scalar.Kind k;
        switch (kind) {
            case "string" -> k = Scalar.Kind.STRING;
            case "number" -> k = Scalar.Kind.NUMBER;
            case "boolean" -> k = Scalar.Kind.BOOLEAN;
            case "null" -> k = Scalar.Kind.NULL;
            default -> throw in.malformed(null, kind, "unknown mc:kind (expected string, number, boolean, null or sequence)", null);
        }
        String text = in.text();
        return in.build(org.microcred.core.Element.S08, () -> new Scalar(k, text));
    }

    /**
     * Checks that a tree can be written as an element of a name; names are as in paths.
     *
     * @param name the element name
     * @param node the tree
     * @param ownNamespace the namespace of plain names
     * @return null if writable, else why not
     */
    public static String unwritable(String name, ExtensionNode node, String ownNamespace) {
        String[] qn = parse(name, ownNamespace);
        if (qn == null) {
            return "'" + name + "' is not an XML element name";
        }
        if (node instanceof Sequence s) {
            for (ExtensionNode item : s.items()) {
                String why = unwritable("{" + MC + "}item", item, ownNamespace);
                if (why != null) {
                    return why;
                }
            }
        } else if (node instanceof Structure st) {
            Set<String> attributes = new HashSet<>();
            for (Member m : st.members()) {
                if (m.name().startsWith("@")) {
                    String[] an = parse(m.name().substring(1), "");
                    if (an == null || !(m.value() instanceof Scalar sc) || sc.kind() != Scalar.Kind.STRING
                            || !attributes.add(m.name()) || an[0].equals(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI)
                            || (an[0].isEmpty() && an[1].equals("xmlns"))) {
                        return "member '" + m.name() + "' cannot be written as an XML attribute";
                    }
                } else if (m.name().equals("#text")) {
                    if (!(m.value() instanceof Scalar sc) || sc.kind() != Scalar.Kind.STRING) {
                        return "member '#text' must be a string";
                    }
                } else {
                    String why = unwritable(m.name(), m.value(), ownNamespace);
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Splits a path-style name into namespace and local name.
     *
     * @param name the name: {@code local} (own namespace), {@code {ns}local} or {@code {}local}
     * @param ownNamespace the namespace of a plain name
     * @return {namespace, local}, or null if not a valid name
     */
    public static String[] parse(String name, String ownNamespace) {
        String ns;
        String local;
        if (name.startsWith("{")) {
            int close = name.indexOf('}');
            if (close < 0) {
                return null;
            }
            ns = name.substring(1, close);
            local = name.substring(close + 1);
        } else {
            ns = ownNamespace;
            local = name;
        }
        return isNcName(local) ? new String[] {ns, local} : null;
    }

    private static boolean isNcName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean start = Character.isLetter(c) || c == '_';
            boolean ok = i == 0 ? start : start || Character.isDigit(c) || c == '-' || c == '.' || c == '\u00B7';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a tree as an element; check {@link #unwritable} first.
     *
     * @param out the output
     * @param name the element name, as in paths
     * @param node the tree
     */
    public static void write(XmlOutput out, String name, ExtensionNode node) {
        String[] qn = parse(name, out.ownNamespace());
        out.start(qn[0], qn[1]);
        out.compact(true);
        try {
            writeContent(out, node);
        } finally {
            out.compact(false);
        }
        out.end();
    }

    private static void writeInner(XmlOutput out, String name, ExtensionNode node) {
        String[] qn = parse(name, out.ownNamespace());
        out.start(qn[0], qn[1]);
        writeContent(out, node);
        out.end();
    }

    private static void writeContent(XmlOutput out, ExtensionNode node) {
        if (node instanceof Scalar s) {
            out.attribute(MC, "kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.text(s.text());
        } else if (node instanceof Sequence q) {
            out.attribute(MC, "kind", "sequence");
            for (ExtensionNode item : q.items()) {
                writeInner(out, "{" + MC + "}item", item);
            }
        } else {
            Structure st = (Structure) node;
            for (Member m : st.members()) {
                if (m.name().startsWith("@")) {
                    String[] an = parse(m.name().substring(1), "");
                    out.attribute(an[0], an[1], ((Scalar) m.value()).text());
                }
            }
            for (Member m : st.members()) {
                if (m.name().equals("#text")) {
                    out.text(((Scalar) m.value()).text());
                } else if (!m.name().startsWith("@")) {
                    writeInner(out, m.name(), m.value());
                }
            }
        }
    }
}
