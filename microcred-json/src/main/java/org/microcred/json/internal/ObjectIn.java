package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.MultilingualText;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;

/**
 * A reading cursor over one JSON object that remembers which properties the mapping consumed, so that
 * {@link #finish()} keeps every other property as an extension (S08): nothing is dropped silently.
 *
 * <p>Paths. Each cursor has a <em>real</em> pointer (where the object is in the record, used for error
 * locations) and a <em>canonical</em> pointer (used as the extension path): in JSON-LD a single value may
 * stand for an array of one, and the canonical pointer then addresses it as item {@code 0}, which is where
 * writers put it. Extensions found under the specification's node are kept on the
 * {@link org.microcred.core.CredentialSpecification} with paths relative to that node, prefixed
 * {@value #SPECIFICATION_ROOT}, so that they can be written back wherever a format puts the specification.
 *
 * <p>Every typed getter consumes the property, checks the JSON type and the syntax of the value and throws a
 * {@link MalformedDocumentException} naming the pointer, line:column, element and offending value.
 */
public final class ObjectIn {
    /** The path prefix of extensions of the specification (S07). */
    public static final String SPECIFICATION_ROOT = "/specification";

    private final ReadContext ctx;
    private final ObjectNode node;
    private final String realPath;
    private final String path;
    private final boolean ofSpecification;
    // a list, not a set: objects have few properties, and a linear scan beats hashing and a node per entry
    private final List<String> consumed = new ArrayList<>();
    private boolean finished;

    private ObjectIn(ReadContext ctx, ObjectNode node, String realPath, String path, boolean ofSpecification) {
        this.ctx = ctx;
        this.node = node;
        this.realPath = realPath;
        this.path = path;
        this.ofSpecification = ofSpecification;
        ctx.opened(this);
    }

    /**
     * Opens the record's root, which must be an object.
     *
     * @param ctx the read context, not null
     * @return the cursor, not null
     * @throws MalformedDocumentException if the root is not an object
     */
    public static ObjectIn root(ReadContext ctx) {
        JsonNode root = ctx.tree().root();
        if (!root.isObject()) {
            throw new MalformedDocumentException(ctx.format(), ctx.location(""), null, abbreviated(root),
                    "expected a JSON object as the credential, found " + kind(root), null);
        }
        return new ObjectIn(ctx, (ObjectNode) root, "", "", false);
    }

    /**
     * Gets the read context.
     *
     * @return the context, not null
     */
    public ReadContext context() {
        return ctx;
    }

    /**
     * Gets the underlying node (without consuming anything).
     *
     * @return the node, not null
     */
    public ObjectNode node() {
        return node;
    }

    /**
     * Gets the real pointer of this object in the record.
     *
     * @return the pointer, not null
     */
    public String realPath() {
        return realPath;
    }

    /**
     * Gets the canonical pointer of this object (used for extension paths).
     *
     * @return the pointer, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns a cursor on the same object that keeps its own and its children's extensions on the
     * specification, with paths relative to this object.
     *
     * @return a new cursor, not null
     */
    public ObjectIn asSpecificationRoot() {
        // the new cursor takes over: this one must not keep the same properties a second time
        finished = true;
        return new ObjectIn(ctx, node, realPath, SPECIFICATION_ROOT, true);
    }

    /**
     * Checks whether a property is present (and not null).
     *
     * @param name the property name, not null
     * @return true if present
     */
    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /**
     * Marks properties as consumed without reading them (e.g. a type that was checked by other means).
     *
     * @param names the property names, not null
     */
    public void consume(String... names) {
        consumed.addAll(Arrays.asList(names));
    }

    /**
     * Gets a property's raw value and consumes it.
     *
     * @param name the property name, not null
     * @return the value, empty if absent or null
     */
    public Optional<JsonNode> raw(String name) {
        JsonNode v = node.get(name);
        if (v == null) {
            return Optional.empty();
        }
        consumed.add(name);
        return v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Gets a property's raw value without consuming it.
     *
     * @param name the property name, not null
     * @return the value, empty if absent or null
     */
    public Optional<JsonNode> peek(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Gets a string property.
     *
     * @param name the property name, not null
     * @param element the element it carries, may be null
     * @return the string, empty if absent
     */
    public Optional<String> string(String name, Element element) {
        return raw(name).map(v -> {
            JsonNode s = single(name, v, element);
            if (!s.isTextual()) {
                throw wrongType(name, element, s, "a string");
            }
            return s.textValue();
        });
    }

    /**
     * Gets a non-blank string property.
     *
     * @param name the property name, not null
     * @param element the element it carries, may be null
     * @return the string, empty if absent
     */
    public Optional<String> nonBlank(String name, Element element) {
        Optional<String> s = string(name, element);
        if (s.isPresent() && s.get().isBlank()) {
            throw fail(name, element, s.get(), "must not be blank");
        }
        return s;
    }

    /**
     * Gets a required string property.
     *
     * @param name the property name, not null
     * @param element the element it carries, may be null
     * @return the string, not null
     */
    public String requiredString(String name, Element element) {
        return nonBlank(name, element).orElseThrow(() -> missing(name, element));
    }

    /**
     * Gets an absolute URI property.
     *
     * @param name the property name, not null
     * @param element the element it carries, may be null
     * @return the URI, empty if absent
     */
    public Optional<URI> uri(String name, Element element) {
        return string(name, element).map(s -> toUri(name, element, s));
    }

    /**
     * Parses a string as an absolute URI, failing with the location of a property.
     *
     * @param name the property the string came from, not null
     * @param element the element, may be null
     * @param s the string, not null
     * @return the URI, not null
     */
    public URI toUri(String name, Element element, String s) {
        try {
            URI u = Uris.parse(s);
            if (!u.isAbsolute()) {
                throw fail(name, element, s, "expected an absolute URI");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new MalformedDocumentException(ctx.format(), ctx.location(child(name)), element, s,
                    "not a valid URI (" + e.getReason() + ")", e);
        }
    }

    /**
     * Gets a list of strings: an array of strings (or, in JSON-LD, a single string).
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the strings, empty if absent
     */
    public List<String> strings(String name, Element element) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : items(name, element)) {
            if (!v.isTextual()) {
                throw wrongType(name, element, v, "a string");
            }
            out.add(v.textValue());
        }
        return out;
    }

    /**
     * Gets an exact decimal from a JSON number, or a string holding one when {@code stringAllowed}.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @param stringAllowed whether a string such as {@code "2"} is accepted (ELM's CreditPoint.point)
     * @return the decimal with its scale as written, empty if absent
     */
    public Optional<BigDecimal> decimal(String name, Element element, boolean stringAllowed) {
        return raw(name).map(v0 -> {
            JsonNode v = single(name, v0, element);
            BigDecimal d;
            if (v.isNumber()) {
                d = v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : v.decimalValue();
            } else if (v.isTextual() && stringAllowed) {
                // the same limit as a JSON number literal (Jackson.MAX_NUMBER_LENGTH)
                if (v.textValue().trim().length() > Jackson.MAX_NUMBER_LENGTH) {
                    throw fail(name, element, v.textValue(), "number too long (more than " + Jackson.MAX_NUMBER_LENGTH
                            + " characters)");
                }
                try {
                    d = new BigDecimal(v.textValue().trim());
                } catch (NumberFormatException e) {
                    throw new MalformedDocumentException(ctx.format(), ctx.location(child(name)), element, v.textValue(),
                            "not a decimal number", e);
                }
            } else {
                throw wrongType(name, element, v, stringAllowed ? "a number or a numeric string" : "a number");
            }
            if (Math.abs(d.scale()) > Jackson.MAX_DECIMAL_SCALE) {
                throw fail(name, element, v.asText(), "number exponent out of range (|scale| > " + Jackson.MAX_DECIMAL_SCALE + ")");
            }
            return d;
        });
    }

    /**
     * Gets a date-time with an offset (ISO 8601 / RFC 3339), e.g. {@code 2024-05-01T10:00:00+02:00}.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the date-time with its offset, empty if absent
     */
    public Optional<OffsetDateTime> dateTime(String name, Element element) {
        return string(name, element).map(s -> {
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new MalformedDocumentException(ctx.format(), ctx.location(child(name)), element, s,
                        "not a date-time with offset (expected e.g. 2024-05-01T10:00:00+02:00)", e);
            }
        });
    }

    /**
     * Gets a calendar date, e.g. {@code 2024-05-01}.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the date, empty if absent
     */
    public Optional<LocalDate> date(String name, Element element) {
        return string(name, element).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new MalformedDocumentException(ctx.format(), ctx.location(child(name)), element, s,
                        "not a date (expected e.g. 2024-05-01)", e);
            }
        });
    }

    /**
     * Gets a boolean.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the boolean, empty if absent
     */
    public Optional<Boolean> bool(String name, Element element) {
        return raw(name).map(v0 -> {
            JsonNode v = single(name, v0, element);
            if (!v.isBoolean()) {
                throw wrongType(name, element, v, "true or false");
            }
            return v.booleanValue();
        });
    }

    /**
     * Gets a language map ({@code {"en": "text"}}; in JSON-LD also {@code {"en": ["text"]}}) as a
     * multilingual text.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the text, empty if absent
     */
    public Optional<MultilingualText> languageMap(String name, Element element) {
        return raw(name).map(v -> toLanguageMap(name, element, single(name, v, element)));
    }

    /**
     * Converts a language-map value.
     *
     * @param name the property the value came from, not null
     * @param element the element, may be null
     * @param v the value, not null
     * @return the text, not null
     */
    public MultilingualText toLanguageMap(String name, Element element, JsonNode v) {
        if (!v.isObject() || v.isEmpty()) {
            throw wrongType(name, element, v, "a language map such as {\"en\": \"text\"}");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode t = e.getValue();
            String where = name + "/" + LocatedTree.escape(e.getKey());
            if (t.isArray() && ctx.setsAsArrays()) {
                if (t.size() != 1) {
                    throw new UnsupportedContentException(ctx.format(), ctx.location(child(where)), element, abbreviated(t),
                            "expected exactly one text per language, found " + t.size(), null);
                }
                t = t.get(0);
            }
            if (!t.isTextual()) {
                throw new MalformedDocumentException(ctx.format(), ctx.location(child(where)), element, abbreviated(t),
                        "expected text for language '" + e.getKey() + "', found " + kind(t), null);
            }
            if (e.getKey().isBlank() || t.textValue().isBlank()) {
                throw new MalformedDocumentException(ctx.format(), ctx.location(child(where)), element, t.textValue(),
                        "language tag and text must not be blank", null);
            }
            m.put(e.getKey(), t.textValue());
        }
        return new MultilingualText(m);
    }

    /**
     * Reads the first text of a language map, consuming only that entry: the other languages, which the
     * model cannot hold for this value (a person's name, a grade), are kept as extensions.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the text, empty if absent
     */
    public Optional<String> firstText(String name, Element element) {
        return object(name, element).map(map -> {
            Iterator<Map.Entry<String, JsonNode>> it = map.node.fields();
            if (!it.hasNext()) {
                throw wrongType(name, element, map.node, "a language map such as {\"en\": \"text\"}");
            }
            Map.Entry<String, JsonNode> first = it.next();
            JsonNode t = map.single(first.getKey(), first.getValue(), element);
            if (!t.isTextual() || t.textValue().isBlank()) {
                throw map.wrongType(first.getKey(), element, t, "a non-blank text");
            }
            map.consume(first.getKey());
            return t.textValue();
        });
    }

    /**
     * Opens a nested object.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the cursor, empty if absent
     */
    public Optional<ObjectIn> object(String name, Element element) {
        return raw(name).map(v -> {
            JsonNode s = single(name, v, element);
            if (!s.isObject()) {
                throw wrongType(name, element, s, "an object");
            }
            boolean wrapped = v.isArray();
            return new ObjectIn(ctx, (ObjectNode) s, child(name) + (wrapped ? "/0" : ""),
                    path + "/" + LocatedTree.escape(name), ofSpecification);
        });
    }

    /**
     * Opens the objects of an array property (in JSON-LD, a single object counts as an array of one).
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the cursors in order, empty if absent
     */
    public List<ObjectIn> objects(String name, Element element) {
        return objects(name, element, i -> i);
    }

    /**
     * Opens the objects of an array property whose items a writer puts in another order than the document's
     * (ELM's ECTS credit point goes first): each item's extension path uses the index the writer gives it, so
     * that what is kept of an item is written back into the same item.
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @param canonicalIndex maps an item's index in the document to its index in a written document, not null
     * @return the cursors in document order, empty if absent
     */
    public List<ObjectIn> objects(String name, Element element, java.util.function.IntUnaryOperator canonicalIndex) {
        Optional<JsonNode> raw = raw(name);
        if (raw.isEmpty()) {
            return List.of();
        }
        JsonNode v = raw.get();
        List<ObjectIn> out = new ArrayList<>();
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (!item.isObject()) {
                    throw new MalformedDocumentException(ctx.format(), ctx.location(child(name) + "/" + i), element,
                            abbreviated(item), "expected an object, found " + kind(item), null);
                }
                out.add(new ObjectIn(ctx, (ObjectNode) item, child(name) + "/" + i,
                        path + "/" + LocatedTree.escape(name) + "/" + canonicalIndex.applyAsInt(i), ofSpecification));
            }
        } else if (v.isObject() && ctx.setsAsArrays()) {
            out.add(new ObjectIn(ctx, (ObjectNode) v, child(name), path + "/" + LocatedTree.escape(name) + "/" + canonicalIndex.applyAsInt(0),
                    ofSpecification));
        } else {
            throw wrongType(name, element, v, "an array of objects");
        }
        return out;
    }

    /**
     * Gets the items of an array property as raw values (in JSON-LD a single value counts as an array of one).
     *
     * @param name the property name, not null
     * @param element the element, may be null
     * @return the items, empty if absent
     */
    public List<JsonNode> items(String name, Element element) {
        Optional<JsonNode> raw = raw(name);
        if (raw.isEmpty()) {
            return List.of();
        }
        JsonNode v = raw.get();
        if (v.isArray()) {
            List<JsonNode> out = new ArrayList<>(v.size());
            v.forEach(out::add);
            return out;
        }
        if (ctx.setsAsArrays()) {
            return List.of(v);
        }
        throw wrongType(name, element, v, "an array");
    }

    /**
     * Keeps a whole object (one that the mapping chose not to use, such as a second claim) as an extension.
     *
     * @param item the cursor of the object, not null
     */
    public void keepWhole(ObjectIn item) {
        ctx.keep(new Extension(ctx.format(), item.path, ExtensionTrees.fromJson(item.node)), item.ofSpecification);
        // the whole object is kept: nothing of it is left for its own finish()
        item.finished = true;
    }

    /**
     * Ends reading this object: every property that was not consumed is kept as an extension, in document order.
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!consumed.contains(e.getKey())) {
                ctx.keep(new Extension(ctx.format(), path + "/" + LocatedTree.escape(e.getKey()),
                        ExtensionTrees.fromJson(e.getValue())), ofSpecification);
            }
        }
    }

    /**
     * Builds a model value from what was read, turning the model's own checks (a person without a name,
     * a level that is both given and not applicable, ...) into a located {@link MalformedDocumentException}.
     *
     * @param <T> the type built
     * @param element the element, may be null
     * @param factory builds the value, not null
     * @return the value, not null
     */
    public <T> T build(Element element, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new MalformedDocumentException(ctx.format(), ctx.location(realPath),
                    element != null ? element : ctx.elementAt(realPath), abbreviated(node), "invalid value: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an enumeration constant written in lower-case kebab form, e.g. {@code supervised-no-id-check}.
     *
     * @param <E> the enumeration type
     * @param name the property, not null
     * @param element the element, may be null
     * @param type the enumeration class, not null
     * @return the constant, empty if absent
     */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Element element, Class<E> type) {
        return string(name, element).map(s -> {
            for (E c : type.getEnumConstants()) {
                if (Trees.kebab(c).equals(s)) {
                    return c;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(Trees.kebab(c));
            }
            throw fail(name, element, s, "expected one of " + allowed);
        });
    }

    /**
     * Creates the exception for a bad value of a property.
     *
     * @param name the property, not null
     * @param element the element, may be null
     * @param value the offending value, may be null
     * @param problem what is wrong, not null
     * @return the exception to throw, not null
     */
    public MalformedDocumentException fail(String name, Element element, String value, String problem) {
        String p = child(name);
        return new MalformedDocumentException(ctx.format(), ctx.location(p), element != null ? element : ctx.elementAt(p),
                value, problem, null);
    }

    /**
     * Creates the exception for a missing required property.
     *
     * @param name the property, not null
     * @param element the element, may be null
     * @return the exception to throw, not null
     */
    public MalformedDocumentException missing(String name, Element element) {
        return new MalformedDocumentException(ctx.format(), ctx.location(realPath), element, null,
                "missing required property '" + name + "' at " + realPath + "/" + LocatedTree.escape(name), null);
    }

    /**
     * Creates the exception for a value of the wrong JSON type.
     *
     * @param name the property, not null
     * @param element the element, may be null
     * @param value the value found, not null
     * @param expected what was expected, not null
     * @return the exception to throw, not null
     */
    public MalformedDocumentException wrongType(String name, Element element, JsonNode value, String expected) {
        return fail(name, element, abbreviated(value), "expected " + expected + ", found " + kind(value));
    }

    private JsonNode single(String name, JsonNode v, Element element) {
        if (v.isArray() && ctx.setsAsArrays()) {
            if (v.size() == 1) {
                return v.get(0);
            }
            throw new UnsupportedContentException(ctx.format(), ctx.location(child(name)), element, abbreviated(v),
                    "expected a single value, found " + v.size(), null);
        }
        return v;
    }

    // name is a property name or a relative pointer such as "items/0"
    private String child(String name) {
        return realPath + "/" + name;
    }

    /**
     * Describes the JSON type of a value for a message.
     *
     * @param v the value, not null
     * @return e.g. "a string", not null
     */
    public static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    /**
     * Renders a value for a message, shortened.
     *
     * @param v the value, not null
     * @return the text, not null
     */
    public static String abbreviated(JsonNode v) {
        String s = v.isTextual() ? v.textValue() : v.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Override
    public String toString() {
        return "ObjectIn[" + (realPath.isEmpty() ? "/" : realPath) + "]";
    }
}
