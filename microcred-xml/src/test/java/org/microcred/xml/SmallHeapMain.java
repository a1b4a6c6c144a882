package org.microcred.xml;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.microcred.core.MicroCredential;
import org.microcred.core.Person;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.RandomCredentials;

/**
 * Run in a JVM with a small heap by {@link SmallHeapStreamingTest}: writes N credentials through a pipe
 * while reading them back on the other end, checking each one, so that neither side can hold the whole
 * document. Prints {@code OK format count bytes} on success, exits non-zero on any failure.
 */
public final class SmallHeapMain {
    private SmallHeapMain() {
    }

    private static final MicroCredential[] POOL = new MicroCredential[64];

    static {
        for (int i = 0; i < POOL.length; i++) {
            POOL[i] = RandomCredentials.credential(new Random(i));
        }
    }

    /** Credential i: one of a pool of generated credentials, made distinct by its id. */
    static MicroCredential credential(int i, Person learner) {
        MicroCredential.Builder b = POOL[i % POOL.length].toBuilder()
                .id(java.net.URI.create("urn:uuid:" + new java.util.UUID(0, i)));
        return (learner == null ? b : b.learner(learner)).build();
    }

    public static void main(String[] args) throws Exception {
        Format format = Format.of(args[0]);
        int count = Integer.parseInt(args[1]);
        CredentialCodec codec = format == Format.ELMO ? new ElmoCodec() : new XmlCodec();
        Person learner = format == Format.ELMO ? Person.builder().givenName("Erika").familyName("Mustermann").build() : null;
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong bytes = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (out) {
                Iterator<MicroCredential> source = new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < count;
                    }

                    @Override
                    public MicroCredential next() {
                        return credential(next++, learner);
                    }
                };
                java.io.OutputStream counting = new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(int b) throws IOException {
                        bytes.incrementAndGet();
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        bytes.addAndGet(len);
                        out.write(b, off, len);
                    }
                };
                List<Loss> losses = codec.writeAll(source, counting);
                counting.flush();
                if (losses.stream().anyMatch(l -> l.element() != org.microcred.core.Element.E04)) {
                    throw new IllegalStateException("unexpected losses " + losses);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        int read = 0;
        Iterator<MicroCredential> it = codec.readAll(in);
        while (it.hasNext()) {
            MicroCredential c = it.next();
            MicroCredential expected = credential(read, learner);
            if (!c.equals(expected)) {
                throw new IllegalStateException("credential " + read + " differs: " + Diff.first(expected, c));
            }
            read++;
        }
        writer.join();
        if (failure.get() != null) {
            throw new IllegalStateException("writer failed", failure.get());
        }
        if (read != count) {
            throw new IllegalStateException("read " + read + " of " + count);
        }
        long max = Runtime.getRuntime().maxMemory();
        System.out.println("OK " + format.id() + " " + read + " " + bytes.get() + " " + max);
    }
}
