package org.microcred.json.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts notional hours to and from {@code xsd:duration}, exactly. XML Schema allows a fraction only on
 * seconds, so 12.5 hours is {@code PT12H30M}; a value whose scale the duration cannot show (12.50) is
 * also written as an exact decimal by the caller.
 */
public final class Durations {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final Pattern TIME = Pattern.compile("PT(?:(\\d{1,12})H)?(?:(\\d{1,12})M)?(?:(\\d{1,12}(?:\\.\\d{1,12})?)S)?");

    private Durations() {
    }

    /**
     * Formats hours as an {@code xsd:duration}.
     *
     * @param hours the hours, not negative, not null
     * @return e.g. {@code PT60H} or {@code PT12H30M}, not null
     */
    public static String ofHours(BigDecimal hours) {
        BigDecimal seconds = hours.multiply(SECONDS_PER_HOUR);
        BigDecimal[] h = seconds.divideAndRemainder(SECONDS_PER_HOUR);
        BigDecimal[] m = h[1].divideAndRemainder(SIXTY);
        StringBuilder sb = new StringBuilder("PT");
        sb.append(h[0].toBigInteger()).append('H');
        if (m[0].signum() != 0) {
            sb.append(m[0].toBigInteger()).append('M');
        }
        if (m[1].signum() != 0) {
            sb.append(m[1].stripTrailingZeros().toPlainString()).append('S');
        }
        return sb.toString();
    }

    /**
     * Tells whether {@link #ofHours} gives back exactly these hours, scale included, through {@link #toHours}.
     *
     * @param hours the hours, not null
     * @return true if the duration alone is lossless
     */
    public static boolean isExact(BigDecimal hours) {
        return toHours(ofHours(hours)).map(hours::equals).orElse(false);
    }

    /**
     * Parses a time duration ({@code PTnHnMnS}) as hours, when the hours are a terminating decimal.
     *
     * @param duration the duration text, not null
     * @return the hours (scale 0 for whole hours), or empty if not a time duration or not exact
     */
    public static Optional<BigDecimal> toHours(String duration) {
        Matcher m = TIME.matcher(duration);
        if (!m.matches() || duration.equals("PT")) {
            return Optional.empty();
        }
        BigDecimal seconds = BigDecimal.ZERO;
        if (m.group(1) != null) {
            seconds = seconds.add(new BigDecimal(m.group(1)).multiply(SECONDS_PER_HOUR));
        }
        if (m.group(2) != null) {
            seconds = seconds.add(new BigDecimal(m.group(2)).multiply(SIXTY));
        }
        if (m.group(3) != null) {
            seconds = seconds.add(new BigDecimal(m.group(3)));
        }
        try {
            BigDecimal hours = seconds.divide(SECONDS_PER_HOUR, MathContext.UNLIMITED);
            hours = hours.stripTrailingZeros();
            return Optional.of(hours.scale() < 0 ? hours.setScale(0) : hours);
        } catch (ArithmeticException e) {
            // e.g. PT10M is 1/6 hour: not a terminating decimal
            return Optional.empty();
        }
    }
}
