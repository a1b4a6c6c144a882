package org.microcred.json.proof;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) on Jackson trees.
 *
 * <p>Object members are sorted by the UTF-16 code units of their names, recursively; arrays keep their
 * order; no whitespace; strings are escaped as ECMAScript's {@code JSON.stringify} does; every number is
 * serialized as an IEEE 754 double in ECMAScript's {@code Number.prototype.toString} form (shortest
 * round-trip digits, {@code 1e+21} style exponents). The output is UTF-8.
 *
 * <p>Shortest digits come from Jackson's Schubfach double writer ({@code NumberOutput}), the same
 * algorithm as the JDK 19+ {@code Double.toString}; its one deviation from ECMAScript (a two-digit result
 * where one digit already round-trips, e.g. {@code 4.9E-324} for {@code 5e-324}) is corrected here.
 *
 * @since 0.1
 */
public final class Jcs {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long MAX_SAFE_INTEGER = 9007199254740991L;

    private Jcs() {
    }

    /**
     * Canonicalizes a JSON value.
     *
     * @param value the value, not null
     * @return the canonical UTF-8 bytes, not null
     * @throws IllegalArgumentException if the value holds a number JCS cannot represent (NaN, infinite,
     *         beyond the double range) or a string with an unpaired surrogate
     */
    public static byte[] canonicalize(JsonNode value) {
        return canonicalString(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses JSON text strictly (duplicate member names are rejected, as I-JSON requires) and canonicalizes it.
     *
     * @param json the UTF-8 JSON text, not null
     * @return the canonical UTF-8 bytes, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the text is not well-formed JSON or
     *         repeats a member name
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    public static byte[] canonicalize(byte[] json) {
        return canonicalize(JsonSupport.parse(json));
    }

    /**
     * Canonicalizes a JSON value to a string.
     *
     * @param value the value, not null
     * @return the canonical text, not null
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    public static String canonicalString(JsonNode value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, "");
        return sb.toString();
    }

    /**
     * Serializes a double as ECMAScript's {@code Number.prototype.toString()} does (RFC 8785 section 3.2.2.3).
     *
     * @param value the value, finite
     * @return the text, e.g. {@code 4.5}, {@code 1e+30}, {@code 0.002}, {@code 5e-324}, not null
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static String serializeNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JCS cannot represent the number " + value);
        }
        if (value == 0) {
            return "0"; // also -0
        }
        String sign = value < 0 ? "-" : "";
        double abs = Math.abs(value);
        // Schubfach output: "d.dddE[-]x" or plain "ddd.ddd"
        String s = NumberOutput.toString(abs, true);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = (dot < 0 ? mantissa.length() : dot) + exponent;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        point -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Schubfach (like JDK 19+ Double.toString) prefers the closest 2-digit decimal when the shortest
            // has 1 digit; ECMAScript wants the shortest. Try the two 1-digit neighbours.
            String one = oneDigit(abs, digits, point);
            if (one != null) {
                point = one.charAt(0) == '1' && one.length() == 2 ? point + 1 : point;
                digits = one.substring(0, 1);
            }
        }
        return sign + layout(digits, point);
    }

    /** Returns a 1-digit decimal (digit, plus a marker char when it carried into a new decade) or null. */
    private static String oneDigit(double abs, String digits, int point) {
        int d1 = digits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(abs);
        String best = null;
        BigDecimal bestDistance = null;
        for (int c = d1; c <= d1 + 1; c++) {
            boolean carry = c == 10;
            int digit = carry ? 1 : c;
            int n = carry ? point + 1 : point;
            BigDecimal candidate = new BigDecimal(BigDecimal.valueOf(digit).unscaledValue(), -(n - 1));
            if (Double.parseDouble(candidate.toString()) != abs) {
                continue;
            }
            BigDecimal distance = candidate.subtract(exact).abs();
            int cmp = bestDistance == null ? -1 : distance.compareTo(bestDistance);
            if (cmp < 0 || (cmp == 0 && digit % 2 == 0)) {
                best = carry ? "1+" : String.valueOf(digit);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** ECMAScript Number::toString layout of digits d1..dk with value 0.d1..dk x 10^n. */
    private static String layout(String digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exp = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? digits + exp : digits.charAt(0) + "." + digits.substring(1) + exp;
    }

    private static void write(JsonNode node, StringBuilder sb, String path) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    members.add(it.next());
                }
                // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
                members.sort(Map.Entry.comparingByKey());
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> m : members) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    String childPath = path + "/" + m.getKey();
                    writeString(m.getKey(), sb, childPath);
                    sb.append(':');
                    write(m.getValue(), sb, childPath);
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(node.get(i), sb, path + "/" + i);
                }
                sb.append(']');
            }
            case STRING -> writeString(node.textValue(), sb, path);
            case NUMBER -> sb.append(number(node, path));
            case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
            case NULL -> sb.append("null");
            default -> throw new IllegalArgumentException(
                    "JCS cannot represent a " + node.getNodeType() + " node at " + pathOrRoot(path));
        }
    }

    private static String number(JsonNode node, String path) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long v = node.longValue();
            if (Math.abs(v) <= MAX_SAFE_INTEGER) {
                return Long.toString(v);
            }
        }
        // BigDecimal.doubleValue is not correctly rounded on every JDK 17 build; parseDouble is
        double d = node.isFloat() ? Double.parseDouble(Float.toString(node.floatValue()))
                : node.isDouble() ? node.doubleValue()
                : Double.parseDouble(node.numberValue().toString());
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw new IllegalArgumentException("JCS cannot represent the number " + node.asText() + " at "
                    + pathOrRoot(path) + ": outside the IEEE 754 double range");
        }
        return serializeNumber(d);
    }

    private static void writeString(String s, StringBuilder sb, String path) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("JCS cannot represent a string with an unpaired surrogate"
                                + " U+" + Integer.toHexString(c).toUpperCase() + " at index " + i + " at "
                                + pathOrRoot(path));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static String pathOrRoot(String path) {
        return path.isEmpty() ? "/" : path;
    }
}
