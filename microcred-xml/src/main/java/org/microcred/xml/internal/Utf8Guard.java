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
 */
final class Utf8Guard extends FilterInputStream {
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private long offset;
    private int pending;      // continuation bytes still expected
    private int minNext = 0x80;
    private int maxNext = 0xBF;

    private Utf8Guard(InputStream in) {
        super(in);
    }

    /**
     * Wraps a stream so that invalid UTF-8 fails as an I/O error, if the document is UTF-8.
     *
     * @param in the document, not null
     * @return the guarded stream, or a buffered stream over the same bytes for other encodings
     * @throws IOException if the first bytes cannot be read
     */
    static InputStream wrap(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 8192);
        b.mark(256);
        byte[] head = b.readNBytes(256);
        b.reset();
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || head[0] == 0 || head[1] == 0)) {
            return b; // UTF-16 or UTF-32
        }
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find() && !m.group(1).toUpperCase(Locale.ROOT).matches("UTF-?8")) {
            return b;
        }
        return new Utf8Guard(b);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            check(c);
        }
        return c;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            check(buf[off + i] & 0xFF);
        }
        return n;
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

    private void fail(int c) throws IOException {
        throw new InvalidUtf8Exception(String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X at byte offset %d", c, offset));
    }

    /** An invalid byte sequence; deliberately not a {@code CharConversionException}, which the JDK prints. */
    static final class InvalidUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidUtf8Exception(String message) {
            super(message);
        }
    }
}
