package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.microcred.core.MultilingualText;

/**
 * Small helpers for building JSON trees shared by the JSON codecs: language maps, exact decimals,
 * date-times with their offset, optional and list-valued properties.
 */
public final class Trees {
    private Trees() {
    }

    /**
     * Creates an empty object node.
     *
     * @return the node, not null
     */
    public static ObjectNode object() {
        return Jackson.NODES.objectNode();
    }

    /**
     * Creates an empty array node.
     *
     * @return the node, not null
     */
    public static ArrayNode array() {
        return Jackson.NODES.arrayNode();
    }

    /**
     * Converts a multilingual text to a language map {@code {"en": "text"}}.
     *
     * @param text the text, not null
     * @return the map, not null
     */
    public static ObjectNode languageMap(MultilingualText text) {
        ObjectNode o = object();
        for (Map.Entry<String, String> e : text.values().entrySet()) {
            o.put(e.getKey(), e.getValue());
        }
        return o;
    }

    /**
     * Formats a date-time with its offset as RFC 3339 (seconds always written; fractions only if present).
     *
     * @param t the date-time, not null
     * @return the text, e.g. {@code 2024-05-01T10:00:00+02:00}, not null
     */
    public static String dateTime(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /**
     * Creates an exact decimal number node: the scale is kept, so 5.0 is written as {@code 5.0}.
     *
     * @param d the decimal, not null
     * @return the node, not null
     */
    public static JsonNode decimal(BigDecimal d) {
        return Jackson.NODES.numberNode(d);
    }

    /**
     * Puts a string if present.
     *
     * @param o the object, not null
     * @param name the property, not null
     * @param value the value, not null
     */
    public static void put(ObjectNode o, String name, Optional<?> value) {
        value.ifPresent(v -> o.put(name, v.toString()));
    }

    /**
     * Puts a URI.
     *
     * @param o the object, not null
     * @param name the property, not null
     * @param value the URI, not null
     */
    public static void put(ObjectNode o, String name, URI value) {
        o.put(name, value.toString());
    }

    /**
     * Puts a date if present, as {@code yyyy-MM-dd}.
     *
     * @param o the object, not null
     * @param name the property, not null
     * @param value the date, not null
     */
    public static void putDate(ObjectNode o, String name, Optional<LocalDate> value) {
        value.ifPresent(v -> o.put(name, v.toString()));
    }

    /**
     * Puts a date-time if present.
     *
     * @param o the object, not null
     * @param name the property, not null
     * @param value the date-time, not null
     */
    public static void putDateTime(ObjectNode o, String name, Optional<OffsetDateTime> value) {
        value.ifPresent(v -> o.put(name, dateTime(v)));
    }

    /**
     * Puts a language map if present.
     *
     * @param o the object, not null
     * @param name the property, not null
     * @param value the text, not null
     */
    public static void putText(ObjectNode o, String name, Optional<MultilingualText> value) {
        value.ifPresent(v -> o.set(name, languageMap(v)));
    }

    /**
     * Puts a non-empty list as an array of converted items; an empty list is left out.
     *
     * @param <T> the item type
     * @param o the object, not null
     * @param name the property, not null
     * @param values the items, not null
     * @param convert converts one item, not null
     */
    public static <T> void putList(ObjectNode o, String name, List<T> values, Function<T, JsonNode> convert) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            for (T v : values) {
                a.add(convert.apply(v));
            }
        }
    }

    /**
     * Writes an enumeration constant in lower-case kebab form, e.g. {@code SUPERVISED_NO_ID_CHECK} as
     * {@code supervised-no-id-check}.
     *
     * @param value the constant, not null
     * @return the text, not null
     */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
