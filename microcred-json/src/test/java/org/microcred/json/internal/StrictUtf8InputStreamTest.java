package org.microcred.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check passes well-formed text through unchanged and locates the first ill-formed byte by line and
 * column (in characters), whatever mix of ASCII runs (checked eight bytes at a time), line feeds and multi-byte
 * characters precedes it, and however the reads are split.
 */
class StrictUtf8InputStreamTest {
    private static final String[] PIECES = {"a", "b", "\n", " ", "\n\n", "é", "学", "😀", "{\"k\": 1}", "0123456789abcdef", "\u000b"};

    private static byte[] drain(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer, 0, chunk)) >= 0;) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @RepeatedTest(50)
    void locatesTheFirstBadByteAfterAnyText() throws IOException {
        Random random = new Random();
        StringBuilder text = new StringBuilder("{}  ");
        int pieces = random.nextInt(400);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String before = text.toString();
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        String last = before.substring(before.lastIndexOf('\n') + 1);
        long column = last.codePointCount(0, last.length()) + 1;
        byte[] good = before.getBytes(StandardCharsets.UTF_8);
        int chunk = 1 + random.nextInt(64);
        assertArrayEquals(good, drain(new StrictUtf8InputStream(new ByteArrayInputStream(good)), chunk));

        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC0; // an overlong form
        bad[good.length + 1] = (byte) 0xAF;
        bad[good.length + 2] = 'x';
        StrictUtf8InputStream.Utf8Exception e = assertThrows(StrictUtf8InputStream.Utf8Exception.class,
                () -> drain(new StrictUtf8InputStream(new ByteArrayInputStream(bad)), chunk));
        assertEquals(line, e.line(), "line of " + before);
        assertEquals(column, e.column(), "column of " + before);
    }

    @Test
    void aLineFeedInEachByteOfAWordIsCounted() throws IOException {
        for (int at = 0; at < 8; at++) {
            byte[] bytes = "{}  abcdefgh12345678x".getBytes(StandardCharsets.US_ASCII);
            bytes[4 + at] = '\n';
            byte[] bad = new byte[bytes.length + 1];
            System.arraycopy(bytes, 0, bad, 0, bytes.length);
            bad[bytes.length] = (byte) 0xFF;
            StrictUtf8InputStream.Utf8Exception e = assertThrows(StrictUtf8InputStream.Utf8Exception.class,
                    () -> drain(new StrictUtf8InputStream(new ByteArrayInputStream(bad)), 4096));
            assertEquals(2, e.line());
            assertEquals(bytes.length - (4 + at), e.column(), "line feed at " + at);
        }
    }
}
