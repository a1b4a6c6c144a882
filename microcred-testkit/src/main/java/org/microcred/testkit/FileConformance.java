package org.microcred.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.validation.Profile;
import org.microcred.testkit.CheckResult.Status;
import org.microcred.testkit.Scenario.ExpectedViolation;

/**
 * The language-neutral file mode of the conformance kit, for vendors whose software is not written in Java.
 *
 * <p>{@link #export(Manifest, Path)} writes every scenario into a directory: {@code manifest.json}, and per
 * scenario a folder {@code <scenario-id>/} with the inputs {@code input.<format>.<ext>} and the expected model
 * {@code expected.json} (microcred's native JSON). Then:
 * <ul>
 *   <li>a <b>consumer</b> reads each {@code input.<format>.<ext>} and writes what it read as native JSON to
 *       {@code consumed.<format>.json} next to it, or, when it rejects the input, one line saying why to
 *       {@code rejected.<format>.txt}; {@link #checkConsumer} compares;</li>
 *   <li>a <b>producer</b> writes, for each valid and invalid scenario, the credential of {@code expected.json}
 *       as a document {@code produced.<format>.<ext>}; {@link #checkProducer} reads it with microcred, validates
 *       it and compares.</li>
 * </ul>
 * A missing output is reported as skipped, so a vendor may cover some formats only; a run with nothing
 * passed is not a success. Conversion and batch scenarios are exported for reference but checked only by the
 * Java runner.
 *
 * @since 0.1
 */
public final class FileConformance {
    /** The name of the file describing the protocol, written by {@link #export}. */
    public static final String README = "README.txt";

    private FileConformance() {
    }

    /**
     * Gets the usual file extension of a format.
     *
     * @param format the format, not null
     * @return {@code json} or {@code xml}, not null
     */
    public static String extension(Format format) {
        return switch (format) {
            case JSON, ELM, OB3 -> "json";
            case XML, ELMO -> "xml";
        };
    }

    /**
     * Gets the path of a scenario's input in a format, relative to the export directory.
     *
     * @param scenario the scenario id, not null
     * @param format the format, not null
     * @return the path, e.g. {@code valid-eu2022-typical/input.elm.json}, not null
     */
    public static String inputPath(String scenario, Format format) {
        return scenario + "/input." + format.id() + "." + extension(format);
    }

    /**
     * Gets the path where a consumer writes what it read from an input, as native JSON.
     *
     * @param scenario the scenario id, not null
     * @param format the format of the input, not null
     * @return the path, e.g. {@code valid-eu2022-typical/consumed.elm.json}, not null
     */
    public static String consumedPath(String scenario, Format format) {
        return scenario + "/consumed." + format.id() + ".json";
    }

    /**
     * Gets the path where a consumer writes why it rejected an input.
     *
     * @param scenario the scenario id, not null
     * @param format the format of the input, not null
     * @return the path, e.g. {@code hostile-xml-xxe/rejected.xml.txt}, not null
     */
    public static String rejectedPath(String scenario, Format format) {
        return scenario + "/rejected." + format.id() + ".txt";
    }

    /**
     * Gets the path where a producer writes a scenario's credential in a format.
     *
     * @param scenario the scenario id, not null
     * @param format the format, not null
     * @return the path, e.g. {@code valid-eu2022-typical/produced.ob3.json}, not null
     */
    public static String producedPath(String scenario, Format format) {
        return scenario + "/produced." + format.id() + "." + extension(format);
    }

    /**
     * Gets the path of a scenario's expected model (native JSON; JSON Lines for a batch).
     *
     * @param scenario the scenario, not null
     * @return the path, not null
     */
    public static String expectedPath(Scenario scenario) {
        return scenario.id() + (scenario.kind() == Scenario.Kind.BATCH ? "/expected.jsonl" : "/expected.json");
    }

    //-----------------------------------------------------------------------
    /**
     * Writes every scenario of a manifest into a directory, with a manifest describing the exported layout.
     *
     * @param manifest the scenarios, not null
     * @param directory the directory, created if missing, not null
     * @return the number of files written
     * @throws UncheckedIOException if a file cannot be written
     */
    public static int export(Manifest manifest, Path directory) {
        int count = 0;
        try {
            Files.createDirectories(directory);
            List<Scenario> exported = new ArrayList<>();
            for (Scenario s : manifest.scenarios()) {
                Path folder = directory.resolve(s.id());
                Files.createDirectories(folder);
                Map<Format, String> documents = new EnumMap<>(Format.class);
                for (Map.Entry<Format, String> d : s.documents().entrySet()) {
                    String path = inputPath(s.id(), d.getKey());
                    Files.write(directory.resolve(path), manifest.bytes(d.getValue()));
                    documents.put(d.getKey(), path);
                    count++;
                }
                Optional<String> expected = Optional.empty();
                if (s.expected().isPresent()) {
                    expected = Optional.of(expectedPath(s));
                    Files.write(directory.resolve(expected.get()), manifest.bytes(s.expected().get()));
                    count++;
                }
                exported.add(new Scenario(s.id(), s.kind(), s.requirement(), s.description(), s.profile(), documents,
                        expected, s.violations(), s.rejection(), s.target(), s.losses()));
            }
            try (OutputStream out = Files.newOutputStream(directory.resolve(Manifest.FILE_NAME))) {
                Manifest.of(manifest.version(), manifest.requirements(), exported, p -> {
                    throw new IOException("not readable here: " + p);
                }).write(out);
            }
            try (InputStream in = FileConformance.class.getResourceAsStream("export-readme.txt")) {
                Files.write(directory.resolve(README), in == null ? new byte[0] : in.readAllBytes());
            }
            return count + 2;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export the conformance kit to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks what a vendor's consumer read from the exported inputs.
     *
     * @param directory the export directory holding the consumer's outputs, not null
     * @param formats the formats to check, not null, not empty
     * @return the report, not null
     * @throws UncheckedIOException if the directory holds no manifest
     */
    public static ConformanceReport checkConsumer(Path directory, Set<Format> formats) {
        long start = System.nanoTime();
        Manifest manifest = Manifest.load(directory);
        List<CheckResult> out = new ArrayList<>();
        for (Scenario s : manifest.scenarios()) {
            if (s.kind() != Scenario.Kind.VALID && s.kind() != Scenario.Kind.INVALID && s.kind() != Scenario.Kind.HOSTILE) {
                continue;
            }
            for (Format f : new TreeSet<>(s.documents().keySet())) {
                if (!formats.contains(f)) {
                    continue;
                }
                Results r = new Results(s, f, out);
                Path consumed = directory.resolve(consumedPath(s.id(), f));
                Path rejected = directory.resolve(rejectedPath(s.id(), f));
                if (s.kind() == Scenario.Kind.HOSTILE) {
                    if (Files.exists(consumed)) {
                        r.fail("rejected", "accepted a hostile document (wrote " + consumedPath(s.id(), f)
                                + ") instead of rejecting it", List.of());
                    } else if (Files.exists(rejected)) {
                        r.pass("rejected");
                    } else {
                        r.skip("rejected", "neither " + consumedPath(s.id(), f) + " nor " + rejectedPath(s.id(), f) + " was written");
                    }
                    continue;
                }
                if (!Files.exists(consumed)) {
                    if (Files.exists(rejected)) {
                        r.fail("read", "rejected a " + s.kind().id() + " document: " + firstLine(rejected), List.of());
                    } else {
                        r.skip("read", "no " + consumedPath(s.id(), f));
                    }
                    continue;
                }
                Optional<MicroCredential> actual = readNative(r, consumed);
                if (actual.isPresent()) {
                    r.pass("read");
                    compare(r, "model", expected(manifest, s), actual.get());
                    violations(r, s, actual.get());
                }
            }
        }
        return new ConformanceReport("consumer (" + directory + ")", manifest, out, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Checks the documents a vendor's producer wrote for the valid and invalid scenarios in one format: each
     * must be recognised and read by microcred, give the expected model and exactly the expected violations.
     *
     * @param directory the export directory holding the producer's outputs, not null
     * @param format the format produced, not null
     * @return the report, not null
     * @throws UncheckedIOException if the directory holds no manifest
     * @throws IllegalStateException if microcred has no codec for the format
     */
    public static ConformanceReport checkProducer(Path directory, Format format) {
        long start = System.nanoTime();
        Manifest manifest = Manifest.load(directory);
        var codec = Codecs.of(format);
        List<CheckResult> out = new ArrayList<>();
        for (Scenario s : manifest.scenarios()) {
            if (s.kind() != Scenario.Kind.VALID && s.kind() != Scenario.Kind.INVALID) {
                continue;
            }
            Results r = new Results(s, format, out);
            Path produced = directory.resolve(producedPath(s.id(), format));
            if (!Files.exists(produced)) {
                r.skip("read", "no " + producedPath(s.id(), format));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(produced);
            } catch (IOException e) {
                r.fail("read", "cannot read " + produced + ": " + e.getMessage(), List.of());
                continue;
            }
            MicroCredential actual;
            try {
                actual = codec.read(new ByteArrayInputStream(bytes)).credential();
            } catch (CredentialFormatException e) {
                r.fail("read", "microcred cannot read the produced document: " + e.getMessage(), e.element().stream().toList());
                continue;
            }
            r.pass("read");
            byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, ConformanceRunner.HEAD_SIZE));
            Optional<Format> detected = Codecs.detect(head);
            if (detected.equals(Optional.of(format))) {
                r.pass("recognised");
            } else {
                r.fail("recognised", "the document is detected as " + detected.map(Format::id).orElse("no known format")
                        + ", not " + format.id(), List.of());
            }
            compare(r, "model", expected(manifest, s), actual);
            violations(r, s, actual);
        }
        return new ConformanceReport("producer of " + format.id() + " (" + directory + ")", manifest, out,
                Duration.ofNanos(System.nanoTime() - start));
    }

    //-----------------------------------------------------------------------
    private static Optional<MicroCredential> readNative(Results r, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(Codecs.of(Format.JSON).read(in).credential());
        } catch (CredentialFormatException e) {
            r.fail("read", "the consumer's output is not a native JSON credential: " + e.getMessage(), e.element().stream().toList());
        } catch (IOException e) {
            r.fail("read", "cannot read " + file + ": " + e.getMessage(), List.of());
        }
        return Optional.empty();
    }

    private static MicroCredential expected(Manifest manifest, Scenario s) {
        return Codecs.of(Format.JSON).read(new ByteArrayInputStream(manifest.bytes(s.expected().orElseThrow()))).credential();
    }

    private static void compare(Results r, String check, MicroCredential expected, MicroCredential actual) {
        List<ModelComparison.Difference> d = ModelComparison.differences(expected, actual);
        if (d.isEmpty()) {
            r.pass(check);
        } else {
            r.fail(check, String.join("; ", d.stream().map(Object::toString).toList()),
                    d.stream().map(ModelComparison.Difference::element).toList());
        }
    }

    private static void violations(Results r, Scenario s, MicroCredential actual) {
        Profile profile = s.profile().orElseThrow();
        Comparator<ExpectedViolation> order = Comparator.comparing(ExpectedViolation::element)
                .thenComparing(ExpectedViolation::severity);
        List<ExpectedViolation> found = DefaultValidator.INSTANCE.validate(actual, profile).stream()
                .map(v -> new ExpectedViolation(v.element(), v.severity())).sorted(order).toList();
        List<ExpectedViolation> want = s.violations().stream().sorted(order).toList();
        String check = s.kind() == Scenario.Kind.VALID ? "valid" : "violations";
        if (found.equals(want)) {
            r.pass(check);
        } else {
            Set<Element> differing = new TreeSet<>();
            want.stream().filter(v -> !found.contains(v)).forEach(v -> differing.add(v.element()));
            found.stream().filter(v -> !want.contains(v)).forEach(v -> differing.add(v.element()));
            r.fail(check, "under " + profile.id() + " expected violations " + want + " but found " + found, List.copyOf(differing));
        }
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            return CredentialFormatException.abbreviate(nl < 0 ? text : text.substring(0, nl));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable " + file.getFileName() + ")";
        }
    }

    private record Results(Scenario scenario, Format format, List<CheckResult> out) {
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
