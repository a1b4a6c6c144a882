package org.microcred.xml.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.microcred.core.Element;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.UnsupportedContentException;

/**
 * A thin layer over a non-repairing {@link XMLStreamWriter}: namespace declarations, indentation (except
 * inside extension content, where white space would become text), XML 1.0 character checks, and the same
 * element paths as {@link XmlInput}, so that extensions are written back where they were read.
 *
 * <p>Not thread-safe: one per document being written.
 */
public final class XmlOutput {
    private final XMLStreamWriter writer;
    private final Format format;
    private final String ownNamespace;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();
    private final Map<String, String> preferredPrefixes = new HashMap<>();
    private int prefixCounter;
    private int compact;
    private Element element;

    private static final class Frame {
        final Map<String, String> prefixes = new HashMap<>();
        String defaultNs;
        boolean children;
        boolean text;
    }

    /**
     * Creates an output.
     *
     * @param writer the writer, not null
     * @param format the format, for errors
     * @param ownNamespace the namespace written as the default namespace and named by local name in paths
     */
    public XmlOutput(XMLStreamWriter writer, Format format, String ownNamespace) {
        this.writer = writer;
        this.format = format;
        this.ownNamespace = ownNamespace;
        counts.add(new HashMap<>());
    }

    /**
     * Declares the prefix to use for a namespace when it must be declared.
     *
     * @param ns the namespace
     * @param prefix the prefix
     * @return this
     */
    public XmlOutput prefer(String ns, String prefix) {
        preferredPrefixes.put(ns, prefix);
        return this;
    }

    /**
     * Sets the element of the standard being written, for error messages.
     *
     * @param e the element, may be null
     */
    public void element(Element e) {
        this.element = e;
    }

    /**
     * Writes the XML declaration.
     */
    public void startDocument() {
        try {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Ends the document and flushes, leaving the stream open.
     */
    public void endDocument() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Flushes the writer.
     */
    public void flush() {
        try {
            writer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Starts an element in a namespace ({@code ""} for none).
     *
     * @param ns the namespace
     * @param local the local name
     */
    public void start(String ns, String local) {
        try {
            Frame parent = stack.peek();
            if (parent != null && compact == 0 && !parent.text) {
                writer.writeCharacters("\n" + "  ".repeat(stack.size()));
            }
            if (parent != null) {
                parent.children = true;
            }
            Frame f = new Frame();
            String inScopeDefault = parent == null ? "" : parent.defaultNs;
            f.defaultNs = inScopeDefault;
            if (ns.equals(inScopeDefault)) {
                writer.writeStartElement(local);
            } else if (ns.isEmpty() || ns.equals(ownNamespace)) {
                writer.writeStartElement(local);
                writer.writeDefaultNamespace(attr(ns));
                f.defaultNs = ns;
            } else {
                String prefix = prefixInScope(ns);
                if (prefix == null) {
                    prefix = newPrefix(ns);
                    writer.writeStartElement(prefix, local, attr(ns));
                    writer.writeNamespace(prefix, attr(ns));
                    f.prefixes.put(ns, prefix);
                } else {
                    writer.writeStartElement(prefix, local, attr(ns));
                }
            }
            stack.push(f);
            String name = ns.equals(ownNamespace) ? local : "{" + ns + "}" + local;
            int n = counts.get(counts.size() - 1).merge(name, 1, Integer::sum);
            segments.add(n > 1 ? name + "[" + n + "]" : name);
            counts.add(new HashMap<>());
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Starts an element in the own namespace.
     *
     * @param local the local name
     */
    public void start(String local) {
        start(ownNamespace, local);
    }

    private String prefixInScope(String ns) {
        for (Frame f : stack) {
            String p = f.prefixes.get(ns);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private String newPrefix(String ns) {
        String preferred = preferredPrefixes.get(ns);
        if (preferred != null && !prefixTaken(preferred)) {
            return preferred;
        }
        String p;
        do {
            p = "ns" + (++prefixCounter);
        } while (prefixTaken(p));
        return p;
    }

    private boolean prefixTaken(String prefix) {
        for (Frame f : stack) {
            if (f.prefixes.containsValue(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Declares a namespace prefix on the element just started, so that descendants share it.
     *
     * @param ns the namespace
     */
    public void declare(String ns) {
        try {
            if (prefixInScope(ns) == null) {
                String prefix = newPrefix(ns);
                writer.writeNamespace(prefix, attr(ns));
                stack.peek().prefixes.put(ns, prefix);
            }
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Writes an attribute of the element just started.
     *
     * @param ns the namespace, empty for none
     * @param local the local name
     * @param value the value
     */
    public void attribute(String ns, String local, String value) {
        check(value);
        try {
            if (ns.isEmpty()) {
                writer.writeAttribute(local, attr(value));
            } else if (ns.equals(XMLConstants.XML_NS_URI)) {
                writer.writeAttribute("xml", ns, local, attr(value));
            } else {
                String prefix = prefixInScope(ns);
                if (prefix == null) {
                    prefix = newPrefix(ns);
                    writer.writeNamespace(prefix, attr(ns));
                    stack.peek().prefixes.put(ns, prefix);
                }
                writer.writeAttribute(prefix, attr(ns), local, attr(value));
            }
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Writes text into the current element; carriage returns are written as character references so that
     * they survive line-end normalisation.
     *
     * @param text the text
     */
    public void text(String text) {
        check(text);
        try {
            stack.peek().text = true;
            int from = 0;
            for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
                writer.writeCharacters(text.substring(from, i));
                writer.writeEntityRef("#13");
                from = i + 1;
            }
            writer.writeCharacters(text.substring(from));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Ends the current element.
     */
    public void end() {
        try {
            Frame f = stack.pop();
            if (f.children && !f.text && compact == 0) {
                writer.writeCharacters("\n" + "  ".repeat(stack.size()));
            }
            writer.writeEndElement();
            segments.remove(segments.size() - 1);
            counts.remove(counts.size() - 1);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Writes an element with text in the own namespace.
     *
     * @param local the local name
     * @param text the text
     */
    public void leaf(String local, String text) {
        leaf(ownNamespace, local, text);
    }

    /**
     * Writes an element with text.
     *
     * @param ns the namespace
     * @param local the local name
     * @param text the text
     */
    public void leaf(String ns, String local, String text) {
        start(ns, local);
        text(text);
        end();
    }

    /**
     * Writes an element with text and an {@code xml:lang} (none if the tag is {@code und} and
     * {@code undAsNone}).
     *
     * @param ns the namespace
     * @param local the local name
     * @param lang the language tag
     * @param text the text
     * @param undAsNone whether {@code und} is written as no attribute
     */
    public void langLeaf(String ns, String local, String lang, String text, boolean undAsNone) {
        start(ns, local);
        if (!(undAsNone && lang.equals("und"))) {
            attribute(XMLConstants.XML_NS_URI, "lang", lang);
        }
        text(text);
        end();
    }

    /**
     * Enters or leaves compact mode (no indentation), used for extension content.
     *
     * @param on true to enter, false to leave
     */
    public void compact(boolean on) {
        compact += on ? 1 : -1;
    }

    /**
     * Gets the own namespace.
     *
     * @return the namespace
     */
    public String ownNamespace() {
        return ownNamespace;
    }

    /**
     * Gets the path of the current element below an ancestor depth (1 = root).
     *
     * @param baseDepth the depth of the element the path is relative to
     * @return the relative path, starting with '/'; empty for the base element itself
     */
    public String pathBelow(int baseDepth) {
        if (segments.size() <= baseDepth) {
            return "";
        }
        return "/" + String.join("/", segments.subList(baseDepth, segments.size()));
    }

    /**
     * Gets the depth of the current element (1 = root).
     *
     * @return the depth
     */
    public int depth() {
        return segments.size();
    }

    /**
     * Formats a decimal as {@link Decimals#plain}, refusing one that no reader would accept.
     *
     * @param e the element of the standard
     * @param d the number
     * @return the text, not null
     * @throws UnsupportedContentException if the number has more than 100 characters or an absurd exponent
     */
    public String decimal(Element e, java.math.BigDecimal d) {
        String s = Decimals.plain(d);
        if (s == null) {
            throw new UnsupportedContentException(format, CredentialFormatException.Location.of(
                    "/" + String.join("/", segments), 0, 0), e, d.toString(),
                    "cannot write the number as " + Decimals.EXPECTED, null);
        }
        return s;
    }

    /**
     * Marks the white space that a reader's attribute-value normalisation would turn into a space (tab, line
     * feed, carriage return), for {@link CharRefWriter} to write as a character reference: the JDK's writer
     * writes it raw, so it would not read back as itself.
     */
    private static String attr(String value) {
        if (value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(CharRefWriter.MARK);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (c < 0x20) {
                ok = c == '\t' || c == '\n' || c == '\r';
            } else if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                i++;
            } else {
                ok = !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
            }
            if (!ok) {
                throw new UnsupportedContentException(format, CredentialFormatException.Location.of(
                        "/" + String.join("/", segments), 0, 0), element, text,
                        String.format("character U+%04X cannot be written in XML 1.0", (int) c), null);
            }
        }
    }

    private UnsupportedContentException failed(XMLStreamException e) {
        return new UnsupportedContentException(format, CredentialFormatException.Location.of(
                "/" + String.join("/", segments), 0, 0), element, null, "cannot write XML: " + e.getMessage(), e);
    }
}
