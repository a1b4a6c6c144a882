package org.microcred.json.proof;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        Writer w = new Writer(null);
        w.value(value);
        return w.toByteArray();
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
        return new String(canonicalize(value), StandardCharsets.UTF_8);
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

    /**
     * Streams the canonical form of a value into a digest, without building the text.
     *
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    static void digest(JsonNode value, MessageDigest digest) {
        Writer w = new Writer(digest);
        w.value(value);
        w.flush();
    }

    /**
     * Streams the canonical form of a view of an object into a digest: the object without the member
     * {@code omitted}, and with member {@code replaced} set to {@code replacement} (added when absent) unless
     * {@code replacement} is null. The object itself is not copied or changed.
     *
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    static void digestView(ObjectNode object, String omitted, String replaced, JsonNode replacement,
            MessageDigest digest) {
        Writer w = new Writer(digest);
        w.objectView(object, omitted, replaced, replacement);
        w.flush();
    }

    /**
     * Writes UTF-8 into a buffer that is either flushed into a digest or, without a digest, grown and kept.
     * Keeps the member names and array indexes above the current value only to name it in an error.
     */
    private static final class Writer {
        private static final Comparator<Map.Entry<String, JsonNode>> BY_NAME = Map.Entry.comparingByKey();
        private static final int MAX_DEPTH_HINT = 16;
        /** Strings up to this length reserve their worst case at once and copy ASCII without checks. */
        private static final int SHORT_STRING = 512;

        private final MessageDigest digest;
        private byte[] buf;
        private int pos;
        private String[] names = new String[MAX_DEPTH_HINT];
        private int[] indexes = new int[MAX_DEPTH_HINT];
        private int depth;
        @SuppressWarnings("unchecked")
        private Map.Entry<String, JsonNode>[][] scratch = new Map.Entry[MAX_DEPTH_HINT][];

        Writer(MessageDigest digest) {
            this.digest = digest;
            this.buf = new byte[digest == null ? 1024 : 4096];
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, pos);
        }

        void flush() {
            if (digest != null) {
                digest.update(buf, 0, pos);
                pos = 0;
            }
        }

        /** Makes room for n more bytes: flushes into the digest, or grows the kept buffer. */
        private void room(int n) {
            if (pos + n > buf.length) {
                if (digest != null) {
                    flush();
                }
                if (pos + n > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
                }
            }
        }

        private void ascii(char c) {
            room(1);
            buf[pos++] = (byte) c;
        }

        private void ascii(String s) {
            int n = s.length();
            room(n);
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        }

        void value(JsonNode node) {
            switch (node.getNodeType()) {
                case OBJECT -> objectView((ObjectNode) node, null, null, null);
                case ARRAY -> {
                    ascii('[');
                    int size = node.size();
                    int level = push(null);
                    for (int i = 0; i < size; i++) {
                        if (i > 0) {
                            ascii(',');
                        }
                        indexes[level] = i;
                        value(node.get(i));
                    }
                    depth--;
                    ascii(']');
                }
                case STRING -> string(node.textValue());
                case NUMBER -> ascii(number(node));
                case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
                case NULL -> ascii("null");
                default -> throw new IllegalArgumentException(
                        "JCS cannot represent a " + node.getNodeType() + " node at " + path());
            }
        }

        void objectView(ObjectNode node, String omitted, String replaced, JsonNode replacement) {
            int size = node.size() + (replacement == null ? 0 : 1);
            int level = depth;
            if (level >= scratch.length) {
                scratch = Arrays.copyOf(scratch, level * 2);
            }
            Map.Entry<String, JsonNode>[] members = scratch[level];
            if (members == null || members.length < size) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, JsonNode>[] grown = new Map.Entry[Math.max(size, 8)];
                members = grown;
                scratch[level] = members;
            }
            int n = 0;
            boolean seen = false;
            for (Map.Entry<String, JsonNode> m : node.properties()) {
                String name = m.getKey();
                if (name.equals(omitted)) {
                    continue;
                }
                if (replacement != null && name.equals(replaced)) {
                    members[n++] = Map.entry(name, replacement);
                    seen = true;
                } else {
                    members[n++] = m;
                }
            }
            if (replacement != null && !seen) {
                members[n++] = Map.entry(replaced, replacement);
            }
            // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
            Arrays.sort(members, 0, n, BY_NAME);
            ascii('{');
            push(null);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    ascii(',');
                }
                Map.Entry<String, JsonNode> m = members[i];
                members[i] = null; // the scratch array is reused by the next object at this depth
                names[level] = m.getKey();
                string(m.getKey());
                ascii(':');
                value(m.getValue());
            }
            depth--;
            ascii('}');
        }

        /** Enters a child level; returns its index in {@link #names} and {@link #indexes}. */
        private int push(String name) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            return depth++;
        }

        private void string(String s) {
            int n = s.length();
            if (n <= SHORT_STRING) {
                room(n * 6 + 2); // at most 6 bytes a char (a control character escape); a surrogate pair takes 4
                int p = pos;
                byte[] b = buf;
                b[p++] = '"';
                int i = 0;
                for (; i < n; i++) {
                    char c = s.charAt(i);
                    if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
                        break;
                    }
                    b[p++] = (byte) c;
                }
                pos = p;
                if (i == n) {
                    b[pos++] = '"';
                    return;
                }
                stringRest(s, i);
                return;
            }
            room(1);
            buf[pos++] = '"';
            stringRest(s, 0);
        }

        /** Writes s from index start (the opening quote is written) and the closing quote. */
        private void stringRest(String s, int start) {
            int n = s.length();
            for (int i = start; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\') {
                        if (pos == buf.length) {
                            room(1);
                        }
                        buf[pos++] = (byte) c;
                    } else {
                        escape(c);
                    }
                } else if (c < 0x800) {
                    room(2);
                    buf[pos++] = (byte) (0xC0 | (c >> 6));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else if (!Character.isSurrogate(c)) {
                    room(3);
                    buf[pos++] = (byte) (0xE0 | (c >> 12));
                    buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    room(4);
                    buf[pos++] = (byte) (0xF0 | (cp >> 18));
                    buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    throw new IllegalArgumentException("JCS cannot represent a string with an unpaired surrogate"
                            + " U+" + Integer.toHexString(c).toUpperCase() + " at index " + i + " at " + path());
                }
            }
            room(1);
            buf[pos++] = '"';
        }

        private void escape(char c) {
            switch (c) {
                case '"' -> ascii("\\\"");
                case '\\' -> ascii("\\\\");
                case '\b' -> ascii("\\b");
                case '\f' -> ascii("\\f");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                case '\t' -> ascii("\\t");
                default -> {
                    room(6);
                    buf[pos++] = '\\';
                    buf[pos++] = 'u';
                    buf[pos++] = '0';
                    buf[pos++] = '0';
                    buf[pos++] = (byte) HEX[c >> 4];
                    buf[pos++] = (byte) HEX[c & 0xF];
                }
            }
        }

        private String number(JsonNode node) {
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
                        + path() + ": outside the IEEE 754 double range");
            }
            return serializeNumber(d);
        }

        /** The unescaped path of the value being written, "/" for the root: only for error messages. */
        private String path() {
            if (depth == 0) {
                return "/";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append('/');
                if (names[i] != null) {
                    sb.append(names[i]);
                } else {
                    sb.append(indexes[i]);
                }
            }
            return sb.toString();
        }
    }
}
