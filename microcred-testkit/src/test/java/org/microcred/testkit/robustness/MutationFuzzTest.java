package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * Mutation fuzzing of valid documents in every format.
 *
 * <p>The contract, for every mutated input: {@code read} (or {@code readAll}, for every fourth input) either
 * returns or throws a {@link CredentialFormatException} (nothing else: no NPE, no stack overflow, no
 * out-of-memory, no Jackson or StAX exception, no internal error wrapped in the family), within a time limit,
 * in a heap of at most 512 MB (the testkit's surefire {@code argLine}). {@code recognises} and
 * {@link Codecs#detect} never throw. Whatever is read is written back by the same codec without an
 * exception outside the family; when that write reports no loss, the codec reads its own output back to
 * the same credential.
 *
 * <p>Every input is derived from {@code microcred.fuzz.seed}, the format and its index, so a failure is
 * reproduced by its index alone; the offending input is also saved under {@code target/fuzz-failures/}.
 *
 * <p>Default run (normal test suite): {@value #DEFAULT_ITERATIONS} inputs per format. The long run, at least
 * 1,000,000 inputs per format (hours on two cores; {@code -Dmicrocred.fuzz.formats=json,xml} splits it):
 * <pre>
 * mvn -B -Pfuzz -pl microcred-testkit -am test -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Properties: {@code microcred.fuzz.iterations} (inputs per format), {@code microcred.fuzz.seed},
 * {@code microcred.fuzz.start} (first index), {@code microcred.fuzz.formats}, {@code microcred.fuzz.timeoutMillis}
 * (per input), {@code microcred.fuzz.strict} (fail on {@linkplain KnownCodecBug known bugs} too).
 */
class MutationFuzzTest {
    static final int DEFAULT_ITERATIONS = 3_000;
    private static final long DEFAULT_SEED = 0x6d6963726f637265L;
    private static final int MAX_RECORDS = 50;
    private static final int MAX_SAVED = 20;

    private static final int ITERATIONS = Integer.getInteger("microcred.fuzz.iterations", DEFAULT_ITERATIONS);
    private static final long SEED = Long.getLong("microcred.fuzz.seed", DEFAULT_SEED);
    private static final int START = Integer.getInteger("microcred.fuzz.start", 0);
    private static final Duration TIMEOUT = Duration.ofMillis(Long.getLong("microcred.fuzz.timeoutMillis", 10_000));
    private static final boolean STRICT = Boolean.getBoolean("microcred.fuzz.strict");
    private static final String FORMATS = System.getProperty("microcred.fuzz.formats", "json,elm,ob3,xml,elmo");
    private static final Path FAILURES = Path.of(System.getProperty("microcred.fuzz.failures", "target/fuzz-failures"));

    @BeforeAll
    static void heapIsBounded() {
        Base.assertBoundedHeap();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void everySeedIsAValidDocument(Format format) {
        assumeTrue(Documents.installed(format), () -> "no " + format.id() + " codec installed yet");
        CredentialCodec codec = Codecs.of(format);
        for (Documents.Seed seed : Documents.seeds(format)) {
            List<MicroCredential> read = Documents.readAll(codec, seed.bytes(), MAX_RECORDS);
            assertFalse(read.isEmpty(), seed.name() + " holds no credential");
            assertEquals(Codecs.detect(Arrays.copyOf(seed.bytes(), Math.min(4096, seed.bytes().length))).orElse(null), format,
                    seed.name() + " is detected as its own format");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void mutatedDocumentsAreReadOrRefusedWithinTheContract(Format format) throws IOException {
        assumeTrue(Documents.installed(format), () -> "no " + format.id() + " codec installed yet");
        assumeTrue(Arrays.asList(FORMATS.split(",")).contains(format.id()), () -> format.id() + " not in microcred.fuzz.formats");
        CredentialCodec codec = Codecs.of(format);
        List<Documents.Seed> seeds = Documents.seeds(format);
        Mutator mutator = new Mutator(format, seeds.stream().map(Documents.Seed::bytes).toList());
        clean(FAILURES.resolve(format.id()));
        Stats stats = new Stats();
        List<Failure> failures = new ArrayList<>();
        long failed = 0;
        Map<KnownCodecBug, Integer> known = new EnumMap<>(KnownCodecBug.class);
        long started = System.nanoTime();
        // A library must not write to the process's stderr (the JDK's XML parser does when left alone):
        // whatever an input makes the codec print is a failure of that input.
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (Guard guard = new Guard()) {
            for (int i = START; i < START + ITERATIONS; i++) {
                long inputSeed = inputSeed(format, i);
                Random random = new Random(inputSeed);
                Documents.Seed seed = seeds.get(random.nextInt(seeds.size()));
                Mutator.Mutant mutant = mutator.mutate(seed.bytes(), random);
                boolean all = i % 4 == 3;
                AtomicReference<String> stage = new AtomicReference<>("detect");
                Guard.Outcome<Result> outcome = guard.run(() -> check(codec, mutant.bytes(), all, stage), TIMEOUT);
                stats.add(outcome, "#" + i + " " + mutant.steps());
                String problem = problem(outcome);
                if (problem == null && printed.size() > 0) {
                    String text = printed.toString(StandardCharsets.UTF_8).strip();
                    problem = "printed to System.err: " + text.substring(0, Math.min(200, text.length()));
                }
                printed.reset();
                if (problem == null) {
                    continue;
                }
                KnownCodecBug bug = outcome.timedOut() ? null : KnownCodecBug.classify(format, stage.get(), outcome.thrown());
                if (bug != null && !STRICT) {
                    known.merge(bug, 1, Integer::sum);
                    continue;
                }
                failed++;
                if (failures.size() < MAX_SAVED) {
                    // only the first few are kept (with their input), so that a systematic failure cannot fill the heap
                    Failure f = new Failure(format, i, inputSeed, seed.name(), mutant.steps(), all ? "readAll" : "read",
                            stage.get(), problem, outcome.thrown());
                    f.save(mutant.bytes());
                    failures.add(f);
                }
            }
        } finally {
            System.setErr(stderr);
        }
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(Locale.ROOT, "fuzz %s: %d inputs in %d s from %d seeds (seed 0x%x, start %d): %d read, %d refused,"
                + " %d written back, %d round-tripped; slowest %d ms (%s); known bugs hit: %s; new failures: %d%n", format.id(),
                ITERATIONS, time.toSeconds(), seeds.size(), SEED, START, stats.read, stats.refused, stats.written,
                stats.roundTripped, stats.slowest.toMillis(), stats.slowestInput, known, failed);
        if (failed > 0) {
            StringBuilder sb = new StringBuilder(failed + " of " + ITERATIONS + " mutated " + format.id()
                    + " inputs broke the contract (the first " + failures.size() + " are in " + FAILURES.toAbsolutePath() + "):");
            for (Failure f : failures.subList(0, Math.min(10, failures.size()))) {
                sb.append("\n  ").append(f);
            }
            fail(sb.toString());
        }
        if (ITERATIONS >= 500) {
            // a fuzzer whose inputs are all refused (or all read) is not exploring: the mutations are broken
            assertTrue(stats.read > ITERATIONS / 50 && stats.refused > ITERATIONS / 50,
                    "mutations both keep and break documents: " + stats.read + " read, " + stats.refused + " refused");
        }
    }

    private static void clean(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Runs the whole contract on one input; throws whatever the codec throws, stage says where. */
    private static Result check(CredentialCodec codec, byte[] input, boolean all, AtomicReference<String> stage) {
        byte[] head = Arrays.copyOf(input, Math.min(4096, input.length));
        Codecs.detect(head);
        codec.recognises(head);
        stage.set(all ? "readAll" : "read");
        List<MicroCredential> read = all ? Documents.readAll(codec, input, MAX_RECORDS)
                : List.of(codec.read(new ByteArrayInputStream(input)).credential());
        Result result = new Result();
        result.read = read.size();
        for (MicroCredential c : read) {
            stage.set("write");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            List<Loss> losses;
            try {
                losses = codec.write(c, out);
            } catch (CredentialFormatException e) {
                result.writeRefused++;
                continue;
            }
            result.written++;
            if (!losses.isEmpty()) {
                continue;
            }
            stage.set("reread");
            MicroCredential back = codec.read(new ByteArrayInputStream(out.toByteArray())).credential();
            if (!back.equals(c)) {
                // the same document written again, with only the extensions (S08) read differently: the
                // document keeps every value, only the model's grouping or order of extensions moved
                java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
                codec.write(back, again);
                if (Documents.sameDocument(codec.format(), again.toByteArray(), out.toByteArray())
                        && withoutExtensions(back).equals(withoutExtensions(c))) {
                    throw new ExtensionsRegrouped(c, back);
                }
                throw new RoundTripMismatch(c, back);
            }
            result.roundTripped++;
        }
        return result;
    }

    /** What is wrong with an outcome, or null if it keeps the contract. */
    private static String problem(Guard.Outcome<Result> outcome) {
        if (outcome.timedOut()) {
            return "no answer within " + TIMEOUT.toMillis() + " ms";
        }
        Throwable t = outcome.thrown();
        if (t == null) {
            return null;
        }
        if (t instanceof RoundTripMismatch || t instanceof ExtensionsRegrouped) {
            return t.getMessage();
        }
        if (t instanceof CredentialFormatException) {
            Throwable internal = internalCause(t);
            return internal == null ? null : "an internal error was wrapped in the exception family: " + internal;
        }
        return "escaped: " + t;
    }

    /**
     * Finds a programming error that the codec translated into "bad input": the direct cause of a family
     * exception. (Deeper causes are the JDK's business: {@code new BigDecimal("")} throws a
     * NumberFormatException caused by an ArrayIndexOutOfBoundsException.) The core's builders report missing
     * properties with IllegalStateException, which codecs may translate.
     */
    static Throwable internalCause(Throwable t) {
        Throwable c = t.getCause();
        if (c == null) {
            return null;
        }
        boolean programming = c instanceof NullPointerException || c instanceof ClassCastException
                || c instanceof IndexOutOfBoundsException || c instanceof ArrayStoreException
                || c instanceof UnsupportedOperationException || c instanceof ArithmeticException || c instanceof Error
                || (c instanceof IllegalStateException && !thrownBy(c, "org.microcred.core.internal.Checks"));
        return programming ? c : null;
    }

    static boolean thrownBy(Throwable t, String classPrefix) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith(classPrefix)) {
                return true;
            }
        }
        return false;
    }

    /** Where two credentials first differ, as excerpts of their {@code toString()}. */
    static String difference(MicroCredential expected, MicroCredential actual) {
        String a = expected.toString();
        String b = actual.toString();
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "at character " + i + ": written …" + a.substring(from, Math.min(a.length(), i + 80)) + "… read back …"
                + b.substring(from, Math.min(b.length(), i + 80)) + "…";
    }

    private static long inputSeed(Format format, int index) {
        long z = SEED + 0x9E3779B97F4A7C15L * (index + 1L) + 0xC2B2AE3D27D4EB4FL * (format.ordinal() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Counts over one run. */
    private static final class Stats {
        long read;
        long refused;
        long written;
        long roundTripped;
        Duration slowest = Duration.ZERO;
        String slowestInput = "";

        void add(Guard.Outcome<Result> o, String input) {
            if (o.time().compareTo(slowest) > 0) {
                slowest = o.time();
                slowestInput = input;
            }
            if (Boolean.getBoolean("microcred.fuzz.verbose") && o.time().toMillis() > 50) {
                System.out.println("slow " + o.time().toMillis() + " ms: " + input);
            }
            if (o.returned()) {
                read++;
                written += o.value().written;
                roundTripped += o.value().roundTripped;
            } else if (o.refused()) {
                refused++;
            }
        }
    }

    /** What one input did. */
    private static final class Result {
        int read;
        int written;
        int writeRefused;
        int roundTripped;
    }

    /** The same credential without any extension (S08). */
    static MicroCredential withoutExtensions(MicroCredential c) {
        return c.toBuilder().extensions(List.of())
                .specification(c.specification().toBuilder().extensions(List.of()).build()).build();
    }

    /** A credential written and read back whose extensions are grouped or ordered differently, the document being the same. */
    static final class ExtensionsRegrouped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExtensionsRegrouped(MicroCredential written, MicroCredential back) {
            super("the codec read its own lossless output back with the extensions (S08) grouped or ordered"
                    + " differently (the document written from either is the same): " + difference(written, back));
        }
    }

    /** A written and re-read credential that is not the credential written. */
    static final class RoundTripMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoundTripMismatch(MicroCredential written, MicroCredential back) {
            super("the codec read its own lossless output back to a different credential: " + difference(written, back));
        }
    }

    /** One broken contract, with what is needed to reproduce it. */
    private record Failure(Format format, int index, long inputSeed, String seedName, List<String> steps, String mode,
            String stage, String problem, Throwable thrown) {

        String file() {
            return String.format(Locale.ROOT, "%s-%d-%016x", format.id(), index, inputSeed);
        }

        void save(byte[] input) {
            try {
                Path dir = FAILURES.resolve(format.id());
                Files.createDirectories(dir);
                Files.write(dir.resolve(file() + (format == Format.XML || format == Format.ELMO ? ".xml" : ".json")),
                        input);
                StringWriter trace = new StringWriter();
                if (thrown != null) {
                    thrown.printStackTrace(new PrintWriter(trace));
                }
                Files.writeString(dir.resolve(file() + ".txt"), this + "\nmutations: " + steps + "\n\n" + trace,
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            String top = "";
            Throwable shown = thrown == null ? null : java.util.Objects.requireNonNullElse(internalCause(thrown), thrown);
            if (shown != null && shown.getStackTrace().length > 0) {
                top = " at " + shown.getStackTrace()[0];
            }
            return String.format(Locale.ROOT, "%s input #%d (%s of seed %s, mutations %s) failed in %s: %s%s"
                    + " [reproduce: -Dmicrocred.fuzz.formats=%s -Dmicrocred.fuzz.seed=%d -Dmicrocred.fuzz.start=%d"
                    + " -Dmicrocred.fuzz.iterations=1; file %s]", format.id(), index, mode, seedName, steps, stage,
                    problem.length() > 700 ? problem.substring(0, 700) + "…" : problem, top, format.id(), SEED, index, file());
        }
    }
}
