package org.microcred.testkit.robustness;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Streams that are huge without being held in memory: a prefix, one byte repeated any number of times, and a
 * suffix. A 100 MB document costs the test nothing; only what the codec keeps costs memory.
 */
final class HugeInput {
    private HugeInput() {
    }

    /**
     * Creates a stream of {@code prefix + fill * count + suffix}.
     *
     * @param prefix the start, as UTF-8
     * @param fill the repeated byte
     * @param count how many times
     * @param suffix the end, as UTF-8
     * @return the stream, reading lazily
     */
    static InputStream of(String prefix, byte fill, long count, String suffix) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), repeat(fill, count),
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * Creates a stream of one byte repeated.
     *
     * @param fill the byte
     * @param count how many times
     * @return the stream
     */
    static InputStream repeat(byte fill, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return fill & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, fill);
                left -= n;
                return n;
            }
        };
    }

    /**
     * Creates a stream of a text repeated (for nesting: {@code "["} or {@code "<a>"}).
     *
     * @param prefix the start
     * @param open the text repeated first
     * @param middle the text in the middle
     * @param close the text repeated after
     * @param count how many of each
     * @param suffix the end
     * @return the document as bytes (nesting of 100,000 levels is a few hundred kilobytes)
     */
    static byte[] nested(String prefix, String open, String middle, String close, int count, String suffix) {
        return (prefix + open.repeat(count) + middle + close.repeat(count) + suffix).getBytes(StandardCharsets.UTF_8);
    }
}
