package org.microcred.xml.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a UTF-8 XML document is valid UTF-8 before the JDK's parser decodes it.
 *
 * <p>Why: on a malformed byte sequence the JDK's internal scanner prints {@code [Fatal Error] ...} to
 * {@code System.err} before the exception reaches us, and no StAX property turns that off. A stream error
 * thrown here surfaces as an ordinary {@code XMLStreamException} instead, which the codecs translate.
 * Documents in another encoding (UTF-16 with a byte-order mark, or an {@code encoding} declaration) pass
 * through untouched.
 *
 * <p>It also bounds every markup construct (a start tag with its attributes, a comment, a CDATA section, a
 * processing instruction, a declaration): the JDK's parser buffers each whole before reporting it, and no
 * JDK limit covers them ({@code jdk.xml.*SizeLimit} count entity expansion only), so 100 MB of attribute
 * value would otherwise be read into memory. The lexer sees only the ASCII delimiters, which every encoding
 * the JDK accepts without a byte-order mark keeps, and reads UTF-16 and UTF-32 as units of 2 or 4 bytes.
 */
final class Utf8Guard extends FilterInputStream {
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static final int TEXT = 0;
    private static final int LT = 1;        // after '<'
    private static final int BANG = 2;      // after '<!'
    private static final int BANG_DASH = 3; // after '<!-'
    private static final int TAG = 4;       // start or end tag, declaration
    private static final int QUOTED = 5;    // attribute value
    private static final int COMMENT = 6;
    private static final int CDATA = 7;
    private static final int PI = 8;

    private boolean utf8;             // checking UTF-8 now
    private final boolean utf8Throughout; // false: only the XML declaration, which the parser decodes as UTF-8
    private final int width;          // bytes per code unit: 1, 2 or 4
    private final boolean bigEndian;
    private final long maxMarkup;

    private long offset;
    private int pending;      // continuation bytes still expected
    private int minNext = 0x80;
    private int maxNext = 0xBF;

    private int unit;         // the code unit being assembled
    private int unitBytes;
    private int state = TEXT;
    private int quote;
    private int run;          // how many '-' (comment), ']' (CDATA) or '?' (PI) just preceded
    private long markupLength;
    private long line = 1;
    private long column = 1;

    private Utf8Guard(InputStream in, boolean utf8, int width, boolean bigEndian, long maxMarkup) {
        super(in);
        this.utf8 = true;
        this.utf8Throughout = utf8;
        this.width = width;
        this.bigEndian = bigEndian;
        this.maxMarkup = maxMarkup;
    }

    /**
     * Wraps a stream so that invalid UTF-8 fails as an I/O error, if the document is UTF-8, and so that any
     * markup construct longer than a limit does.
     *
     * @param in the document, not null
     * @param maxMarkup the longest markup construct accepted, in characters (code units)
     * @return the guarded stream
     * @throws IOException if the first bytes cannot be read
     */
    static InputStream wrap(InputStream in, long maxMarkup) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 8192);
        b.mark(256);
        byte[] head = b.readNBytes(256);
        b.reset();
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Utf8Guard(b, false, 2, true, maxMarkup);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            boolean utf32 = head.length >= 4 && head[2] == 0 && head[3] == 0;
            return new Utf8Guard(b, false, utf32 ? 4 : 2, false, maxMarkup);
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == 0) {
            return new Utf8Guard(b, false, 4, true, maxMarkup);
        }
        if (head.length >= 4 && head[1] == 0 && head[2] == 0) {
            return new Utf8Guard(b, false, 4, false, maxMarkup);
        }
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
            return new Utf8Guard(b, false, 2, head[0] == 0, maxMarkup);
        }
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!m.find() || m.group(1).toUpperCase(Locale.ROOT).matches("UTF-?8")) {
            return new Utf8Guard(b, true, 1, true, maxMarkup);
        }
        // Another encoding: the parser still reads the declaration itself as UTF-8, so that part is checked;
        // and an encoding it cannot decode is refused here (the parser would print its error first).
        String declared = m.group(1);
        if (!supported(declared)) {
            throw new InvalidUtf8Exception("unsupported encoding declared: \"" + declared + "\"");
        }
        return new Utf8Guard(b, false, 1, true, maxMarkup);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            check(c);
        } else {
            atEnd();
        }
        return c;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n < 0) {
            atEnd();
        } else if (width == 1 && utf8Throughout) {
            scanUtf8(buf, off, off + n);
        } else {
            for (int i = 0; i < n; i++) {
                check(buf[off + i] & 0xFF);
            }
        }
        return n;
    }

    /**
     * The UTF-8 case, which is nearly all ASCII: runs of ASCII bytes that change no state (text without '<', a tag,
     * attribute value, comment, CDATA section or processing instruction without its delimiters, no line feed) are
     * counted in one step; every other byte goes
     * through {@link #check}. A run in markup stops short of the length limit, so that the limit is reported at the
     * byte that passes it.
     */
    private void scanUtf8(byte[] buf, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            if (pending == 0) {
                int start = i;
                switch (state) {
                    case TEXT -> {
                        while (i < to && isPlainText(buf[i])) {
                            i++;
                        }
                    }
                    case TAG -> {
                        int end = runEnd(i, to);
                        while (i < end && isPlainTag(buf[i])) {
                            i++;
                        }
                    }
                    case QUOTED -> {
                        int end = runEnd(i, to);
                        while (i < end && buf[i] >= 0 && buf[i] != quote && buf[i] != '\n') {
                            i++;
                        }
                    }
                    case COMMENT, CDATA, PI -> {
                        // up to the byte that may close the construct ('-', ']', '?' or '>')
                        int end = runEnd(i, to);
                        int closer = state == COMMENT ? '-' : state == CDATA ? ']' : '?';
                        while (i < end && buf[i] >= 0 && buf[i] != closer && buf[i] != '>' && buf[i] != '\n') {
                            i++;
                        }
                    }
                    default -> {
                        // the few bytes after '<' take the careful path
                    }
                }
                int count = i - start;
                if (count > 0) {
                    column += count;
                    offset += count;
                    if (state != TEXT) {
                        markupLength += count;
                        run = 0; // any other byte breaks a run of closing '-', ']' or '?'
                    }
                    if (i == to) {
                        return;
                    }
                }
            }
            check(buf[i] & 0xFF);
            i++;
        }
    }

    // the end of a run in markup: at most up to the last byte that keeps the construct within the limit
    private int runEnd(int i, int to) {
        long room = maxMarkup - markupLength;
        return room < to - i ? i + (int) Math.max(0, room) : to;
    }

    private static boolean isPlainText(byte b) {
        return b >= 0 && b != '<' && b != '\n';
    }

    private static boolean isPlainTag(byte b) {
        return b >= 0 && b != '"' && b != '\'' && b != '>' && b != '\n';
    }

    /** A document cut inside a multi-byte sequence is invalid UTF-8 too (the parser would print it). */
    private void atEnd() throws IOException {
        if (utf8 && pending > 0) {
            throw new InvalidUtf8Exception(String.format(Locale.ROOT,
                    "invalid UTF-8: the document ends inside a multi-byte sequence, at byte offset %d", offset));
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int c) throws IOException {
        if (width > 1) {
            unit = bigEndian ? unit << 8 | c : unit | c << (8 * unitBytes);
            if (++unitBytes == width) {
                lex(unit);
                unit = 0;
                unitBytes = 0;
            }
            offset++;
            return;
        }
        if (!utf8) {
            lex(c);
            offset++;
            return;
        }
        if (!utf8Throughout && c == '>' && pending == 0) {
            utf8 = false; // end of the XML declaration
        }
        if (pending == 0) {
            lex(c); // a continuation byte is no new character
        }
        if (pending > 0) {
            if (c < minNext || c > maxNext) {
                fail(c);
            }
            pending--;
            minNext = 0x80;
            maxNext = 0xBF;
        } else if (c >= 0x80) {
            // lead byte: ranges per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF)
            if (c >= 0xC2 && c <= 0xDF) {
                pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                pending = 2;
                minNext = c == 0xE0 ? 0xA0 : 0x80;
                maxNext = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                pending = 3;
                minNext = c == 0xF0 ? 0x90 : 0x80;
                maxNext = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                fail(c);
            }
        }
        offset++;
    }

    /** Follows markup by its ASCII delimiters, counting the length of the construct being read. */
    private void lex(int c) throws IOException {
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        if (state == TEXT) {
            if (c == '<') {
                state = LT;
                markupLength = 1;
            }
            return;
        }
        if (++markupLength > maxMarkup) {
            throw new MarkupTooLongException(String.format(Locale.ROOT,
                    "markup (a tag with its attributes, a comment, a CDATA section or a processing instruction)"
                    + " longer than the limit of %d characters at byte offset %d", maxMarkup, offset), line, column);
        }
        switch (state) {
            case LT -> state = c == '!' ? BANG : c == '?' ? PI : c == '>' ? TEXT : TAG;
            case BANG -> state = c == '-' ? BANG_DASH : c == '[' ? CDATA : c == '>' ? TEXT : TAG;
            case BANG_DASH -> state = c == '-' ? COMMENT : c == '>' ? TEXT : TAG;
            case TAG -> {
                if (c == '"' || c == '\'') {
                    quote = c;
                    state = QUOTED;
                } else if (c == '>') {
                    state = TEXT;
                }
            }
            case QUOTED -> state = c == quote ? TAG : QUOTED;
            case COMMENT -> {
                state = c == '>' && run >= 2 ? TEXT : COMMENT;
                run = c == '-' ? run + 1 : 0;
            }
            case CDATA -> {
                state = c == '>' && run >= 2 ? TEXT : CDATA;
                run = c == ']' ? run + 1 : 0;
            }
            case PI -> {
                state = c == '>' && run >= 1 ? TEXT : PI;
                run = c == '?' ? 1 : 0;
            }
            default -> state = TEXT;
        }
        if (state == TEXT) {
            run = 0;
        }
    }

    private static boolean supported(String encoding) {
        try {
            return java.nio.charset.Charset.isSupported(encoding);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private void fail(int c) throws IOException {
        throw new InvalidUtf8Exception(String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X at byte offset %d", c, offset));
    }

    /** A markup construct longer than the limit; knows where, as the parser cannot tell. */
    static final class MarkupTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        MarkupTooLongException(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    /** An invalid byte sequence; deliberately not a {@code CharConversionException}, which the JDK prints. */
    static final class InvalidUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidUtf8Exception(String message) {
            super(message);
        }
    }
}
