package org.microcred.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text given in one or more languages: a map from language tag to text.
 *
 * <p>Keys are language tags as written in the source (BCP 47, e.g. {@code en}, {@code de-AT}; {@code und}
 * for an undetermined language); they are compared exactly. The order of the languages is kept so that a
 * document is written back in the order it was read. There is always at least one language.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param values the texts by language tag, not null, not empty, no blank key or text
 * @since 0.1
 */
public record MultilingualText(Map<String, String> values) {

    /** The tag for text whose language is unknown. */
    public static final String UNDETERMINED = "und";

    /**
     * Creates a multilingual text.
     *
     * @throws NullPointerException if the map, a key or a text is null
     * @throws IllegalArgumentException if the map is empty or a key or text is blank
     */
    public MultilingualText {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A multilingual text needs at least one language");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String lang = Objects.requireNonNull(e.getKey(), "language tag");
            String text = Objects.requireNonNull(e.getValue(), "text for language '" + lang + "'");
            if (lang.isBlank()) {
                throw new IllegalArgumentException("Language tag must not be blank: '" + lang + "'");
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException("Text for language '" + lang + "' must not be blank");
            }
            copy.put(lang, text);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains a text in one language.
     *
     * @param language the language tag, e.g. {@code "en"}, not null
     * @param text the text, not null
     * @return the multilingual text, not null
     */
    public static MultilingualText of(String language, String text) {
        return new MultilingualText(Map.of(language, text));
    }

    /**
     * Obtains a text in two languages, in that order.
     *
     * @param language1 the first language tag, not null
     * @param text1 the first text, not null
     * @param language2 the second language tag, not null
     * @param text2 the second text, not null
     * @return the multilingual text, not null
     */
    public static MultilingualText of(String language1, String text1, String language2, String text2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(language1, text1);
        m.put(language2, text2);
        return new MultilingualText(m);
    }

    /**
     * Gets the text in exactly one language.
     *
     * @param language the language tag, not null
     * @return the text, not null
     */
    public Optional<String> get(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /**
     * Gets the best text for a list of preferred languages: an exact match, then a match of the primary
     * language subtag, then the first language of this text.
     *
     * @param preferred language tags in order of preference, not null
     * @return the text, not null
     */
    public String text(List<String> preferred) {
        for (String p : preferred) {
            String t = values.get(p);
            if (t != null) {
                return t;
            }
        }
        for (String p : preferred) {
            String primary = primary(p);
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (primary(e.getKey()).equals(primary)) {
                    return e.getValue();
                }
            }
        }
        return first();
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * Gets the text of the first language.
     *
     * @return the text, not null
     */
    public String first() {
        return values.values().iterator().next();
    }

    /**
     * Gets the language tags, in order.
     *
     * @return the tags, not null, not empty
     */
    public Set<String> languages() {
        return values.keySet();
    }

    /**
     * Returns a copy with the text of one language added or replaced.
     *
     * @param language the language tag, not null
     * @param text the text, not null
     * @return a new multilingual text, not null
     */
    public MultilingualText with(String language, String text) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(language, text);
        return new MultilingualText(m);
    }

    /** Formats as {@code {en=..., de=...}}. */
    @Override
    public String toString() {
        return values.toString();
    }
}
