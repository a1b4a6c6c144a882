package org.microcred.xml.internal;

import java.math.BigDecimal;

/**
 * The limits on decimal numbers that microcred's JSON reader enforces, applied to numbers written as XML text:
 * at most {@value #MAX_LENGTH} characters and an exponent (scale) within &plusmn;{@value #MAX_SCALE}, so that
 * neither {@code 1e999999999} nor 5,000 digits reach the model, where expanding them would exhaust memory.
 */
public final class Decimals {
    /** The longest number text accepted, as for a JSON number. */
    public static final int MAX_LENGTH = 100;
    /** The largest |scale| accepted, as for a JSON number. */
    public static final int MAX_SCALE = 1000;
    /** What a reader expects, for messages. */
    public static final String EXPECTED = "a decimal number of at most " + MAX_LENGTH
            + " characters with an exponent within ±" + MAX_SCALE;

    private Decimals() {
    }

    /**
     * Parses a decimal within the limits.
     *
     * @param text the text, stripped
     * @return the number, not null
     * @throws IllegalArgumentException (a NumberFormatException if not a number) if outside the limits
     */
    public static BigDecimal parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(text.length() + " characters, more than the limit of " + MAX_LENGTH);
        }
        BigDecimal d = new BigDecimal(text);
        if (!withinLimits(d)) {
            throw new IllegalArgumentException("exponent out of the range ±" + MAX_SCALE + ": scale " + d.scale());
        }
        return d;
    }

    /**
     * Formats a decimal without exponent, as XML Schema's {@code xs:decimal}, if a reader would accept it.
     *
     * @param d the number, not null
     * @return the text, or null if the number is outside the limits (never expanded: 1E+999999999 is refused
     *     before {@link BigDecimal#toPlainString()} could build a billion digits)
     */
    public static String plain(BigDecimal d) {
        if (!withinLimits(d) || d.precision() > MAX_LENGTH) {
            return null;
        }
        String s = d.toPlainString();
        return s.length() > MAX_LENGTH ? null : s;
    }

    private static boolean withinLimits(BigDecimal d) {
        return d.scale() >= -MAX_SCALE && d.scale() <= MAX_SCALE;
    }
}
