package org.microcred.testkit.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * Rough, never-failing scanners that find the tokens of a JSON or XML document (keys, values, text,
 * attribute values, tag names), so that the fuzzer can mutate values rather than random bytes. They work on
 * bytes (all the syntax is ASCII) and tolerate documents that earlier mutations have already broken.
 */
final class Shapes {
    private Shapes() {
    }

    /** What a span holds. */
    enum Kind {
        /** A JSON member name, quotes included. */
        KEY,
        /** A JSON string value, quotes included. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** A JSON {@code true}, {@code false} or {@code null}. */
        LITERAL,
        /** XML character data between two tags (not only white space). */
        TEXT,
        /** An XML attribute value, quotes excluded. */
        ATTRIBUTE_VALUE,
        /** The name in an XML start tag. */
        START_NAME,
        /** The name in an XML end tag. */
        END_NAME,
        /** An XML element from its start tag to its end tag (see {@link Shapes#element}). */
        ELEMENT
    }

    /**
     * A token: bytes {@code [start, end)} of a document.
     *
     * @param start the first byte
     * @param end one past the last byte
     * @param kind what it is
     */
    record Span(int start, int end, Kind kind) {
        int length() {
            return end - start;
        }
    }

    /**
     * Finds the keys and scalar values of a JSON document.
     *
     * @param b the document
     * @return the spans in document order
     */
    static List<Span> json(byte[] b) {
        List<Span> spans = new ArrayList<>();
        int n = b.length;
        int i = 0;
        while (i < n) {
            byte c = b[i];
            if (c == '"') {
                int j = i + 1;
                while (j < n && b[j] != '"') {
                    j += b[j] == '\\' ? 2 : 1;
                }
                int end = Math.min(j + 1, n);
                int k = end;
                while (k < n && isSpace(b[k])) {
                    k++;
                }
                spans.add(new Span(i, end, k < n && b[k] == ':' ? Kind.KEY : Kind.STRING));
                i = end;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                int j = i + 1;
                while (j < n && isNumberByte(b[j])) {
                    j++;
                }
                spans.add(new Span(i, j, Kind.NUMBER));
                i = j;
            } else if (startsWith(b, i, "true") || startsWith(b, i, "null")) {
                spans.add(new Span(i, i + 4, Kind.LITERAL));
                i += 4;
            } else if (startsWith(b, i, "false")) {
                spans.add(new Span(i, i + 5, Kind.LITERAL));
                i += 5;
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * Finds the text, attribute values, tag names and elements of an XML document.
     *
     * @param b the document
     * @return the spans in document order
     */
    static List<Span> xml(byte[] b) {
        List<Span> spans = new ArrayList<>();
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (b[i] != '<') {
                int j = i;
                boolean text = false;
                while (j < n && b[j] != '<') {
                    text |= !isSpace(b[j]);
                    j++;
                }
                if (text && i > 0 && b[i - 1] == '>') {
                    spans.add(new Span(i, j, Kind.TEXT));
                }
                i = j;
                continue;
            }
            // a tag, comment, PI or declaration: up to the next '>'
            int close = i + 1;
            while (close < n && b[close] != '>') {
                close++;
            }
            if (i + 1 < n && b[i + 1] == '/') {
                int e = nameEnd(b, i + 2, close);
                if (e > i + 2) {
                    spans.add(new Span(i + 2, e, Kind.END_NAME));
                }
            } else if (i + 1 < n && isNameStart(b[i + 1])) {
                int e = nameEnd(b, i + 1, close);
                spans.add(new Span(i + 1, e, Kind.START_NAME));
                attributes(b, e, close, spans);
            }
            i = close + 1;
        }
        return spans;
    }

    /**
     * Finds the whole element that a start-tag name opens, up to its end tag paired by name.
     *
     * @param b the document
     * @param startName a {@link Kind#START_NAME} span of the document
     * @return the element (just the tag for an empty-element tag), or empty if no end tag pairs with it
     */
    static java.util.Optional<Span> element(byte[] b, Span startName) {
        int end = endTag(b, startName);
        return end > 0 ? java.util.Optional.of(new Span(startName.start() - 1, end, Kind.ELEMENT)) : java.util.Optional.empty();
    }

    private static void attributes(byte[] b, int from, int close, List<Span> spans) {
        int i = from;
        while (i < close) {
            if (b[i] == '=' && i + 1 < close && (b[i + 1] == '"' || b[i + 1] == '\'')) {
                byte q = b[i + 1];
                int j = i + 2;
                while (j < close && b[j] != q) {
                    j++;
                }
                spans.add(new Span(i + 2, j, Kind.ATTRIBUTE_VALUE));
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** Finds the end (exclusive) of the first matching end tag after a start tag's name, or -1; nesting of the same name is counted. */
    private static int endTag(byte[] b, Span startName) {
        byte[] name = java.util.Arrays.copyOfRange(b, startName.start(), startName.end());
        int n = b.length;
        int tagClose = startName.end();
        while (tagClose < n && b[tagClose] != '>') {
            tagClose++;
        }
        if (tagClose >= n) {
            return -1;
        }
        if (b[tagClose - 1] == '/') {
            return tagClose + 1;
        }
        int depth = 0;
        int i = tagClose + 1;
        // bounded look-ahead keeps the scan linear enough on 100 KB seeds
        int limit = Math.min(n, startName.end() + 64 * 1024);
        while (i < limit) {
            if (b[i] == '<') {
                boolean end = i + 1 < n && b[i + 1] == '/';
                int at = end ? i + 2 : i + 1;
                if (regionEquals(b, at, name) && at + name.length < n && !isNameByte(b[at + name.length])) {
                    if (end) {
                        if (depth == 0) {
                            int close = at + name.length;
                            while (close < n && b[close] != '>') {
                                close++;
                            }
                            return Math.min(close + 1, n);
                        }
                        depth--;
                    } else {
                        int close = at;
                        while (close < n && b[close] != '>') {
                            close++;
                        }
                        if (close < n && b[close - 1] != '/') {
                            depth++;
                        }
                    }
                }
            }
            i++;
        }
        return -1;
    }

    private static boolean regionEquals(byte[] b, int at, byte[] what) {
        if (at + what.length > b.length) {
            return false;
        }
        for (int k = 0; k < what.length; k++) {
            if (b[at + k] != what[k]) {
                return false;
            }
        }
        return true;
    }

    private static int nameEnd(byte[] b, int from, int limit) {
        int j = from;
        while (j < limit && j < b.length && isNameByte(b[j])) {
            j++;
        }
        return j;
    }

    private static boolean isNameStart(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c < 0;
    }

    private static boolean isNameByte(byte c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
    }

    private static boolean isNumberByte(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
