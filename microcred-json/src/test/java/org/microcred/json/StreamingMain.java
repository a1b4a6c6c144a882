package org.microcred.json;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.RandomCredentials;

/**
 * Writes N generated credentials as JSON Lines into a pipe while reading them back from it, both lazily,
 * and checks every 1000th record against a fresh copy from the same seed. Run by {@link StreamingTest} in a
 * JVM with a small heap; prints {@code streamed N} and exits 0 on success.
 */
public final class StreamingMain {
    private StreamingMain() {
    }

    /**
     * Runs the batch.
     *
     * @param args the number of records, then {@code lines} or {@code array}
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        JsonFraming framing = args.length > 1 && args[1].equals("array") ? JsonFraming.JSON_ARRAY : JsonFraming.JSON_LINES;
        JsonCodec codec = new JsonCodec();
        long[] bytes = {0};
        PipedOutputStream pipe = new PipedOutputStream();
        java.io.OutputStream out = new java.io.FilterOutputStream(pipe) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                bytes[0] += len;
                pipe.write(b, off, len);
            }
        };
        PipedInputStream in = new PipedInputStream(pipe, 1 << 16);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (out) {
                List<Loss> losses = codec.writeAll(generated(count), out, framing);
                if (!losses.isEmpty()) {
                    throw new IllegalStateException("unexpected losses: " + losses.subList(0, 1));
                }
            } catch (IOException e) {
                writerFailure.set(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                writerFailure.set(e);
            }
        }, "writer");
        writer.start();
        int read = 0;
        for (Iterator<MicroCredential> it = codec.readAll(in); it.hasNext();) {
            MicroCredential c = it.next();
            if (read % 1000 == 0 && !c.equals(RandomCredentials.credential(new Random(read)))) {
                throw new AssertionError("record " + read + " differs after the round trip");
            }
            read++;
        }
        writer.join();
        if (writerFailure.get() != null) {
            throw new AssertionError("writer failed", writerFailure.get());
        }
        if (read != count) {
            throw new AssertionError("read " + read + " of " + count);
        }
        System.out.println("streamed " + read + " records, " + bytes[0] / (1024 * 1024) + " MiB of JSON, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }

    private static Iterator<MicroCredential> generated(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public MicroCredential next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return RandomCredentials.credential(new Random(next++));
            }
        };
    }
}
