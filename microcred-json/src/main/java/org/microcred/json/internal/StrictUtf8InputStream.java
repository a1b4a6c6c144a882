package org.microcred.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes bytes through unchanged while checking that they are well-formed UTF-8 (RFC 3629 section 4,
 * Unicode table 3-7): Jackson's own decoder turns overlong forms ({@code C0 AF} into '/'), encoded surrogates
 * and code points above U+10FFFF into characters instead of refusing them.
 *
 * <p>A document that starts with a UTF-16 or UTF-32 byte order mark, or has a zero byte among its first four
 * bytes (how Jackson detects UTF-16 and UTF-32 without a mark), is passed through unchecked: it is not UTF-8, and
 * the JDK decoder that Jackson uses for it already refuses what is ill-formed there.
 *
 * <p>Not thread-safe; one per parser.
 */
final class StrictUtf8InputStream extends FilterInputStream {
    private long offset;
    private long line = 1;
    private long column;
    private boolean unchecked;
    /** Continuation bytes still expected by the current sequence. */
    private int pending;
    private int lower = 0x80;
    private int upper = 0xBF;
    private long sequenceLine;
    private long sequenceColumn;
    /** Where in the caller's buffer the current sequence started. */
    private int sequenceStart;
    /** Ill-formed input found, thrown once the bytes before it are delivered. */
    private Utf8Exception failure;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (failure != null) {
            throw failure;
        }
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else if (!unchecked) {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(buffer, off, len);
        if (n < 0) {
            atEnd();
        } else if (!unchecked) {
            sequenceStart = off;
            int i = off;
            int end = off + n;
            while (i < end && !unchecked) {
                if (pending == 0 && offset >= 4) {
                    // fast path for runs of ASCII, most of any credential: only the line and column change
                    int start = i;
                    long ln = line;
                    long col = column;
                    // eight bytes at a time while they are all ASCII, counting the line feeds among them
                    for (; i + 8 <= end; i += 8) {
                        long w = (long) LONGS.get(buffer, i);
                        if ((w & HIGH_BITS) != 0) {
                            break;
                        }
                        long lf = zeroBytes(w ^ LINE_FEEDS);
                        if (lf == 0) {
                            col += 8;
                        } else {
                            ln += Long.bitCount(lf);
                            // bytes after the last line feed; little-endian: the last byte is the highest
                            col = 7 - (63 - Long.numberOfLeadingZeros(lf)) / 8;
                        }
                    }
                    for (; i < end; i++) {
                        byte b = buffer[i];
                        if (b < 0) {
                            break;
                        }
                        if (b == '\n') {
                            ln++;
                            col = 0;
                        } else {
                            col++;
                        }
                    }
                    offset += i - start;
                    line = ln;
                    column = col;
                    if (i == end) {
                        break;
                    }
                }
                try {
                    if (pending == 0) {
                        sequenceStart = i;
                    }
                    check(buffer[i] & 0xFF);
                } catch (Utf8Exception e) {
                    // deliver what precedes the bad sequence first, so that the parser's path points at it
                    if (sequenceStart > off) {
                        failure = e;
                        return sequenceStart - off;
                    }
                    throw e;
                }
                i++;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // checked bytes only: skip by reading
        byte[] sink = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) throws Utf8Exception {
        long at = offset++;
        if (at < 4 && (b == 0 || at == 0 && (b == 0xFE || b == 0xFF))) {
            unchecked = true;
            return;
        }
        if (pending > 0) {
            if (b < lower || b > upper) {
                throw new Utf8Exception(sequenceLine, sequenceColumn, b, "unexpected byte " + hex(b) + " in a multi-byte sequence");
            }
            pending--;
            lower = 0x80;
            upper = 0xBF;
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
            return;
        }
        column++;
        sequenceLine = line;
        sequenceColumn = column;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                lower = 0xA0; // below: overlong
            } else if (b == 0xED) {
                upper = 0x9F; // above: an encoded surrogate U+D800..U+DFFF
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                lower = 0x90; // below: overlong
            } else if (b == 0xF4) {
                upper = 0x8F; // above: beyond U+10FFFF
            }
        } else {
            throw new Utf8Exception(line, column, b, b < 0xC2 && b >= 0xC0 ? "overlong sequence starting with byte " + hex(b)
                    : "byte " + hex(b) + " cannot start a character");
        }
    }

    private void atEnd() throws Utf8Exception {
        if (!unchecked && pending > 0) {
            pending = 0;
            throw new Utf8Exception(sequenceLine, sequenceColumn, -1, "truncated multi-byte sequence at end of input");
        }
    }

    // the high bit of each byte of an ASCII word that is zero, and no other bit (exact: no carry between bytes)
    private static long zeroBytes(long w) {
        return ~(((w & LOW_BITS) + LOW_BITS) | w | LOW_BITS);
    }

    private static String hex(int b) {
        return String.format("0x%02X", b);
    }

    /** Ill-formed UTF-8, with the line and column (in characters, 1-based) of the sequence. */
    static final class Utf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;
        private final transient long line;
        private final transient long column;
        private final transient String value;

        Utf8Exception(long line, long column, int b, String problem) {
            super("invalid UTF-8: " + problem);
            this.line = line;
            this.column = column;
            this.value = b < 0 ? null : hex(b);
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        String value() {
            return value;
        }
    }
}
