package org.microcred.core.vocabulary;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A country, by its ISO 3166-1 code, with the mapping between alpha-2 (Open Badges, ELMO), alpha-3 and the
 * EU Publications Office country authority URI (ELM).
 *
 * <p>The list of countries is the JDK's ISO 3166-1 list ({@link Locale#getISOCountries()}), plus Kosovo
 * ({@code XK}/{@code XKX}), which the EU country table lists. A country is always known: obtaining an
 * unknown code fails, naming the code.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param alpha2 the ISO 3166-1 alpha-2 code, upper case, not null
 * @since 0.1
 */
public record Country(String alpha2) {

    /** The namespace of the EU Publications Office country table. */
    public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/country/";

    private static final Map<String, String> ALPHA2_TO_3;
    private static final Map<String, String> ALPHA3_TO_2;

    static {
        Map<String, String> to3 = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            to3.put(a2, new Locale("", a2).getISO3Country());
        }
        to3.put("XK", "XKX");
        Map<String, String> to2 = new HashMap<>();
        to3.forEach((a2, a3) -> to2.put(a3, a2));
        ALPHA2_TO_3 = Collections.unmodifiableMap(to3);
        ALPHA3_TO_2 = Collections.unmodifiableMap(to2);
    }

    /**
     * Creates a country from its alpha-2 code.
     *
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if the code is not a known upper-case alpha-2 code
     */
    public Country {
        Objects.requireNonNull(alpha2, "alpha2");
        if (!ALPHA2_TO_3.containsKey(alpha2)) {
            throw new IllegalArgumentException("Unknown ISO 3166-1 alpha-2 country code: '" + alpha2 + "'");
        }
    }

    /**
     * Obtains a country from an alpha-2 or alpha-3 code, in any case.
     *
     * @param code the code, e.g. {@code "IE"} or {@code "irl"}, not null
     * @return the country, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    public static Country of(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 3) {
            String a2 = ALPHA3_TO_2.get(c);
            if (a2 == null) {
                throw new IllegalArgumentException("Unknown ISO 3166-1 alpha-3 country code: '" + code + "'");
            }
            return new Country(a2);
        }
        if (c.length() != 2 || !ALPHA2_TO_3.containsKey(c)) {
            throw new IllegalArgumentException("Unknown ISO 3166-1 country code: '" + code + "'");
        }
        return new Country(c);
    }

    /**
     * Obtains a country from its EU Publications Office authority URI, e.g.
     * {@code http://publications.europa.eu/resource/authority/country/IRL}.
     *
     * @param uri the URI, not null
     * @return the country, not null
     * @throws IllegalArgumentException if the URI is not in the EU country table or the code is unknown
     */
    public static Country fromUri(URI uri) {
        String s = uri.toString();
        if (!s.startsWith(EU_AUTHORITY) || s.length() != EU_AUTHORITY.length() + 3) {
            throw new IllegalArgumentException("Not an EU country authority URI: '" + uri + "'");
        }
        return of(s.substring(EU_AUTHORITY.length()));
    }

    /**
     * Checks whether a code is a known alpha-2 or alpha-3 country code.
     *
     * @param code the code, not null
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isKnown(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        return ALPHA2_TO_3.containsKey(c) || ALPHA3_TO_2.containsKey(c);
    }

    /**
     * Gets the ISO 3166-1 alpha-3 code.
     *
     * @return the code, e.g. {@code "IRL"}, not null
     */
    public String alpha3() {
        return ALPHA2_TO_3.get(alpha2);
    }

    /**
     * Converts to the EU Publications Office country authority URI.
     *
     * @return the URI, not null
     */
    public URI toUri() {
        return URI.create(EU_AUTHORITY + alpha3());
    }

    /** Returns the alpha-2 code. */
    @Override
    public String toString() {
        return alpha2;
    }
}
