package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;

/**
 * The installed codecs (one shared instance per format, as {@link Codecs#of} hands out) and one shared
 * {@link CredentialValidator}, used from 8 threads at once on the same inputs, give exactly the results of a
 * single-threaded run: the same credentials and warnings read, the same bytes written (ELMO's wall-clock
 * {@code generatedDate} masked, see {@link Documents#sameDocument}), the same losses, the same violations, the
 * same refusals with the same messages.
 */
class ConcurrentUseTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    /** One operation and its single-threaded result. */
    private record Task(String name, Supplier<Object> run, Object expected) {
    }

    @Test
    void sharedCodecsAndValidatorGiveTheSingleThreadedResultsFromEightThreads() throws Exception {
        CredentialValidator validator = CredentialValidator.create();
        List<Task> tasks = new ArrayList<>();
        List<Format> formats = Arrays.stream(Format.values()).filter(Documents::installed).toList();
        assertTrue(formats.size() >= 4, "codecs installed: " + formats);
        for (Format format : formats) {
            CredentialCodec codec = Codecs.of(format);
            List<MicroCredential> credentials = Documents.credentials(format);
            for (int i = 0; i < credentials.size(); i++) {
                MicroCredential c = credentials.get(i);
                byte[] written = Documents.write(codec, c);
                MicroCredential read = codec.read(new ByteArrayInputStream(written)).credential();
                String id = format.id() + " #" + i;
                add(tasks, id + " write", () -> written(format, codec, c));
                add(tasks, id + " read", () -> outcome(() -> codec.read(new ByteArrayInputStream(written))));
                add(tasks, id + " detect", () -> Codecs.detect(Arrays.copyOf(written, Math.min(4096, written.length))));
                for (Profile p : Profile.values()) {
                    add(tasks, id + " validate " + p.id(), () -> validator.validate(read, p));
                }
                byte[] truncated = Arrays.copyOf(written, written.length / 2);
                add(tasks, id + " refuse truncated", () -> outcome(() -> codec.read(new ByteArrayInputStream(truncated))));
            }
            add(tasks, format.id() + " writeAll", () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                List<Loss> losses = codec.writeAll(credentials.iterator(), out);
                return List.of(losses, Documents.masked(format, out.toByteArray()));
            });
            for (Documents.Seed seed : Documents.seeds(format)) {
                add(tasks, format.id() + " readAll " + seed.name(), () -> outcome(() -> Documents.readAll(codec, seed.bytes(), 100)));
            }
        }

        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger compared = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    List<Task> order = new ArrayList<>(tasks);
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        // every thread in its own order, so that different operations overlap each round
                        Collections.shuffle(order, new Random(31L * thread + round));
                        for (Task task : order) {
                            Object actual = task.run().get();
                            compared.incrementAndGet();
                            if (!task.expected().equals(actual)) {
                                mismatches.add("thread " + thread + ", round " + round + ": " + task.name() + ": expected "
                                        + CredentialFormatException.abbreviate(String.valueOf(task.expected())) + ", got "
                                        + CredentialFormatException.abbreviate(String.valueOf(actual)));
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : workers) {
                w.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " results differ from the single-threaded run:\n  "
                + String.join("\n  ", mismatches.stream().limit(10).toList()));
        assertEquals(THREADS * ROUNDS * tasks.size(), compared.get());
    }

    /** Runs a task once, single-threaded, for its expected result. */
    private static void add(List<Task> tasks, String name, Supplier<Object> run) {
        tasks.add(new Task(name, run, run.get()));
    }

    private static Object written(Format format, CredentialCodec codec, MicroCredential c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        return List.of(losses, format == Format.ELMO ? Documents.masked(format, out.toByteArray())
                : new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
    }

    /** A result or the refusal, comparable across threads (exceptions compare by type and message). */
    private static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (CredentialFormatException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
