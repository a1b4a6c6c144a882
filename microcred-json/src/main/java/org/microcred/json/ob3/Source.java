package org.microcred.json.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.MultilingualText;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.ReadWarning;
import org.microcred.json.internal.ExtensionTrees;
import org.microcred.json.internal.Jackson;
import org.microcred.json.internal.LocatedTree;
import org.microcred.json.internal.ObjectIn;
import org.microcred.json.internal.ReadContext;

/**
 * A source document being read: typed access to its values with located errors, and a record of what the
 * reader consumed, so that everything else is kept as extensions (S08) at the place it must be written back.
 *
 * <p>Each value is seen through a {@link Cursor} that knows its pointer in the source and its pointer in
 * the document microcred writes back (they differ when an array item moves, e.g. the one grade among
 * several results). At the end, {@link #extensions} walks the source: a value neither consumed nor holding a
 * consumed value becomes one extension; an unconsumed array item is appended ({@code /-}). Extensions are
 * listed in the order of their paths.
 *
 * <p>Not thread-safe; one per document.
 */
final class Source {
    static final String ACHIEVEMENT = "/credentialSubject/achievement";
    static final String SPECIFICATION = ObjectIn.SPECIFICATION_ROOT;

    private final ReadContext ctx;
    private final JsonNode root;
    private final Set<String> consumed = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, String> outOf = new HashMap<>();
    /** Single values (not arrays) of members whose unread items are appended to the writer's array. */
    private final Set<String> appended = new HashSet<>();

    /**
     * A value in the source.
     *
     * @param node the value
     * @param src its JSON pointer in the source
     * @param out its JSON pointer in the document written back
     */
    record Cursor(JsonNode node, String src, String out) {
    }

    Source(ReadContext ctx) {
        this.ctx = ctx;
        this.root = ctx.tree().root();
    }

    Cursor root() {
        return new Cursor(root, "", "");
    }

    // --- navigation ---

    /** The member of an object, if present and not null; nothing is consumed. */
    Optional<Cursor> member(Cursor obj, String name) {
        JsonNode v = obj.node().get(name);
        if (!obj.node().isObject() || v == null || v.isNull()) {
            return Optional.empty();
        }
        String seg = "/" + escape(name);
        return Optional.of(new Cursor(v, obj.src() + seg, obj.out() + seg));
    }

    /**
     * The items of a member that JSON-LD lets be one value or an array of values.
     * Items keep their index in the written document unless {@linkplain #relocate relocated}.
     */
    List<Cursor> items(Cursor obj, String name) {
        Optional<Cursor> m = member(obj, name);
        if (m.isEmpty()) {
            return List.of();
        }
        Cursor c = m.get();
        if (!c.node().isArray()) {
            // a single value stands for an array of one, which the writer writes as an array
            return List.of(relocate(c, c.out() + "/0"));
        }
        if (c.node().isEmpty()) {
            consume(c); // nothing to keep
        }
        List<Cursor> out = new ArrayList<>();
        for (int i = 0; i < c.node().size(); i++) {
            JsonNode item = c.node().get(i);
            out.add(new Cursor(item, c.src() + "/" + i, c.out() + "/" + i));
        }
        return out;
    }

    /** Gives a value another place in the written document. */
    Cursor relocate(Cursor c, String out) {
        outOf.put(c.src(), out);
        return new Cursor(c.node(), c.src(), out);
    }

    /** The place of the i-th item of an array in the written document. */
    static String index(Cursor array, int i) {
        return array.out() + "/" + i;
    }

    // --- consumption ---

    void consume(Cursor c) {
        consumed.add(c.src());
        for (String p = c.src(); !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            touched.add(p);
        }
        touched.add("");
    }

    /** Consumes a value if it is what the writer derives from the model, so that it is not kept twice. */
    boolean consumeIfEqual(Optional<Cursor> c, JsonNode expected) {
        if (c.isPresent() && c.get().node().equals(expected)) {
            consume(c.get());
            return true;
        }
        return false;
    }

    /**
     * Consumes the parts of a value that the writer derives from the model: a scalar if equal, an object's
     * members that match, an array's items that match at the same index. What does not match stays, so that
     * additions made to a written document (e.g. a salt on an identity object) are kept where they are.
     */
    void consumeContained(Optional<Cursor> c, JsonNode derived) {
        if (c.isEmpty()) {
            return;
        }
        Cursor cur = c.get();
        JsonNode n = cur.node();
        if (n.equals(derived)) {
            consume(cur);
        } else if (n.isObject() && derived.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = derived.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                consumeContained(member(cur, e.getKey()), e.getValue());
            }
        } else if (n.isArray() && derived.isArray()) {
            List<Cursor> items = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                items.add(new Cursor(n.get(i), cur.src() + "/" + i, cur.out() + "/" + i));
            }
            for (int i = 0; i < Math.min(items.size(), derived.size()); i++) {
                consumeContained(Optional.of(items.get(i)), derived.get(i));
            }
        } else if (!n.isArray() && derived.isArray() && derived.size() == 1) {
            consumeContained(Optional.of(relocate(cur, cur.out() + "/0")), derived.get(0)); // JSON-LD single value
        }
    }

    /**
     * Marks a member that the writer fills with items of its own: its items the reader did not consume are kept
     * as items appended after the writer's ({@code /-}) rather than as the whole member, which would be written
     * over the writer's items. A single value stands for an array of one.
     */
    void appendUnread(Optional<Cursor> c) {
        if (c.isEmpty()) {
            return;
        }
        String src = c.get().src();
        if (!c.get().node().isArray()) {
            appended.add(src);
            src = src.substring(0, src.lastIndexOf('/'));
        }
        for (String p = src; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            touched.add(p);
        }
        touched.add("");
    }

    void consumeMember(Cursor obj, String name) {
        member(obj, name).ifPresent(this::consume);
    }

    // --- typed values; each consumes what it returns ---

    /**
     * A member read as a value of the model. A JSON null there is consumed as an absent value (JSON-LD drops
     * null values, and so do the other JSON codecs): kept as an extension, it would be written over the value
     * the writer puts in that member (a {@code "validFrom": null} erased E05 on a round trip).
     */
    private Optional<Cursor> valueMember(Cursor obj, String name) {
        JsonNode v = obj.node().get(name);
        if (v != null && v.isNull() && obj.node().isObject()) {
            String seg = "/" + escape(name);
            consume(new Cursor(v, obj.src() + seg, obj.out() + seg));
        }
        return member(obj, name);
    }

    Optional<String> string(Cursor obj, String name, Element element) {
        Optional<Cursor> m = valueMember(obj, name);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        if (!m.get().node().isTextual()) {
            throw malformed(m.get(), element, "expected a string");
        }
        consume(m.get());
        return Optional.of(m.get().node().asText());
    }

    String text(Cursor c, Element element) {
        if (!c.node().isTextual()) {
            throw malformed(c, element, "expected a string");
        }
        consume(c);
        return c.node().asText();
    }

    Optional<URI> uri(Cursor obj, String name, Element element) {
        return valueMember(obj, name).map(c -> uri(c, element));
    }

    URI uri(Cursor c, Element element) {
        String s = text(c, element);
        try {
            URI u = new URI(s);
            if (!u.isAbsolute()) {
                throw malformed(c, element, "expected an absolute URI");
            }
            return u;
        } catch (URISyntaxException e) {
            throw malformed(c, element, "expected a URI (" + e.getReason() + ")", e);
        }
    }

    Optional<BigDecimal> decimal(Cursor obj, String name, Element element) {
        Optional<Cursor> m = valueMember(obj, name);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = m.get().node();
        if (!n.isNumber()) {
            throw malformed(m.get(), element, "expected a number");
        }
        BigDecimal d = n.decimalValue();
        // the same limit as the other JSON codecs: 1e999999999 would blow up later arithmetic and the xml writers
        if (Math.abs(d.scale()) > Jackson.MAX_DECIMAL_SCALE) {
            throw malformed(m.get(), element, "number exponent out of range (|scale| > " + Jackson.MAX_DECIMAL_SCALE + ")");
        }
        consume(m.get());
        return Optional.of(d);
    }

    Optional<Boolean> bool(Cursor obj, String name, Element element) {
        Optional<Cursor> m = valueMember(obj, name);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        if (!m.get().node().isBoolean()) {
            throw malformed(m.get(), element, "expected true or false");
        }
        consume(m.get());
        return Optional.of(m.get().node().booleanValue());
    }

    Optional<OffsetDateTime> dateTime(Cursor obj, String name, Element element) {
        return valueMember(obj, name).map(c -> {
            String s = text(c, element);
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw malformed(c, element, "expected a date-time with offset, e.g. 2024-06-30T12:00:00Z", e);
            }
        });
    }

    Optional<LocalDate> date(Cursor obj, String name, Element element) {
        return valueMember(obj, name).map(c -> {
            String s = text(c, element);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw malformed(c, element, "expected a date, e.g. 2024-06-30", e);
            }
        });
    }

    /** A JSON-LD language map ({@code {"en": "...", "de": "..."}}). */
    Optional<MultilingualText> languageMap(Cursor obj, String name, Element element) {
        return valueMember(obj, name).map(c -> languageMap(c, element));
    }

    MultilingualText languageMap(Cursor c, Element element) {
        if (!c.node().isObject()) {
            throw malformed(c, element, "expected a language map, e.g. {\"en\": \"...\"}");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.node().fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw malformed(new Cursor(e.getValue(), c.src() + "/" + escape(e.getKey()), ""), element,
                        "expected a string in a language map");
            }
            m.put(e.getKey(), e.getValue().asText());
        }
        MultilingualText t = build(c, element, () -> new MultilingualText(m));
        consume(c);
        return t;
    }

    /** Runs a model constructor, turning its rejection of a value into a located error. */
    <T> T build(Cursor c, Element element, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw malformed(c, element, e.getMessage(), e);
        }
    }

    void warn(Cursor c, Element element, String message) {
        ctx.warn(new ReadWarning(location(c.src()), Optional.ofNullable(element), message));
    }

    // --- errors ---

    Location location(String src) {
        return ctx.location(src);
    }

    CredentialFormatException malformed(Cursor c, Element element, String problem) {
        return malformed(c, element, problem, null);
    }

    CredentialFormatException malformed(Cursor c, Element element, String problem, Throwable cause) {
        return new MalformedDocumentException(Format.OB3, location(c.src()), element, shown(c.node()), problem, cause);
    }

    static String shown(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    // --- what is left: the extensions ---

    /**
     * Collects every value the reader did not consume, as extensions of the credential (pointer from the
     * document root) or of the specification (pointer from the achievement, under {@code /specification}).
     *
     * @param credential receives the credential's extensions
     * @param specification receives the specification's extensions
     */
    void extensions(List<Extension> credential, List<Extension> specification) {
        collect(root, "", "", credential, specification);
        // a canonical order (by path; appended items keep theirs): the order of members in a document is not
        // significant, and writing places extensions where the writer's order puts them
        credential.sort(Comparator.comparing(Extension::path));
        specification.sort(Comparator.comparing(Extension::path));
    }

    private void collect(JsonNode node, String src, String out, List<Extension> credential, List<Extension> spec) {
        if (consumed.contains(src)) {
            return;
        }
        if (!touched.contains(src)) {
            emit(out, node, credential, spec);
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String seg = "/" + escape(e.getKey());
                String childSrc = src + seg;
                String childOut = touched.contains(childSrc) ? outOf.getOrDefault(childSrc, out + seg)
                        : appended.contains(childSrc) ? out + seg + "/-" : out + seg;
                collect(e.getValue(), childSrc, childOut, credential, spec);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String childSrc = src + "/" + i;
                if (touched.contains(childSrc) || consumed.contains(childSrc)) {
                    collect(node.get(i), childSrc, outOf.getOrDefault(childSrc, out + "/" + i), credential, spec);
                } else {
                    emit(out + "/-", node.get(i), credential, spec);
                }
            }
        }
    }

    private static void emit(String out, JsonNode node, List<Extension> credential, List<Extension> spec) {
        if (out.startsWith(ACHIEVEMENT + "/")) {
            spec.add(new Extension(Format.OB3, SPECIFICATION + out.substring(ACHIEVEMENT.length()), ExtensionTrees.fromJson(node)));
        } else {
            credential.add(new Extension(Format.OB3, out.isEmpty() ? "/" : out, ExtensionTrees.fromJson(node)));
        }
    }

    static String escape(String name) {
        return LocatedTree.escape(name);
    }
}
