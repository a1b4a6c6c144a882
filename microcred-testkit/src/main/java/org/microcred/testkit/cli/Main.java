package org.microcred.testkit.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;
import org.microcred.testkit.ConformanceReport;
import org.microcred.testkit.ConformanceRunner;
import org.microcred.testkit.CreditSupplement;
import org.microcred.testkit.FileConformance;
import org.microcred.testkit.Implementation;
import org.microcred.testkit.Manifest;

/**
 * The {@code microcred} command: validate, convert and inspect credentials, and run the conformance kit.
 *
 * <p>{@code keygen}, {@code sign} and {@code verify} are in {@link Signing}.
 *
 * <p>Exit status: 0 success; 1 a credential is invalid or not verified, a conversion lost something under {@code --strict},
 * or a conformance check failed; 2 an input cannot be read (malformed, hostile, unknown format) or the command
 * line is wrong. Errors are one line on standard error; {@code --verbose} adds the stack trace.
 *
 * <p>The arguments are parsed by hand ({@link Arguments}): the grammar is a handful of flags and one-valued
 * options, and a parsing library would add a dependency and reflective start-up work to every run.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int ERROR = 2;

    private static final String USAGE = """
            Usage: microcred [--verbose] COMMAND [OPTIONS] ARGS

            Commands:
              validate [--profile structural|eu-2022|neset-2020] [--format auto|json|elm|ob3|xml|elmo]
                       [--output text|json] FILE...
                  Validate credentials against a profile (default eu-2022). Text output: one line per
                  violation, FILE: ID PATH: message. Exit 0 all valid, 1 an error found, 2 unreadable.
              convert --to json|elm|ob3|xml|elmo [--from auto|FORMAT] [--strict] IN [-o OUT]
                  Convert a credential or a batch (JSON array, JSON Lines, multi-credential ELMO), streaming.
                  Losses go to stderr as 'lost: ID reason'; --strict exits 1 on any loss.
              inspect [--html] [--format auto|FORMAT] FILE [-o OUT]
                  Print the credit supplement: every element of the standard in Annex I order, in the
                  credential's own language, missing ones marked. --html writes one printable page.
              conformance run [--format F[,F...]] [--junit FILE] [--json FILE]
                  Run the conformance kit against microcred itself and print the summary.
              conformance export DIR
                  Write every scenario (inputs in each format, expected model as native JSON) to DIR.
              conformance check-consumer [--format F[,F...]] [--junit FILE] [--json FILE] DIR
                  Compare what a vendor's consumer read (DIR/<scenario>/consumed.<format>.json).
              conformance check-producer --format F [--junit FILE] [--json FILE] DIR
                  Validate and compare a vendor's documents (DIR/<scenario>/produced.<format>.<ext>).
              keygen [--type ed25519|p256|rsa] [-o FILE]
                  Write a new key pair as PEM (default Ed25519; its did:key id goes to stderr).
              sign --suite eddsa-jcs-2022|eddsa-rdfc-2022|jwt|xmldsig --key KEY [--key-id ID] IN [-o OUT]
                  Sign a JSON credential (Data Integrity proof or VC-JWT) or an ELMO document (XML-DSig).
              verify [--key PUBLIC-KEY] [--allow-sha1] IN
                  Verify every proof and print each check. Exit 0 verified, 1 not verified, 2 unreadable.
                  did:key proofs need no --key; XML-DSig needs the trusted --key.

            FILE, IN or OUT '-' is standard input or output. See DIR/README.txt after an export.
            Exit status: 0 success, 1 invalid / lossy under --strict / conformance failure,
                         2 unreadable input or usage error.
            """;

    // Hibernate Validator announces itself on JUL at INFO: keep the command's stderr for errors only
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");

    static {
        QUIET.setLevel(java.util.logging.Level.WARNING);
        // JUL is the only logging back end in the command's jar: name it, so that JBoss Logging (Hibernate
        // Validator's) does not probe for Log4j, Logback and SLF4J classes, a few ms each at start-up
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
    }

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private boolean verbose;

    private Main(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        StartupTrace.mark("main");
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        StartupTrace.mark("exit");
        System.exit(status);
    }

    /**
     * Runs the command with the given streams, without exiting.
     *
     * @param args the command line, not null
     * @param stdin standard input, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit status: 0, 1 or 2
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return new Main(stdin, out, err).run(new ArrayList<>(Arrays.asList(args)));
    }

    private int run(List<String> args) {
        verbose = args.remove("--verbose");
        try {
            if (args.isEmpty()) {
                err.print(USAGE);
                return ERROR;
            }
            if (args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
                out.print(USAGE);
                out.flush();
                return OK;
            }
            String command = args.remove(0);
            int status = switch (command) {
                case "validate" -> validate(args);
                case "convert" -> convert(args);
                case "inspect" -> inspect(args);
                case "conformance" -> conformance(args);
                case "keygen" -> new Signing(stdin, out, err).keygen(args);
                case "sign" -> new Signing(stdin, out, err).sign(args);
                case "verify" -> new Signing(stdin, out, err).verify(args);
                default -> throw new Arguments.UsageException("unknown command '" + command + "'");
            };
            out.flush();
            return status;
        } catch (Arguments.UsageException e) {
            return error(e.getMessage() + " (see microcred --help)", e);
        } catch (Input.InputException | CredentialFormatException e) {
            return error(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            return error(e.getMessage(), e);
        } catch (RuntimeException e) {
            return error("internal error: " + e, e);
        } finally {
            out.flush();
        }
    }

    private int error(String message, Throwable t) {
        out.flush();
        err.println("microcred: " + message);
        if (verbose) {
            t.printStackTrace(err);
        }
        return ERROR;
    }

    static Format format(String id) {
        try {
            return Format.of(id);
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
    }

    private static Profile profile(String id) {
        try {
            return Profile.of(id);
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
    }

    private static CredentialCodec codec(Format f) {
        try {
            return Codecs.of(f);
        } catch (IllegalStateException e) {
            throw new Input.InputException(e.getMessage());
        }
    }

    //-----------------------------------------------------------------------
    private int validate(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--profile", "--format", "--output"));
        Profile profile = profile(a.value("--profile").orElse("eu-2022"));
        String format = a.value("--format").orElse("auto");
        if (!format.equals("auto")) {
            format(format);
        }
        String output = a.value("--output").orElse("text");
        if (!output.equals("text") && !output.equals("json")) {
            throw new Arguments.UsageException("--output must be text or json: '" + output + "'");
        }
        if (a.operands().isEmpty()) {
            throw new Arguments.UsageException("missing FILE");
        }
        // Bootstrapping Jakarta Validation and reading the model's constraints take about as long as reading
        // a file: do both at once (the first validation then finds the constraint metadata ready).
        java.util.concurrent.CompletableFuture<CredentialValidator> pending =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    CredentialValidator v = SharedValidator.INSTANCE;
                    StartupTrace.mark("validator created");
                    v.preload();
                    StartupTrace.mark("validator preloaded");
                    return v;
                });
        int status = OK;
        List<Map<String, Object>> json = new ArrayList<>();
        for (String file : a.operands()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file);
            try (Input in = Input.open(file, format, stdin)) {
                result.put("format", in.format.id());
                StartupTrace.mark("opened, format detected");
                CredentialCodec codec = codec(in.format);
                MicroCredential c = codec.read(in.stream).credential();
                StartupTrace.mark("read");
                CredentialValidator validator = SharedValidator.await(pending);
                StartupTrace.mark("validator awaited");
                List<Violation> violations = validator.validate(c, profile);
                StartupTrace.mark("validated");
                boolean valid = violations.stream().noneMatch(Violation::isError);
                result.put("valid", valid);
                result.put("violations", violations);
                if (!valid && status == OK) {
                    status = FAILED;
                }
                if (output.equals("text")) {
                    for (Violation v : violations) {
                        out.println(file + ": " + v.element().id() + " " + (v.path().isEmpty() ? "-" : v.path()) + ": "
                                + (v.isError() ? "" : "warning: ") + v.message());
                    }
                }
            } catch (Input.InputException | CredentialFormatException e) {
                status = ERROR;
                result.put("valid", false);
                result.put("error", e.getMessage());
                result.put("violations", List.of());
                out.flush();
                err.println("microcred: " + (e instanceof CredentialFormatException ? file + ": " : "") + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
            }
            json.add(result);
        }
        if (output.equals("json")) {
            writeValidationJson(json);
        }
        return status;
    }

    @SuppressWarnings("unchecked")
    private void writeValidationJson(List<Map<String, Object>> results) {
        try (JsonGenerator g = new JsonFactory().createGenerator((OutputStream) out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (Map<String, Object> r : results) {
                g.writeStartObject();
                g.writeStringField("file", (String) r.get("file"));
                if (r.containsKey("format")) {
                    g.writeStringField("format", (String) r.get("format"));
                }
                g.writeBooleanField("valid", (Boolean) r.get("valid"));
                if (r.containsKey("error")) {
                    g.writeStringField("error", (String) r.get("error"));
                }
                g.writeArrayFieldStart("violations");
                for (Violation v : (List<Violation>) r.get("violations")) {
                    g.writeStartObject();
                    g.writeStringField("element", v.element().id());
                    g.writeStringField("path", v.path());
                    g.writeStringField("severity", v.severity().name());
                    g.writeStringField("message", v.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One validator per process, created on first use: bootstrapping Jakarta Validation takes a while. */
    private static final class SharedValidator {
        // The command's jar has no META-INF/validation.xml: skip looking for and parsing one.
        static final CredentialValidator INSTANCE = CredentialValidator.create(
                jakarta.validation.Validation.byDefaultProvider().configure().ignoreXmlConfiguration());

        static CredentialValidator await(java.util.concurrent.CompletableFuture<CredentialValidator> pending) {
            try {
                return pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    //-----------------------------------------------------------------------
    private int convert(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("--strict"), Set.of("--to", "--from", "-o", "--output"));
        Format to = format(a.value("--to").orElseThrow(() -> new Arguments.UsageException("missing --to FORMAT")));
        String from = a.value("--from").orElse("auto");
        String target = a.value("-o").or(() -> a.value("--output")).orElse("-");
        String file = a.operand("IN");
        CredentialCodec writer = codec(to);
        try (Input in = Input.open(file, from, stdin); Output o = Output.open(target, out)) {
            CredentialCodec reader = codec(in.format);
            Iterator<MicroCredential> all = reader.readAll(in.stream);
            if (!all.hasNext()) {
                throw new Input.InputException(file + ": holds no credential");
            }
            MicroCredential first = all.next();
            List<Loss> losses;
            Progress progress = new Progress(err, System.console() != null);
            if (!all.hasNext()) {
                losses = writer.write(first, o.stream);
                progress.count(1);
            } else {
                losses = writer.writeAll(progress.counting(first, all), o.stream);
            }
            progress.done();
            o.commit();
            Map<String, Integer> distinct = new LinkedHashMap<>();
            for (Loss l : losses) {
                distinct.merge(l.element().id() + " " + l.reason() + (l.path().isEmpty() ? "" : " (at " + l.path() + ")"), 1, Integer::sum);
            }
            out.flush();
            distinct.forEach((k, n) -> err.println("lost: " + k + (n > 1 ? " (" + n + " times)" : "")));
            return a.flag("--strict") && !losses.isEmpty() ? FAILED : OK;
        }
    }

    /** Counts credentials as they are written; reports progress on a terminal. */
    private static final class Progress {
        private final PrintStream err;
        private final boolean terminal;
        private long count;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void count(long n) {
            count += n;
            if (terminal && count % 1000 == 0) {
                err.print("\rconverted " + count + " credentials");
                err.flush();
            }
        }

        Iterator<MicroCredential> counting(MicroCredential first, Iterator<MicroCredential> rest) {
            return new Iterator<>() {
                private boolean firstDone;

                @Override
                public boolean hasNext() {
                    return !firstDone || rest.hasNext();
                }

                @Override
                public MicroCredential next() {
                    MicroCredential c;
                    if (!firstDone) {
                        firstDone = true;
                        c = first;
                    } else if (rest.hasNext()) {
                        c = rest.next();
                    } else {
                        throw new NoSuchElementException();
                    }
                    count(1);
                    return c;
                }
            };
        }

        void done() {
            if (terminal && count >= 1000) {
                err.println("\rconverted " + count + " credentials");
            }
        }
    }

    /** Standard output, or a file written to a temporary sibling and moved into place when complete. */
    private static final class Output implements AutoCloseable {
        final OutputStream stream;
        private final Path file;
        private final Path temp;
        private boolean committed;

        private Output(OutputStream stream, Path file, Path temp) {
            this.stream = stream;
            this.file = file;
            this.temp = temp;
        }

        static Output open(String name, PrintStream out) {
            if (name.equals("-")) {
                return new Output(out, null, null);
            }
            try {
                Path file = Path.of(name).toAbsolutePath();
                Path temp = Files.createTempFile(file.getParent(), ".microcred-", ".tmp");
                return new Output(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), file, temp);
            } catch (IOException e) {
                throw new Input.InputException(name + ": cannot write: " + e.getMessage());
            }
        }

        void commit() {
            committed = true;
        }

        @Override
        public void close() {
            try {
                stream.flush();
                if (file != null) {
                    stream.close();
                    if (committed) {
                        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(temp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    //-----------------------------------------------------------------------
    private int inspect(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("--html"), Set.of("--format", "-o", "--output"));
        String file = a.operand("FILE");
        MicroCredential c;
        try (Input in = Input.open(file, a.value("--format").orElse("auto"), stdin)) {
            c = codec(in.format).read(in.stream).credential();
        } catch (CredentialFormatException e) {
            throw new Input.InputException(file + ": " + e.getMessage());
        }
        CreditSupplement supplement = CreditSupplement.of(c);
        String text = a.flag("--html") ? supplement.toHtml() : supplement.toText();
        try (Output o = Output.open(a.value("-o").or(() -> a.value("--output")).orElse("-"), out)) {
            o.stream.write(text.getBytes(StandardCharsets.UTF_8));
            o.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OK;
    }

    //-----------------------------------------------------------------------
    private int conformance(List<String> args) {
        if (args.isEmpty()) {
            throw new Arguments.UsageException("missing conformance subcommand (run, export, check-consumer, check-producer)");
        }
        String sub = args.remove(0);
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--format", "--junit", "--json"));
        ConformanceReport report = switch (sub) {
            case "run" -> {
                if (!a.operands().isEmpty()) {
                    throw new Arguments.UsageException("conformance run takes no operand: " + a.operands());
                }
                yield ConformanceRunner.of(Manifest.load(), Implementation.microcred()).withFormats(formats(a)).run();
            }
            case "export" -> {
                Path dir = Path.of(a.operand("DIR"));
                int files = FileConformance.export(Manifest.load(), dir);
                out.println("wrote " + files + " files to " + dir + " (see " + dir.resolve(FileConformance.README) + ")");
                yield null;
            }
            case "check-consumer" -> FileConformance.checkConsumer(Path.of(a.operand("DIR")), formats(a));
            case "check-producer" -> {
                Format f = format(a.value("--format").orElseThrow(() -> new Arguments.UsageException("missing --format F")));
                yield FileConformance.checkProducer(Path.of(a.operand("DIR")), f);
            }
            default -> throw new Arguments.UsageException("unknown conformance subcommand '" + sub + "'");
        };
        if (report == null) {
            return OK;
        }
        out.print(report.summary());
        a.value("--junit").ifPresent(p -> writeReport(p, report::writeJUnitXml));
        a.value("--json").ifPresent(p -> writeReport(p, report::writeJson));
        return report.isSuccess() ? OK : FAILED;
    }

    private static Set<Format> formats(Arguments a) {
        List<String> ids = a.all("--format");
        if (ids.isEmpty()) {
            return EnumSet.allOf(Format.class);
        }
        Set<Format> set = EnumSet.noneOf(Format.class);
        ids.forEach(id -> set.add(format(id)));
        return set;
    }

    private void writeReport(String path, java.util.function.Consumer<OutputStream> writer) {
        if (path.equals("-")) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writer.accept(buffer);
            out.write(buffer.toByteArray(), 0, buffer.size());
            return;
        }
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(Path.of(path)))) {
            writer.accept(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
