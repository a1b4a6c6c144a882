package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.microcred.core.format.Format;
import org.microcred.benchmarks.Catalogue.Bench;
import org.microcred.benchmarks.Targets.Outcome;
import org.microcred.benchmarks.Targets.Rate;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of issue 7 in one go and reports each target's ratio from results of this run:
 * the JMH benchmarks (P1 to P6 single-document), the batch conversion in JVMs with {@code -Xmx64m} (P6) and
 * the command-line start-up (P7). Prints a table and writes the results as JSON and Markdown.
 *
 * <pre>
 * mvn -B -ntp -Pbench -DskipTests package &amp;&amp; java -jar microcred-benchmarks/target/benchmarks.jar
 * </pre>
 *
 * System properties (all optional):
 * <ul>
 * <li>{@code bench.quick=true}: a smoke run (JMH 1 x 1 s warm-up, 2 x 1 s measurement; 20,000 batch
 * records; 3 start-up runs);</li>
 * <li>{@code bench.include=REGEX}: only the JMH benchmarks whose id matches (e.g. {@code P2|P3});</li>
 * <li>{@code bench.parts=jmh,batch,startup}: which parts to run;</li>
 * <li>{@code bench.batch.count=N}: records in the batch run (default 1,000,000);</li>
 * <li>{@code bench.startup.runs=N}: runs of each start-up command (default 10);</li>
 * <li>{@code bench.prof=NAME}: a JMH profiler for every benchmark ({@code gc}, {@code stack}, ...), or
 * {@code jfr} for a flight recording per benchmark in the work directory;</li>
 * <li>{@code bench.jar=PATH}: the {@code microcred} command jar (default
 * {@code microcred-testkit/target/microcred.jar});</li>
 * <li>{@code bench.results=DIR}, {@code bench.work=DIR}: where results and scratch files go (defaults
 * {@code microcred-benchmarks/results} and {@code microcred-benchmarks/target/bench-work}).</li>
 * </ul>
 */
public final class BenchmarkMain {
    private final boolean quick = Boolean.getBoolean("bench.quick");
    private final Pattern include = Pattern.compile(System.getProperty("bench.include", ".*"));
    private final Set<String> parts = Set.of(System.getProperty("bench.parts", "jmh,batch,startup").split(","));
    private final long batchCount = Long.getLong("bench.batch.count", quick ? 20_000 : 1_000_000);
    private final int startupRuns = Integer.getInteger("bench.startup.runs", quick ? 3 : 10);
    private final String profiler = System.getProperty("bench.prof", "");
    private final Path base = Files.isDirectory(Path.of("microcred-benchmarks")) ? Path.of("microcred-benchmarks") : Path.of(".");
    private final Path results = Path.of(System.getProperty("bench.results", base.resolve("results").toString()));
    private final Path work = Path.of(System.getProperty("bench.work", base.resolve("target/bench-work").toString()));
    private final Path microcredJar = Path.of(System.getProperty("bench.jar", "microcred-testkit/target/microcred.jar"));
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    private BenchmarkMain() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args ignored; see the system properties in the class description
     * @throws Exception if the run itself cannot proceed (a failing benchmark is reported, not thrown)
     */
    public static void main(String[] args) throws Exception {
        new BenchmarkMain().run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Files.createDirectories(results);
        Map<String, Object> machine = Machine.describe();
        Instant started = Instant.now();
        if (parts.contains("jmh")) {
            runJmh();
        } else {
            Catalogue.all().forEach(b -> rates.put(b.id(), Rate.none("skipped: jmh not in bench.parts")));
        }
        if (parts.contains("batch")) {
            runBatch();
        } else {
            List.of("batch:elm", "batch:elmo").forEach(k -> rates.put(k, Rate.none("skipped: batch not in bench.parts")));
        }
        if (parts.contains("startup")) {
            runStartup();
        } else {
            List.of("startup:validate", "startup:validate-nocds", "startup:validate-selfcds", "startup:java-version")
                    .forEach(k -> rates.put(k, Rate.none("skipped: startup not in bench.parts")));
        }
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        List<Outcome> outcomes = Targets.evaluate(rates);
        String table = Report.table(outcomes);
        System.out.println();
        System.out.println(table);
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Path json = results.resolve("results-" + date + (quick ? "-quick" : "") + ".json");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", started.toString());
        doc.put("durationSeconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000);
        doc.put("mode", quick ? "quick" : "full");
        doc.put("command", "mvn -B -ntp -Pbench -DskipTests package && java -jar microcred-benchmarks/target/benchmarks.jar");
        doc.put("machine", machine);
        doc.put("jmh", jmhSettings());
        doc.put("targets", Report.targetsJson(outcomes));
        Map<String, Object> measured = new LinkedHashMap<>();
        rates.forEach((k, r) -> measured.put(k, Report.rateJson(r)));
        doc.put("measurements", measured);
        doc.put("details", details);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
        Path md = results.resolve("results-" + date + (quick ? "-quick" : "") + ".md");
        Files.writeString(md, Report.markdown(outcomes, machine, jmhSettings(), quick), StandardCharsets.UTF_8);
        System.out.println("Results: " + json + " and " + md);
    }

    private Map<String, Object> jmhSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forks", 1);
        m.put("warmup", quick ? "1 x 1 s" : "3 x 2 s");
        m.put("measurement", quick ? "2 x 1 s" : "5 x 2 s");
        m.put("mode", "throughput, 1 thread");
        m.put("jvmArgs", List.of("-Xms1g", "-Xmx1g"));
        m.put("batchRecords", batchCount);
        m.put("startupRuns", startupRuns);
        return m;
    }

    //-----------------------------------------------------------------------
    private void runJmh() throws Exception {
        List<Bench> runnable = new ArrayList<>();
        Map<String, Set<String>> paramValues = new LinkedHashMap<>();
        for (Bench b : Catalogue.all()) {
            String missing = b.missing();
            if (!missing.isEmpty()) {
                rates.put(b.id(), Rate.none("skipped: " + missing));
            } else if (!include.matcher(b.id()).find()) {
                rates.put(b.id(), Rate.none("skipped: not selected by bench.include"));
            } else {
                try {
                    b.preflight().run();
                    runnable.add(b);
                    b.params().forEach((k, v) -> paramValues.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
                } catch (Exception | LinkageError e) {
                    rates.put(b.id(), Rate.none("failed: " + Report.oneLine(e)));
                    System.err.println("Preflight of " + b.id() + " failed:");
                    e.printStackTrace();
                }
            }
        }
        if (runnable.isEmpty()) {
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .mode(org.openjdk.jmh.annotations.Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(1)
                .shouldFailOnError(false)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .result(work.resolve("jmh-raw.json").toString()).resultFormat(ResultFormatType.JSON);
        for (String pattern : runnable.stream().map(Bench::includePattern).distinct().toList()) {
            options.include(pattern);
        }
        paramValues.forEach((k, v) -> options.param(k, v.toArray(String[]::new)));
        if (profiler.equals("jfr")) {
            options.jvmArgsAppend("-XX:StartFlightRecording=filename=" + work.toAbsolutePath() + "/,settings=profile");
        } else if (!profiler.isEmpty()) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        Map<String, Object> secondary = new LinkedHashMap<>();
        for (RunResult run : runs) {
            BenchmarkParams p = run.getParams();
            String full = p.getBenchmark();
            String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            for (String k : p.getParamsKeys()) {
                params.put(k, p.getParam(k));
            }
            String id = Bench.id(name, params);
            rates.put(id, Rate.of(run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()));
            if (!run.getSecondaryResults().isEmpty()) {
                Map<String, Object> sec = new LinkedHashMap<>();
                run.getSecondaryResults().forEach((k, r) -> sec.put(k, r.getScore() + " " + r.getScoreUnit()));
                secondary.put(id, sec);
            }
        }
        for (Bench b : runnable) {
            rates.putIfAbsent(b.id(), Rate.none("failed: JMH produced no result (see its output above)"));
        }
        if (!secondary.isEmpty()) {
            details.put("profiler:" + profiler, secondary);
        }
    }

    //-----------------------------------------------------------------------
    private void runBatch() throws Exception {
        List<String> targets = List.of("elm", "elmo");
        if (!Catalogue.installed(Format.JSON)) {
            targets.forEach(t -> rates.put("batch:" + t, Rate.none("skipped: json codec not available")));
            return;
        }
        Path file = work.resolve("credentials-" + batchCount + "-" + Fixtures.SEED + ".jsonl");
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("records", batchCount);
        batch.put("jvmArgs", "-Xmx64m");
        if (!Files.exists(file)) {
            System.out.println("# P6: generating " + batchCount + " credentials as JSON Lines into " + file);
            Forked g = fork(List.of("generate", Long.toString(batchCount), file.toString()), 3600);
            if (g.exit != 0) {
                targets.forEach(t -> rates.put("batch:" + t, Rate.none("failed: generation: " + g.tail())));
                return;
            }
            batch.put("generation", g.json().orElse(null));
        }
        batch.put("inputBytes", Files.size(file));
        for (String t : targets) {
            if (!Catalogue.installed(Format.of(t))) {
                rates.put("batch:" + t, Rate.none("skipped: " + t + " codec not available"));
                continue;
            }
            System.out.println("# P6: converting " + batchCount + " records to " + t + " with -Xmx64m");
            Forked c = fork(List.of("convert", t, file.toString()), 3600);
            Optional<JsonNode> result = c.json();
            if (c.exit != 0 || result.isEmpty()) {
                rates.put("batch:" + t, Rate.none("failed: exit " + c.exit + ": " + c.tail()));
                continue;
            }
            JsonNode r = result.get();
            batch.put(t, r);
            if (r.get("records").asLong() != batchCount) {
                rates.put("batch:" + t, Rate.none("failed: converted " + r.get("records").asLong() + " of " + batchCount));
            } else {
                rates.put("batch:" + t, Rate.of(r.get("recordsPerSecond").asDouble(), 0));
            }
            System.out.println("# P6: " + r);
        }
        details.put("batch", batch);
    }

    private Forked fork(List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                BatchConvert.class.getName()));
        cmd.addAll(args);
        Path out = work.resolve("fork-" + args.get(0) + ".out");
        Path err = work.resolve("fork-" + args.get(0) + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Forked(-1, "", "timed out after " + timeoutSeconds + " s");
        }
        return new Forked(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Forked(int exit, String out, String err) {
        Optional<JsonNode> json() {
            String last = out.strip().lines().reduce((a, b) -> b).orElse("");
            try {
                return last.startsWith("{") ? Optional.of(new ObjectMapper().readTree(last)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        String tail() {
            List<String> lines = err.strip().lines().filter(l -> !l.isBlank()).toList();
            List<String> first = lines.stream().filter(l -> !l.startsWith("\t") && !l.startsWith("    at ")).limit(3).toList();
            return first.isEmpty() ? "(no output)" : String.join(" | ", first);
        }
    }

    //-----------------------------------------------------------------------
    private void runStartup() throws Exception {
        Startup startup = new Startup(java, work, startupRuns);
        if (!Files.isRegularFile(microcredJar)) {
            String why = "skipped: " + microcredJar + " not found (build microcred-testkit)";
            rates.put("startup:validate", Rate.none(why));
            rates.put("startup:validate-nocds", Rate.none(why));
            rates.put("startup:validate-selfcds", Rate.none(why));
            rates.put("startup:java-version", Rate.none(why));
            return;
        }
        Path file;
        if (Catalogue.installed(Format.ELM)) {
            file = work.resolve("p7-Sample-MC-Annex1-unsigned.jsonld");
            Files.write(file, Fixtures.elmFull());
        } else if (Catalogue.installed(Format.JSON)) {
            file = work.resolve("p7-credential.json");
            Files.write(file, Fixtures.write(Fixtures.completeCredential(), Format.JSON));
        } else {
            rates.put("startup:validate", Rate.none("skipped: no elm or json codec to validate with"));
            return;
        }
        details.put("startup", startup.measure(microcredJar, file, rates));
    }

    static String format(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
