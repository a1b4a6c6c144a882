package org.microcred.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.testkit.CheckResult.Status;
import org.microcred.testkit.Scenario.ExpectedViolation;

/**
 * Runs the scenarios of a {@link Manifest} against an {@link Implementation}.
 *
 * <p>Expected models are read with microcred's own native JSON codec, whatever the implementation under test.
 * Every call into the implementation runs on a separate thread with a time limit, so that a hang, a stack
 * overflow or an out-of-memory error becomes a failed check instead of ending the run.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceRunner.of(Manifest.load(), Implementation.microcred()).run();
 * System.out.print(report.summary());
 * }</pre>
 *
 * <p>Implementation requirements: immutable; a runner may be shared between threads.
 *
 * @since 0.1
 */
public final class ConformanceRunner {
    /** The default time limit of one call into the implementation. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** How many bytes of a document format detection is given. */
    public static final int HEAD_SIZE = 4096;

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "microcred-conformance");
        t.setDaemon(true); // a hung implementation must not keep the JVM alive
        return t;
    });

    private final Manifest manifest;
    private final Implementation implementation;
    private final Set<Format> formats;
    private final Duration timeout;

    private ConformanceRunner(Manifest manifest, Implementation implementation, Set<Format> formats, Duration timeout) {
        this.manifest = manifest;
        this.implementation = implementation;
        this.formats = formats;
        this.timeout = timeout;
    }

    /**
     * Obtains a runner over every format.
     *
     * @param manifest the scenarios, not null
     * @param implementation what to check, not null
     * @return the runner, not null
     */
    public static ConformanceRunner of(Manifest manifest, Implementation implementation) {
        return new ConformanceRunner(Objects.requireNonNull(manifest, "manifest"),
                Objects.requireNonNull(implementation, "implementation"), EnumSet.allOf(Format.class), DEFAULT_TIMEOUT);
    }

    /**
     * Returns a copy that checks only fixtures of some formats (a conversion needs both of its formats).
     *
     * @param selected the formats, not null, not empty
     * @return a new runner, not null
     */
    public ConformanceRunner withFormats(Set<Format> selected) {
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("At least one format is needed");
        }
        return new ConformanceRunner(manifest, implementation, EnumSet.copyOf(selected), timeout);
    }

    /**
     * Returns a copy with another time limit per call into the implementation.
     *
     * @param limit the limit, positive, not null
     * @return a new runner, not null
     */
    public ConformanceRunner withTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("Timeout must be positive: " + limit);
        }
        return new ConformanceRunner(manifest, implementation, formats, limit);
    }

    /**
     * Runs every scenario.
     *
     * @return the report, not null
     */
    public ConformanceReport run() {
        long start = System.nanoTime();
        List<CheckResult> results = new ArrayList<>();
        for (Scenario s : manifest.scenarios()) {
            results.addAll(check(s));
        }
        return new ConformanceReport(implementation.name(), manifest, results, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs the checks of one scenario, over the selected formats.
     *
     * @param scenario the scenario, not null
     * @return the results, not null
     */
    public List<CheckResult> check(Scenario scenario) {
        List<CheckResult> out = new ArrayList<>();
        if (scenario.kind() == Scenario.Kind.CONVERSION) {
            conversion(scenario, out);
            return out;
        }
        for (Map.Entry<Format, String> doc : new java.util.TreeMap<>(scenario.documents()).entrySet()) {
            Format f = doc.getKey();
            if (!formats.contains(f)) {
                continue;
            }
            Fixture fx = new Fixture(scenario, f, out);
            Optional<CredentialCodec> codec = implementation.codec(f);
            if (codec.isEmpty()) {
                fx.skip(firstCheck(scenario.kind()), implementation.name() + " has no codec for " + f.id());
                continue;
            }
            byte[] bytes = manifest.bytes(doc.getValue());
            switch (scenario.kind()) {
                case VALID, INVALID -> document(fx, codec.get(), bytes);
                case HOSTILE -> hostile(fx, codec.get(), bytes);
                case BATCH -> batch(fx, codec.get(), bytes);
                default -> throw new IllegalStateException(scenario.kind().toString());
            }
        }
        return out;
    }

    private static String firstCheck(Scenario.Kind kind) {
        return switch (kind) {
            case HOSTILE -> "rejected";
            case BATCH -> "read-all";
            default -> "read";
        };
    }

    //-----------------------------------------------------------------------
    private void document(Fixture fx, CredentialCodec codec, byte[] bytes) {
        Scenario s = fx.scenario;
        Outcome<MicroCredential> read = call(() -> codec.read(new ByteArrayInputStream(bytes)).credential());
        if (!read.ok()) {
            fx.fail("read", (s.kind() == Scenario.Kind.VALID ? "rejected a valid document: " : "rejected a readable document: ")
                    + read.problem(), List.of());
            return;
        }
        fx.pass("read");
        MicroCredential actual = read.value();
        MicroCredential expected = expectedModel(s.expected().orElseThrow());
        compare(fx, "model", expected, actual);

        Outcome<List<ExpectedViolation>> found = call(() -> implementation.validate(actual, s.profile().orElseThrow())
                .stream().map(v -> new ExpectedViolation(v.element(), v.severity())).sorted(VIOLATION_ORDER).toList());
        String violationsCheck = s.kind() == Scenario.Kind.VALID ? "valid" : "violations";
        if (!found.ok()) {
            fx.fail(violationsCheck, "validation failed: " + found.problem(), List.of());
        } else {
            List<ExpectedViolation> want = s.violations().stream().sorted(VIOLATION_ORDER).toList();
            if (want.equals(found.value())) {
                fx.pass(violationsCheck);
            } else {
                Set<Element> differing = new TreeSet<>();
                want.stream().filter(v -> !found.value().contains(v)).forEach(v -> differing.add(v.element()));
                found.value().stream().filter(v -> !want.contains(v)).forEach(v -> differing.add(v.element()));
                fx.fail(violationsCheck, "under " + s.profile().get().id() + " expected violations " + want + " but found "
                        + found.value(), List.copyOf(differing));
            }
        }

        if (s.kind() == Scenario.Kind.VALID) {
            byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_SIZE));
            Outcome<Boolean> recognised = call(() -> codec.recognises(head));
            if (recognised.ok() && recognised.value()) {
                fx.pass("recognised");
            } else {
                fx.fail("recognised", recognised.ok() ? "the codec does not recognise the first " + head.length
                        + " bytes of a document of its own format" : recognised.problem(), List.of());
            }
            roundTrip(fx, codec, actual);
        }
    }

    private void roundTrip(Fixture fx, CredentialCodec codec, MicroCredential credential) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Outcome<List<Loss>> written = call(() -> codec.write(credential, buffer));
        if (!written.ok()) {
            fx.fail("round-trip", "cannot write what was read: " + written.problem(), List.of());
            return;
        }
        if (!written.value().isEmpty()) {
            fx.fail("round-trip", "writing to its own format lost " + written.value(), elementsOf(written.value()));
            return;
        }
        Outcome<MicroCredential> again = call(() -> codec.read(new ByteArrayInputStream(buffer.toByteArray())).credential());
        if (!again.ok()) {
            fx.fail("round-trip", "cannot read what was written: " + again.problem(), List.of());
            return;
        }
        compare(fx, "round-trip", credential, again.value());
    }

    private void hostile(Fixture fx, CredentialCodec codec, byte[] bytes) {
        Scenario.Rejection want = fx.scenario.rejection().orElseThrow();
        Outcome<MicroCredential> read = call(() -> codec.read(new ByteArrayInputStream(bytes)).credential());
        if (read.ok()) {
            fx.fail("rejected", "accepted a hostile document instead of rejecting it with " + want, List.of());
            return;
        }
        Throwable t = read.failure();
        if (!(t instanceof CredentialFormatException cfe)) {
            fx.fail("rejected", "expected a " + want.exception().type().getSimpleName() + " but " + read.problem(), List.of());
            return;
        }
        if (!want.exception().type().isInstance(t)) {
            fx.fail("rejected", "expected a " + want.exception().type().getSimpleName() + " but got a "
                    + t.getClass().getSimpleName() + ": " + t.getMessage(), List.of());
            return;
        }
        if (want.element().isPresent() && !want.element().equals(cfe.element())) {
            fx.fail("rejected", "the rejection must name element " + want.element().get().id() + " but named "
                    + cfe.element().map(Element::id).orElse("none") + ": " + t.getMessage(), List.of(want.element().get()));
            return;
        }
        if (cfe.format() != fx.format) {
            fx.fail("rejected", "the rejection must name format " + fx.format.id() + " but named " + cfe.format().id(), List.of());
            return;
        }
        fx.pass("rejected");
    }

    private void batch(Fixture fx, CredentialCodec codec, byte[] bytes) {
        List<MicroCredential> expected = expectedModels(fx.scenario.expected().orElseThrow());
        Outcome<List<MicroCredential>> read = call(() -> drain(codec.readAll(new ByteArrayInputStream(bytes)), expected.size()));
        if (!read.ok()) {
            fx.fail("read-all", "cannot read the batch: " + read.problem(), List.of());
            return;
        }
        if (!compareAll(fx, "read-all", expected, read.value())) {
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Outcome<List<Loss>> written = call(() -> codec.writeAll(expected.iterator(), buffer));
        if (!written.ok()) {
            fx.fail("write-all", "cannot write the batch: " + written.problem(), List.of());
            return;
        }
        if (!written.value().isEmpty()) {
            fx.fail("write-all", "writing to its own format lost " + written.value(), elementsOf(written.value()));
            return;
        }
        Outcome<List<MicroCredential>> again = call(() -> drain(codec.readAll(new ByteArrayInputStream(buffer.toByteArray())),
                expected.size()));
        if (!again.ok()) {
            fx.fail("write-all", "cannot read the written batch: " + again.problem(), List.of());
            return;
        }
        compareAll(fx, "write-all", expected, again.value());
    }

    private static List<MicroCredential> drain(Iterator<MicroCredential> it, int expectedCount) {
        List<MicroCredential> list = new ArrayList<>();
        // a reader that never ends is caught here rather than by the memory limit
        while (it.hasNext() && list.size() <= expectedCount) {
            list.add(it.next());
        }
        return list;
    }

    private boolean compareAll(Fixture fx, String check, List<MicroCredential> expected, List<MicroCredential> actual) {
        if (expected.size() != actual.size()) {
            fx.fail(check, "expected " + expected.size() + " credentials but read " + (actual.size() > expected.size()
                    ? "more" : String.valueOf(actual.size())), List.of());
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            List<ModelComparison.Difference> d = ModelComparison.differences(expected.get(i), actual.get(i));
            if (!d.isEmpty()) {
                fx.fail(check, "credential #" + (i + 1) + ": " + join(d), d.stream().map(ModelComparison.Difference::element).toList());
                return false;
            }
        }
        fx.pass(check);
        return true;
    }

    private void conversion(Scenario s, List<CheckResult> out) {
        Format from = s.documents().keySet().iterator().next();
        Format to = s.target().orElseThrow();
        if (!formats.contains(from) || !formats.contains(to)) {
            return;
        }
        Fixture fx = new Fixture(s, from, out);
        Optional<CredentialCodec> source = implementation.codec(from);
        Optional<CredentialCodec> target = implementation.codec(to);
        if (source.isEmpty() || target.isEmpty()) {
            fx.skip("losses", implementation.name() + " has no codec for " + (source.isEmpty() ? from : to).id());
            return;
        }
        byte[] bytes = manifest.bytes(s.documents().get(from));
        Outcome<MicroCredential> read = call(() -> source.get().read(new ByteArrayInputStream(bytes)).credential());
        if (!read.ok()) {
            fx.fail("read", "cannot read the source document: " + read.problem(), List.of());
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Outcome<List<Loss>> written = call(() -> target.get().write(read.value(), buffer));
        if (!written.ok()) {
            fx.fail("losses", "cannot write " + to.id() + ": " + written.problem(), List.of());
            return;
        }
        List<Element> lost = elementsOf(written.value());
        List<Element> want = s.losses().stream().distinct().sorted().toList();
        if (lost.equals(want)) {
            fx.pass("losses");
        } else {
            Set<Element> differing = new TreeSet<>(want);
            differing.addAll(lost);
            differing.removeIf(e -> want.contains(e) && lost.contains(e));
            fx.fail("losses", "converting " + from.id() + " to " + to.id() + " must report losses of " + ids(want)
                    + " but reported " + (written.value().isEmpty() ? "none" : written.value().toString()), List.copyOf(differing));
        }
        Outcome<MicroCredential> back = call(() -> target.get().read(new ByteArrayInputStream(buffer.toByteArray())).credential());
        if (!back.ok()) {
            fx.fail("model", "cannot read the converted " + to.id() + " document: " + back.problem(), List.of());
            return;
        }
        compare(fx, "model", expectedModel(s.expected().orElseThrow()), back.value());
    }

    //-----------------------------------------------------------------------
    private static void compare(Fixture fx, String check, MicroCredential expected, MicroCredential actual) {
        List<ModelComparison.Difference> d = ModelComparison.differences(expected, actual);
        if (d.isEmpty()) {
            fx.pass(check);
        } else {
            fx.fail(check, join(d), d.stream().map(ModelComparison.Difference::element).toList());
        }
    }

    private static String join(List<ModelComparison.Difference> d) {
        return String.join("; ", d.stream().map(Object::toString).toList());
    }

    private static List<Element> elementsOf(List<Loss> losses) {
        return losses.stream().map(Loss::element).distinct().sorted().toList();
    }

    private static String ids(List<Element> elements) {
        return elements.isEmpty() ? "none" : String.join(", ", elements.stream().map(Element::id).toList());
    }

    private static final Comparator<ExpectedViolation> VIOLATION_ORDER = Comparator.comparing(ExpectedViolation::element)
            .thenComparing(ExpectedViolation::severity);

    private MicroCredential expectedModel(String path) {
        return Codecs.of(Format.JSON).read(new ByteArrayInputStream(manifest.bytes(path))).credential();
    }

    private List<MicroCredential> expectedModels(String path) {
        List<MicroCredential> list = new ArrayList<>();
        Codecs.of(Format.JSON).readAll(new ByteArrayInputStream(manifest.bytes(path))).forEachRemaining(list::add);
        return list;
    }

    /**
     * Calls into the implementation on another thread, within the time limit.
     */
    private <T> Outcome<T> call(Supplier<T> action) {
        Future<Outcome<T>> future = EXECUTOR.submit(() -> {
            try {
                return new Outcome<>(Objects.requireNonNull(action.get(), "returned null"), null);
            } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included: they are findings
                return new Outcome<T>(null, t);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, new TimeoutException("did not finish within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        }
    }

    private record Outcome<T>(T value, Throwable failure) {
        boolean ok() {
            return failure == null;
        }

        String problem() {
            if (failure instanceof CredentialFormatException) {
                return failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            if (failure instanceof TimeoutException) {
                return failure.getMessage();
            }
            return "threw " + failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                    + " instead of a CredentialFormatException";
        }
    }

    /** Collects the results of one document of a scenario. */
    private static final class Fixture {
        final Scenario scenario;
        final Format format;
        final List<CheckResult> out;

        Fixture(Scenario scenario, Format format, List<CheckResult> out) {
            this.scenario = scenario;
            this.format = format;
            this.out = out;
        }

        void pass(String check) {
            out.add(new CheckResult(scenario.id(), scenario.requirement(), Optional.of(format), check, Status.PASSED, "", List.of()));
        }

        void fail(String check, String message, List<Element> elements) {
            out.add(new CheckResult(scenario.id(), scenario.requirement(), Optional.of(format), check, Status.FAILED, message, elements));
        }

        void skip(String check, String message) {
            out.add(new CheckResult(scenario.id(), scenario.requirement(), Optional.of(format), check, Status.SKIPPED, message, List.of()));
        }
    }
}
