package org.microcred.testkit.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.microcred.core.format.Format;
import org.microcred.testkit.robustness.Shapes.Kind;
import org.microcred.testkit.robustness.Shapes.Span;

/**
 * Mutates valid documents into hostile ones, deterministically from a {@link Random}.
 *
 * <p>Byte-level mutations (flips, interesting bytes, insertions, deletions, truncation, slice duplication,
 * splicing with another seed) apply to every format. Format-aware mutations work on tokens: for JSON,
 * strings become numbers and numbers strings, values swap between keys, keys are renamed or duplicated,
 * values are replaced with awkward ones; for XML, element text and attribute values swap, tags are renamed
 * (with or without their end tag), markup (DOCTYPE, entities, CDATA, XInclude) is inserted, elements are
 * duplicated or deleted. Both add deep nesting and huge values.
 */
final class Mutator {
    /** Nesting depths tried: around the codecs' limits (JSON 128, XML 100) and far beyond. */
    private static final int[] DEPTHS = {8, 50, 99, 100, 101, 127, 128, 129, 1_000, 20_000};
    /** Huge value lengths; the largest breaks the 16 Mi string and text limits of the JSON and XML codecs. */
    private static final int[] HUGE = {4_096, 65_536, 1 << 20, (16 << 20) + 16};

    private static final byte[] INTERESTING_BYTES = {0, (byte) 0xFF, (byte) 0xFE, 0x7F, (byte) 0x80, (byte) 0xBF,
        (byte) 0xC0, (byte) 0xC3, (byte) 0xE0, (byte) 0xED, (byte) 0xF4, (byte) 0xF8, '"', '\'', '<', '>', '&', ';', '{',
        '}', '[', ']', ',', ':', '\\', '/', '\n', '\r', '\t', ' ', '-', '0', '9', 'e', '.', '='};

    private static final String[] INSERTS = {"\u0000", "\uFEFF", "\\", "\\u", "\\ud800", "\\udc00", "\"", "'", ",", ":",
        "{", "}", "[", "]", "<", ">", "&", "]]>", "--", "\r\n", "\u2028", "\uD83D\uDE00", "\u00e9", "%", "#", "\t"};

    private static final String[] JSON_VALUES = {"null", "true", "false", "0", "-0", "-1", "0.0", "1.5", "60.01",
        "1e999999999", "1E-999999999", "1e400", "123456789012345678901234567890", "9".repeat(101), "\"\"", "\" \"", "{}",
        "[]", "[null]", "[[]]", "{\"\":null}", "{\"@id\":\"x\"}", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"x\\ty\"",
        "\"not-a-date\"", "\"2024-02-30T25:61:00Z\"", "\"2024-06-28\"", "\"2024-06-28T10:00:00\"",
        "\"+999999999-12-31T23:59:59Z\"", "\"http://127.0.0.1:1/x\"", "\"urn:x\"", "\"xx-YY\"", "\"en\"", "\"ZZ\"",
        "\"\\\\\"", "\"javascript:alert(1)\"", "\"http://data.europa.eu/snb/eqf/9\"", "-9223372036854775809"};

    private static final String[] XML_TEXT = {"", " ", "0", "-0", "-1", "1.5", "60.01", "1e999999999", "1E-999999999",
        "9".repeat(101), "NaN", "INF", "-INF", "true", "false", "&amp;", "&lt;&gt;", "&#0;", "&#xD800;", "&#x10FFFF;",
        "&#x110000;", "&#65;", "&undefined;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "2024-02-30", "2024-06-28",
        "2024-06-28T10:00:00", "+999999999-12-31T23:59:59Z", "not a date", "http://127.0.0.1:1/x", "xx-YY", "ZZ", "en",
        "<a/>", "\u00e9", "]]>", "&", "<", "http://data.europa.eu/snb/eqf/9"};

    private static final String[] XML_MARKUP = {"<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e \"v\">]>", "&e;", "&amp;",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/hostname\" parse=\"text\"/>",
        "<!--x-->", "<?x y?>", "<![CDATA[<x>]]>", "<x xmlns=\"urn:other\"/>", "<x/>", "</x>", "<", ">", "&", "\"", "'",
        " xmlns=\"\"", " xml:lang=\"\"", " a=\"1\" a=\"2\"", "<?xml version=\"1.0\"?>", "<p:x/>", " xmlns:p=\"urn:p\""};

    private final Format format;
    private final boolean json;
    private final List<byte[]> seeds;

    /**
     * Creates a mutator.
     *
     * @param format the format of the seeds, which decides the format-aware mutations
     * @param seeds the seeds of that format, for splicing
     */
    Mutator(Format format, List<byte[]> seeds) {
        this.format = format;
        this.json = format == Format.JSON || format == Format.ELM || format == Format.OB3;
        this.seeds = seeds;
    }

    /**
     * A mutated document and the mutations that made it.
     *
     * @param bytes the document
     * @param steps the mutations, in order, for failure reports
     */
    record Mutant(byte[] bytes, List<String> steps) {
    }

    /**
     * Applies one to four mutations to a document.
     *
     * @param seed the valid document
     * @param random the source of every choice
     * @return the mutant, not null
     */
    Mutant mutate(byte[] seed, Random random) {
        byte[] b = seed;
        List<String> steps = new ArrayList<>();
        int count = 1 + (random.nextInt(8) == 0 ? 3 : random.nextInt(3));
        for (int i = 0; i < count; i++) {
            StringBuilder step = new StringBuilder();
            b = random.nextBoolean() ? bytewise(b, random, step) : (json ? jsonwise(b, random, step) : xmlwise(b, random, step));
            steps.add(step.toString());
        }
        return new Mutant(b, steps);
    }

    private byte[] bytewise(byte[] b, Random r, StringBuilder step) {
        int n = b.length;
        if (n == 0) {
            step.append("insert into empty");
            return utf8(INSERTS[r.nextInt(INSERTS.length)]);
        }
        switch (r.nextInt(9)) {
            case 0 -> {
                int at = r.nextInt(n);
                int bit = r.nextInt(8);
                step.append("flip bit ").append(bit).append(" at ").append(at);
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << bit);
                return c;
            }
            case 1 -> {
                int at = r.nextInt(n);
                byte v = INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
                step.append("set byte at ").append(at).append(" to 0x").append(Integer.toHexString(v & 0xFF));
                byte[] c = b.clone();
                c[at] = v;
                return c;
            }
            case 2 -> {
                int at = r.nextInt(n + 1);
                byte[] ins;
                if (r.nextBoolean()) {
                    ins = utf8(INSERTS[r.nextInt(INSERTS.length)]);
                } else {
                    ins = new byte[1 + r.nextInt(8)];
                    r.nextBytes(ins);
                }
                step.append("insert ").append(ins.length).append(" bytes at ").append(at);
                return replace(b, at, at, ins);
            }
            case 3 -> {
                int at = r.nextInt(n);
                int len = 1 + r.nextInt(Math.max(1, r.nextBoolean() ? Math.min(16, n - at) : (n - at) / 4 + 1));
                len = Math.min(len, n - at);
                step.append("delete ").append(len).append(" bytes at ").append(at);
                return replace(b, at, at + len, new byte[0]);
            }
            case 4 -> {
                int at = r.nextInt(n);
                step.append("truncate at ").append(at);
                return Arrays.copyOf(b, at);
            }
            case 5 -> {
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(Math.min(n, 512)));
                int to = r.nextInt(n + 1);
                step.append("duplicate ").append(len).append(" bytes from ").append(from).append(" at ").append(to);
                return replace(b, to, to, Arrays.copyOfRange(b, from, from + len));
            }
            case 6 -> {
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(Math.min(n, 64)));
                int to = r.nextInt(n);
                int end = Math.min(n, to + len);
                step.append("overwrite ").append(end - to).append(" bytes at ").append(to).append(" from ").append(from);
                return replace(b, to, end, Arrays.copyOfRange(b, from, from + (end - to)));
            }
            case 7 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int cut = r.nextInt(n + 1);
                int from = other.length == 0 ? 0 : r.nextInt(other.length);
                step.append("splice at ").append(cut).append(" with another seed from ").append(from);
                return replace(b, cut, n, Arrays.copyOfRange(other, from, other.length));
            }
            default -> {
                // repeat a slice many times: cheap length blow-up
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(32));
                int times = 2 + r.nextInt(r.nextBoolean() ? 16 : 4_096);
                step.append("repeat ").append(len).append(" bytes from ").append(from).append(' ').append(times).append(" times");
                byte[] slice = Arrays.copyOfRange(b, from, from + len);
                ByteArrayOutputStream o = new ByteArrayOutputStream(len * times);
                for (int k = 0; k < times; k++) {
                    o.writeBytes(slice);
                }
                return replace(b, from, from + len, o.toByteArray());
            }
        }
    }

    private byte[] jsonwise(byte[] b, Random r, StringBuilder step) {
        List<Span> spans = Shapes.json(b);
        List<Span> values = filter(spans, s -> s.kind() != Kind.KEY);
        List<Span> keys = filter(spans, s -> s.kind() == Kind.KEY);
        if (values.isEmpty()) {
            return bytewise(b, r, step);
        }
        Span v = values.get(r.nextInt(values.size()));
        switch (r.nextInt(9)) {
            case 0 -> {
                List<Span> strings = filter(values, s -> s.kind() == Kind.STRING);
                Span s = strings.isEmpty() ? v : strings.get(r.nextInt(strings.size()));
                String number = JSON_VALUES[3 + r.nextInt(11)];
                step.append("string at ").append(s.start()).append(" to number ").append(number);
                return replace(b, s.start(), s.end(), utf8(number));
            }
            case 1 -> {
                List<Span> numbers = filter(values, s -> s.kind() != Kind.STRING);
                Span s = numbers.isEmpty() ? v : numbers.get(r.nextInt(numbers.size()));
                step.append("value at ").append(s.start()).append(" to string");
                return replace(b, s.start(), s.end(), concat(utf8("\""), Arrays.copyOfRange(b, s.start(), s.end()), utf8("\"")));
            }
            case 2 -> {
                Span w = values.get(r.nextInt(values.size()));
                step.append("swap values at ").append(v.start()).append(" and ").append(w.start());
                return swap(b, v, w);
            }
            case 3 -> {
                String value = JSON_VALUES[r.nextInt(JSON_VALUES.length)];
                step.append("value at ").append(v.start()).append(" to ").append(abbreviate(value));
                return replace(b, v.start(), v.end(), utf8(value));
            }
            case 4 -> {
                if (keys.isEmpty()) {
                    return bytewise(b, r, step);
                }
                Span k = keys.get(r.nextInt(keys.size()));
                Span other = keys.get(r.nextInt(keys.size()));
                byte[] name = r.nextInt(4) == 0 ? utf8("\"x" + r.nextInt(100) + "\"") : Arrays.copyOfRange(b, other.start(), other.end());
                step.append("rename key at ").append(k.start()).append(" to ").append(abbreviate(new String(name, StandardCharsets.UTF_8)));
                return replace(b, k.start(), k.end(), name);
            }
            case 5 -> {
                // duplicate a member: "key": value, inserted again right after
                if (keys.isEmpty()) {
                    return bytewise(b, r, step);
                }
                int ki = r.nextInt(keys.size());
                Span k = keys.get(ki);
                int idx = spans.indexOf(k);
                if (idx + 1 >= spans.size()) {
                    return bytewise(b, r, step);
                }
                Span value = spans.get(idx + 1);
                step.append("duplicate member at ").append(k.start());
                byte[] member = concat(Arrays.copyOfRange(b, k.start(), value.end()), utf8(","));
                return replace(b, k.start(), k.start(), member);
            }
            case 6 -> {
                int depth = DEPTHS[r.nextInt(DEPTHS.length)];
                boolean arrays = r.nextBoolean();
                step.append("value at ").append(v.start()).append(" to ").append(depth).append(arrays ? " nested arrays" : " nested objects");
                String open = arrays ? "[" : "{\"a\":";
                String close = arrays ? "]" : "}";
                return replace(b, v.start(), v.end(), utf8(open.repeat(depth) + "1" + close.repeat(depth)));
            }
            case 7 -> {
                int length = hugeLength(r);
                step.append("value at ").append(v.start()).append(" to a string of ").append(length).append(" characters");
                byte[] huge = new byte[length + 2];
                Arrays.fill(huge, (byte) 'x');
                huge[0] = '"';
                huge[length + 1] = '"';
                return replace(b, v.start(), v.end(), huge);
            }
            default -> {
                String ins = INSERTS[r.nextInt(INSERTS.length)];
                int at = v.start() + (v.length() > 2 ? 1 + r.nextInt(v.length() - 2) : 0);
                step.append("insert ").append(abbreviate(ins)).append(" into value at ").append(at);
                return replace(b, at, at, utf8(ins));
            }
        }
    }

    private byte[] xmlwise(byte[] b, Random r, StringBuilder step) {
        List<Span> spans = Shapes.xml(b);
        List<Span> texts = filter(spans, s -> s.kind() == Kind.TEXT);
        List<Span> attributes = filter(spans, s -> s.kind() == Kind.ATTRIBUTE_VALUE);
        List<Span> starts = filter(spans, s -> s.kind() == Kind.START_NAME);
        List<Span> values = new ArrayList<>(texts);
        values.addAll(attributes);
        if (values.isEmpty() || starts.isEmpty()) {
            return bytewise(b, r, step);
        }
        Span v = values.get(r.nextInt(values.size()));
        switch (r.nextInt(10)) {
            case 0 -> {
                List<Span> pool = v.kind() == Kind.TEXT ? texts : attributes;
                Span w = pool.get(r.nextInt(pool.size()));
                step.append("swap ").append(v.kind()).append(" at ").append(v.start()).append(" and ").append(w.start());
                return swap(b, v, w);
            }
            case 1 -> {
                String value = XML_TEXT[r.nextInt(XML_TEXT.length)];
                if (v.kind() == Kind.ATTRIBUTE_VALUE && value.contains("<")) {
                    value = "a&lt;b";
                }
                step.append(v.kind()).append(" at ").append(v.start()).append(" to ").append(abbreviate(value));
                return replace(b, v.start(), v.end(), utf8(value));
            }
            case 2 -> {
                // rename a start tag, and its end tag too half of the time, so that both malformed and
                // well-formed-but-unknown elements are produced
                Span s = starts.get(r.nextInt(starts.size()));
                Span other = starts.get(r.nextInt(starts.size()));
                byte[] name = r.nextInt(3) == 0 ? utf8("x" + r.nextInt(10)) : Arrays.copyOfRange(b, other.start(), other.end());
                var element = r.nextBoolean() ? Shapes.element(b, s) : java.util.Optional.<Span>empty();
                step.append("rename tag at ").append(s.start()).append(" to ").append(new String(name, StandardCharsets.UTF_8));
                if (element.isPresent() && b[element.get().end() - 2] != '/') {
                    Span e = element.get();
                    int nameLength = s.length();
                    int endNameStart = e.end() - 1 - nameLength;
                    step.append(" with its end tag");
                    byte[] c = replace(b, endNameStart, e.end() - 1, name);
                    return replace(c, s.start(), s.end(), name);
                }
                return replace(b, s.start(), s.end(), name);
            }
            case 3 -> {
                String markup = XML_MARKUP[r.nextInt(XML_MARKUP.length)];
                int at = r.nextBoolean() ? v.start() : starts.get(r.nextInt(starts.size())).start() - 1;
                step.append("insert ").append(abbreviate(markup)).append(" at ").append(at);
                return replace(b, at, at, utf8(markup));
            }
            case 4 -> {
                Span s = starts.get(r.nextInt(starts.size()));
                var element = Shapes.element(b, s);
                if (element.isEmpty()) {
                    return bytewise(b, r, step);
                }
                Span e = element.get();
                boolean delete = r.nextBoolean();
                step.append(delete ? "delete" : "duplicate").append(" element at ").append(e.start());
                return delete ? replace(b, e.start(), e.end(), new byte[0])
                        : replace(b, e.end(), e.end(), Arrays.copyOfRange(b, e.start(), e.end()));
            }
            case 5 -> {
                // move an element into another place: elements out of order or in the wrong parent
                Span s = starts.get(r.nextInt(starts.size()));
                var element = Shapes.element(b, s);
                if (element.isEmpty() || texts.isEmpty()) {
                    return bytewise(b, r, step);
                }
                Span e = element.get();
                Span target = texts.get(r.nextInt(texts.size()));
                step.append("copy element at ").append(e.start()).append(" over text at ").append(target.start());
                return replace(b, target.start(), target.end(), Arrays.copyOfRange(b, e.start(), e.end()));
            }
            case 6 -> {
                int depth = DEPTHS[r.nextInt(DEPTHS.length)];
                Span at = texts.isEmpty() ? v : texts.get(r.nextInt(texts.size()));
                step.append("text at ").append(at.start()).append(" to ").append(depth).append(" nested elements");
                return replace(b, at.start(), at.end(), utf8("<a>".repeat(depth) + "x" + "</a>".repeat(depth)));
            }
            case 7 -> {
                int length = hugeLength(r);
                step.append(v.kind()).append(" at ").append(v.start()).append(" to ").append(length).append(" characters");
                byte[] huge = new byte[length];
                Arrays.fill(huge, (byte) 'x');
                return replace(b, v.start(), v.end(), huge);
            }
            case 8 -> {
                // change a namespace: every xmlns value is an attribute value; use another one from the document
                List<Span> ns = filter(attributes, s -> attributeName(b, s).startsWith("xmlns"));
                if (ns.isEmpty()) {
                    return bytewise(b, r, step);
                }
                Span s = ns.get(r.nextInt(ns.size()));
                Span from = ns.get(r.nextInt(ns.size()));
                String uri = r.nextBoolean() ? "urn:other" : new String(b, from.start(), from.length(), StandardCharsets.UTF_8);
                step.append("namespace at ").append(s.start()).append(" to ").append(abbreviate(uri));
                return replace(b, s.start(), s.end(), utf8(uri));
            }
            default -> {
                String ins = INSERTS[r.nextInt(INSERTS.length)];
                int at = v.start() + (v.length() > 1 ? r.nextInt(v.length()) : 0);
                step.append("insert ").append(abbreviate(ins)).append(" into ").append(v.kind()).append(" at ").append(at);
                return replace(b, at, at, utf8(ins));
            }
        }
    }

    /** The name of the attribute whose value is the span ({@code name="value"}). */
    private static String attributeName(byte[] b, Span value) {
        int eq = value.start() - 2;
        int k = eq;
        while (k > 0 && b[k - 1] != ' ' && b[k - 1] != '\n' && b[k - 1] != '\t' && b[k - 1] != '\r' && b[k - 1] != '<') {
            k--;
        }
        return eq > k ? new String(b, k, eq - k, StandardCharsets.ISO_8859_1) : "";
    }

    /** Mostly kilobytes, sometimes a megabyte, rarely past the JSON string limit (slow for every parser). */
    private static int hugeLength(Random r) {
        int p = r.nextInt(100);
        return p < 50 ? HUGE[0] : p < 85 ? HUGE[1] : p < 99 ? HUGE[2] : HUGE[3];
    }

    private static List<Span> filter(List<Span> spans, Predicate<Span> keep) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (keep.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static byte[] swap(byte[] b, Span first, Span second) {
        if (first.start() == second.start()) {
            return b;
        }
        Span a = first.start() < second.start() ? first : second;
        Span c = first.start() < second.start() ? second : first;
        if (a.end() > c.start()) {
            return b;
        }
        return concat(Arrays.copyOfRange(b, 0, a.start()), Arrays.copyOfRange(b, c.start(), c.end()),
                Arrays.copyOfRange(b, a.end(), c.start()), Arrays.copyOfRange(b, a.start(), a.end()),
                Arrays.copyOfRange(b, c.end(), b.length));
    }

    static byte[] replace(byte[] b, int start, int end, byte[] with) {
        byte[] out = new byte[b.length - (end - start) + with.length];
        System.arraycopy(b, 0, out, 0, start);
        System.arraycopy(with, 0, out, start, with.length);
        System.arraycopy(b, end, out, start + with.length, b.length - end);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…(" + s.length() + " chars)";
    }

    @Override
    public String toString() {
        return "Mutator[" + format.id() + ", " + seeds.size() + " seeds]";
    }
}
