package org.microcred.benchmarks;

import java.io.OutputStream;

/** Discards what is written and counts the bytes, so that conversions are measured without disk I/O. */
public final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        count += len;
    }

    /**
     * Gets the number of bytes written so far.
     *
     * @return the count
     */
    public long count() {
        return count;
    }
}
