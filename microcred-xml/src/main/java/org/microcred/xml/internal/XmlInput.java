package org.microcred.xml.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.microcred.core.Element;
import org.microcred.core.ExtensionNode;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.xml.ReadLimits;

/**
 * A cursor over a {@link XMLStreamReader} for reading element-only XML (plus text leaves), with the checks
 * every microcred reader needs: no DTD, no entity references, a depth limit and a text-length limit; a path
 * of the current element; and errors in the core exception family with line and column.
 *
 * <p>Paths: an element in the format's own namespace is named by its local name, any other by
 * {@code {namespace}local} ({@code {}local} for no namespace); the n-th repeated sibling of a name (n &gt; 1)
 * carries {@code [n]}.
 *
 * <p>Not thread-safe: one per document being read.
 */
public final class XmlInput {
    private final XMLStreamReader reader;
    private final Format format;
    private final ReadLimits limits;
    private String ownNamespace;
    private final List<String> segments = new ArrayList<>();
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private boolean atStart;
    // the attributes of the element just entered that the reader asked for, checked when it moves on
    private final java.util.BitSet attributesRead = new java.util.BitSet();
    private boolean attributesPending;
    private UnreadAttribute unreadAttribute = (in, name, value) -> { };

    /**
     * What a reader does with an attribute it did not read: a codec's own format refuses it, a lenient reader
     * of a foreign format reports it; either way it is not dropped unseen.
     */
    @FunctionalInterface
    public interface UnreadAttribute {
        /**
         * Handles one attribute, with the input still on its element.
         *
         * @param in the input, on the element
         * @param name the attribute's name ({@code {ns}local} for a namespaced one)
         * @param value its value
         */
        void unread(XmlInput in, String name, String value);
    }

    /**
     * Creates a cursor positioned before the root element.
     *
     * @param reader the reader, not null
     * @param format the format
     * @param ownNamespace the namespace whose elements are named by local name in paths
     * @param limits the limits
     */
    public XmlInput(XMLStreamReader reader, Format format, String ownNamespace, ReadLimits limits) {
        this.reader = reader;
        this.format = format;
        this.ownNamespace = ownNamespace;
        this.limits = limits;
        counts.add(new HashMap<>());
    }

    /**
     * Sets what happens to an attribute that the reader did not read on an element it read (not one it kept
     * whole with {@link #capture()} or {@link #skip() skipped}). The default ignores it.
     *
     * @param handler the handler, not null
     */
    public void onUnreadAttribute(UnreadAttribute handler) {
        this.unreadAttribute = handler;
    }

    // xsi:schemaLocation and xsi:noNamespaceSchemaLocation are hints to a validator, no content
    private static final String XSI = javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private void checkAttributes() {
        attributesPending = false;
        if (!reader.isStartElement()) {
            return; // only on the element's start tag (an element consumed some other way was handled)
        }
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (attributesRead.get(i)) {
                continue;
            }
            String ns = reader.getAttributeNamespace(i);
            String local = reader.getAttributeLocalName(i);
            if (XSI.equals(ns) && (local.equals("schemaLocation") || local.equals("noNamespaceSchemaLocation"))) {
                continue;
            }
            unreadAttribute.unread(this, ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local, reader.getAttributeValue(i));
        }
    }

    /**
     * Sets the namespace named by local name in paths (ELMO v1 or v2, known only at the root).
     *
     * @param ns the namespace
     */
    public void ownNamespace(String ns) {
        this.ownNamespace = ns;
    }

    /**
     * Gets the format being read.
     *
     * @return the format
     */
    public Format format() {
        return format;
    }

    //-----------------------------------------------------------------------
    /**
     * Moves to the root element.
     *
     * @return false if the input has no root element (empty stream)
     */
    public boolean root() {
        try {
            while (reader.hasNext()) {
                int e = reader.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        enter();
                        return true;
                    }
                    case XMLStreamConstants.DTD -> throw refuseDtd();
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refuseEntity();
                    default -> {
                    }
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw translate(format, path(), e);
        }
    }

    /**
     * Moves to the next child element of the current element, or consumes the current element's end tag.
     * Text between child elements must be white space.
     *
     * @return true if positioned on a child start tag, false if the current element ended
     */
    public boolean next() {
        try {
            if (attributesPending) {
                checkAttributes();
            }
            if (atStart) {
                atStart = false;
            }
            while (true) {
                int e = reader.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        enter();
                        return true;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        leave();
                        return false;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!reader.isWhiteSpace() && !reader.getText().isBlank()) {
                            throw malformed(null, reader.getText().strip(), "unexpected text in element '"
                                    + (segments.isEmpty() ? "" : segments.get(segments.size() - 1)) + "'", null);
                        }
                    }
                    case XMLStreamConstants.DTD -> throw refuseDtd();
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refuseEntity();
                    case XMLStreamConstants.END_DOCUMENT -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw translate(format, path(), e);
        } catch (IllegalStateException e) {
            throw malformed(null, null, "unexpected content", e);
        }
    }

    private void enter() {
        if (segments.size() >= limits.maxDepth()) {
            throw malformed(null, null, "elements nested deeper than the limit of " + limits.maxDepth(), null);
        }
        if (reader.getAttributeCount() > limits.maxAttributes()) {
            throw malformed(null, null, "more attributes than the limit of " + limits.maxAttributes(), null);
        }
        String name = segmentName(reader.getNamespaceURI(), reader.getLocalName());
        Map<String, Integer> siblings = counts.get(counts.size() - 1);
        int n = siblings.merge(name, 1, Integer::sum);
        segments.add(n > 1 ? name + "[" + n + "]" : name);
        counts.add(new HashMap<>());
        atStart = true;
        attributesRead.clear();
        attributesPending = true;
    }

    private void leave() {
        segments.remove(segments.size() - 1);
        counts.remove(counts.size() - 1);
    }

    /**
     * Names an element as paths and extension trees do.
     *
     * @param ns the namespace, may be null or empty
     * @param local the local name
     * @return the name
     */
    public String segmentName(String ns, String local) {
        String n = ns == null ? "" : ns;
        if (n.equals(ownNamespace)) {
            return local;
        }
        return "{" + n + "}" + local;
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the namespace of the current element.
     *
     * @return the namespace, empty if none
     */
    public String ns() {
        String n = reader.getNamespaceURI();
        return n == null ? "" : n;
    }

    /**
     * Gets the local name of the current element.
     *
     * @return the name
     */
    public String local() {
        return reader.getLocalName();
    }

    /**
     * Checks whether the current element is in a namespace with a local name.
     *
     * @param ns the namespace
     * @param local the local name
     * @return true if it is
     */
    public boolean is(String ns, String local) {
        return ns().equals(ns) && local().equals(local);
    }

    /**
     * Gets an attribute of the current element.
     *
     * @param ns the namespace, empty for none
     * @param local the local name
     * @return the value, or null if absent
     */
    public String attribute(String ns, String local) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ans = reader.getAttributeNamespace(i);
            if ((ans == null ? "" : ans).equals(ns) && reader.getAttributeLocalName(i).equals(local)) {
                attributesRead.set(i);
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Gets the {@code xml:lang} of the current element.
     *
     * @return the tag, or null if absent
     */
    public String lang() {
        String lang = attribute(XMLConstants.XML_NS_URI, "lang");
        if (lang != null && lang.length() > MAX_LANGUAGE_TAG) {
            throw malformed(null, lang, "xml:lang longer than the limit of " + MAX_LANGUAGE_TAG + " characters", null);
        }
        return lang;
    }

    /**
     * The longest language tag read: the JSON codecs write tags as member names, whose length their readers limit
     * to the same (real tags have a few dozen characters at most).
     */
    public static final int MAX_LANGUAGE_TAG = 1024;

    /**
     * Reads the text of the current element, which must have no child elements, and consumes its end tag.
     *
     * @return the text, not null
     */
    public String text() {
        if (attributesPending) {
            checkAttributes();
        }
        StringBuilder sb = new StringBuilder();
        try {
            while (true) {
                int e = reader.next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        append(sb, reader.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        leave();
                        return sb.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        enter();
                        throw malformed(null, null, "element expected to hold text only", null);
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refuseEntity();
                    case XMLStreamConstants.DTD -> throw refuseDtd();
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException ex) {
            throw translate(format, path(), ex);
        }
    }

    private void append(StringBuilder sb, String text) {
        if (sb.length() + text.length() > limits.maxTextLength()) {
            throw malformed(null, null, "text longer than the limit of " + limits.maxTextLength() + " characters", null);
        }
        sb.append(text);
    }

    /**
     * Skips the current element and everything in it.
     */
    public void skip() {
        attributesPending = false; // skipped whole, by decision of the reader
        while (next()) {
            skipInside();
        }
    }

    private void skipInside() {
        attributesPending = false;
        try {
            int depth = 1;
            while (depth > 0) {
                int e = reader.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        enter();
                        attributesPending = false;
                        depth++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        leave();
                        depth--;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refuseEntity();
                    case XMLStreamConstants.DTD -> throw refuseDtd();
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException ex) {
            throw translate(format, path(), ex);
        }
    }

    /**
     * Captures the current element's content as an extension tree and consumes it, following the XML mapping
     * of {@link ExtensionNode} (see {@link ExtensionTrees}).
     *
     * @return the tree, not null
     */
    public ExtensionNode capture() {
        attributesPending = false; // kept whole, attributes and all
        return ExtensionTrees.read(this);
    }

    /**
     * Gets the underlying reader, for {@link ExtensionTrees}.
     *
     * @return the reader
     */
    XMLStreamReader reader() {
        return reader;
    }

    /**
     * Reads the next event for {@link ExtensionTrees}, keeping path and depth, refusing entities.
     *
     * @return the event type
     */
    int rawNext() {
        try {
            int e = reader.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    enter();
                    attributesPending = false; // ExtensionTrees keeps them
                }
                case XMLStreamConstants.END_ELEMENT -> leave();
                case XMLStreamConstants.ENTITY_REFERENCE -> throw refuseEntity();
                case XMLStreamConstants.DTD -> throw refuseDtd();
                default -> {
                }
            }
            return e;
        } catch (XMLStreamException ex) {
            throw translate(format, path(), ex);
        }
    }

    /**
     * Appends text within the text limit, for {@link ExtensionTrees}.
     *
     * @param sb the buffer
     * @param text the text
     */
    void appendText(StringBuilder sb, String text) {
        append(sb, text);
    }

    /**
     * Closes the reader, ignoring failures.
     */
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to release that matters: the caller owns the stream
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the path of the current element.
     *
     * @return the path, e.g. {@code /credential/learner}, not null
     */
    public String path() {
        if (segments.isEmpty()) {
            return "";
        }
        return "/" + String.join("/", segments);
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
     * Gets the location of the current event.
     *
     * @return the location, not null
     */
    public CredentialFormatException.Location location() {
        Location l = reader.getLocation();
        long line = l == null ? 0 : Math.max(0, l.getLineNumber());
        long column = l == null ? 0 : Math.max(0, l.getColumnNumber());
        return CredentialFormatException.Location.of(path(), line, column);
    }

    /**
     * Creates an exception for bad content at the current element.
     *
     * @param element the element of the standard, may be null
     * @param value the offending value, may be null
     * @param problem what is wrong
     * @param cause the cause, may be null
     * @return the exception, not null
     */
    public MalformedDocumentException malformed(Element element, String value, String problem, Throwable cause) {
        return new MalformedDocumentException(format, location(), element, value, problem, cause);
    }

    /**
     * Runs a model constructor, turning its argument checks into a {@link MalformedDocumentException} at the
     * current element.
     *
     * @param <T> the type built
     * @param element the element of the standard
     * @param build the constructor call
     * @return the value
     */
    public <T> T build(Element element, Supplier<T> build) {
        return build(element, null, build);
    }

    /**
     * Runs a model constructor, turning its argument checks into a {@link MalformedDocumentException} at the
     * current element that names the offending value.
     *
     * @param <T> the type built
     * @param element the element of the standard
     * @param value the value the constructor is given, may be null
     * @param build the constructor call
     * @return the value
     */
    public <T> T build(Element element, String value, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw modelRefused(format, location(), element, value, e);
        }
    }

    /**
     * Translates the failure of a model constructor (or builder) while reading: the one place where the core's
     * argument checks become a {@link MalformedDocumentException}. A {@code NullPointerException} of
     * {@code Objects.requireNonNull(x, "name")} means a required child was absent and is reported as
     * "missing required &lt;name&gt;", without the NullPointerException as cause.
     *
     * @param format the format
     * @param at where reading was
     * @param element the element of the standard, may be null
     * @param value the offending value, may be null
     * @param e the failure
     * @return the exception, not null
     */
    public static MalformedDocumentException modelRefused(Format format, CredentialFormatException.Location at,
            Element element, String value, RuntimeException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NullPointerException) {
            java.util.regex.Matcher m = REQUIRED_NAME.matcher(msg);
            String problem = m.matches() ? "missing required <" + m.group(1) + ">"
                    : "missing required value" + (msg.isEmpty() ? "" : " (" + msg + ")");
            return new MalformedDocumentException(format, at, element, value, problem, null);
        }
        return new MalformedDocumentException(format, at, element, value, msg.isEmpty() ? "invalid value" : msg, e);
    }

    /** The message of {@code requireNonNull(x, "name")} or {@code Checks.copy}: the component name. */
    private static final java.util.regex.Pattern REQUIRED_NAME =
            java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[\\d+\\])?(?: must not be null)?");

    private MalformedDocumentException refuseDtd() {
        return malformed(null, abbreviateDtd(reader.getText()),
                "a DOCTYPE is not allowed (DTDs and entities are refused to prevent XXE and entity expansion)", null);
    }

    private static String abbreviateDtd(String text) {
        return text == null ? "<!DOCTYPE" : CredentialFormatException.abbreviate(text);
    }

    private MalformedDocumentException refuseEntity() {
        return malformed(null, "&" + reader.getLocalName() + ";", "entity references are not allowed", null);
    }

    /**
     * Translates a StAX exception, keeping its line and column.
     *
     * @param format the format
     * @param path the path where reading was
     * @param e the exception
     * @return the exception, not null
     */
    public static MalformedDocumentException translate(Format format, String path, XMLStreamException e) {
        Location l = e.getLocation();
        long line = l == null ? 0 : Math.max(0, l.getLineNumber());
        long column = l == null ? 0 : Math.max(0, l.getColumnNumber());
        Utf8Guard.MarkupTooLongException tooLong = find(e);
        if (tooLong != null) {
            // the parser had not reported the construct yet: the guard knows where it is
            return new MalformedDocumentException(format, CredentialFormatException.Location.of(path,
                    tooLong.line(), tooLong.column()), null, null, tooLong.getMessage(), e);
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + "Message: ".length());
        }
        return new MalformedDocumentException(format, CredentialFormatException.Location.of(path, line, column), null,
                null, "not well-formed XML: " + msg.strip(), e);
    }

    private static Utf8Guard.MarkupTooLongException find(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof Utf8Guard.MarkupTooLongException m) {
                return m;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return null;
    }
}
