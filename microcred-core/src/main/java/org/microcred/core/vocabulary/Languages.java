package org.microcred.core.vocabulary;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Language tags: well-formedness of BCP 47 tags and the mapping between BCP 47 (Open Badges, ELMO,
 * {@code xml:lang}) and the EU Publications Office language authority URIs (ELM), which use three-letter
 * ISO 639-2 codes in upper case, e.g. {@code http://publications.europa.eu/resource/authority/language/ENG}.
 *
 * <p>The mapping uses the JDK's ISO 639 data ({@link Locale#getISOLanguages()},
 * {@link Locale#getISO3Language()}).
 *
 * @since 0.1
 */
public final class Languages {
    // compiled once: String.matches compiles the pattern on every call (a hot spot when reading)
    private static final java.util.regex.Pattern ALPHA3 = java.util.regex.Pattern.compile("[A-Z]{3}");


    /** The namespace of the EU Publications Office language table. */
    public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";

    private static final Map<String, String> ALPHA3_TO_2;

    static {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(a2).getISO3Language().toUpperCase(Locale.ROOT), a2);
            } catch (MissingResourceException e) {
                // a two-letter code without a three-letter form: it cannot appear in the EU table
            }
        }
        ALPHA3_TO_2 = Collections.unmodifiableMap(m);
    }

    private Languages() {
    }

    /**
     * Checks whether a string is a well-formed BCP 47 language tag.
     *
     * @param tag the tag, not null
     * @return true if well formed
     */
    public static boolean isWellFormed(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /**
     * Converts a BCP 47 tag to the EU language authority URI of its primary language.
     *
     * @param tag the tag, e.g. {@code "en"} or {@code "de-AT"}, not null
     * @return the URI, e.g. {@code .../language/ENG}, not null
     * @throws IllegalArgumentException if the tag is ill-formed or its language has no three-letter code
     */
    public static URI toEuUri(String tag) {
        if (!isWellFormed(tag)) {
            throw new IllegalArgumentException("Ill-formed BCP 47 language tag: '" + tag + "'");
        }
        Locale locale = Locale.forLanguageTag(tag);
        String a3;
        try {
            a3 = locale.getISO3Language();
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("Language of tag '" + tag + "' has no ISO 639-2 code", e);
        }
        if (a3.isEmpty()) {
            throw new IllegalArgumentException("Language of tag '" + tag + "' has no ISO 639-2 code");
        }
        return URI.create(EU_AUTHORITY + a3.toUpperCase(Locale.ROOT));
    }

    /**
     * Converts an EU language authority URI to a BCP 47 tag: the two-letter code where ISO 639-1 has one,
     * else the three-letter code in lower case.
     *
     * @param uri the URI, not null
     * @return the tag, e.g. {@code "en"}, not null
     * @throws IllegalArgumentException if the URI is not in the EU language table
     */
    public static String fromEuUri(URI uri) {
        String s = uri.toString();
        if (!s.startsWith(EU_AUTHORITY) || s.length() <= EU_AUTHORITY.length()) {
            throw new IllegalArgumentException("Not an EU language authority URI: '" + uri + "'");
        }
        String code = s.substring(EU_AUTHORITY.length()).toUpperCase(Locale.ROOT);
        if (!ALPHA3.matcher(code).matches()) {
            throw new IllegalArgumentException("Not an EU language authority URI: '" + uri + "'");
        }
        return Optional.ofNullable(ALPHA3_TO_2.get(code)).orElse(code.toLowerCase(Locale.ROOT));
    }
}
