package org.microcred.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.microcred.benchmarks.Targets.Rate;

/**
 * P7: wall time of {@code microcred validate FILE} against {@code java -version}, each the median of N runs
 * after one unmeasured run, the commands interleaved round by round so that a burst of load on a shared
 * machine hits all of them alike.
 *
 * <p>The measured command is run the way the README documents it: the launcher {@code microcred} that the
 * testkit build writes next to {@code microcred.jar} (it adds the class-data archive dumped at build time and
 * the start-up JVM options; see {@code microcred-testkit/src/main/launcher}). The baseline stays a plain
 * {@code java -version}. For information: {@code java -jar microcred.jar validate FILE} without any option or
 * archive, and with only an archive dumped here from this very file ({@code -XX:ArchiveClassesAtExit} then
 * {@code -XX:SharedArchiveFile}, the P7 measurement of the first runs).
 */
final class Startup {
    private final String java;
    private final Path work;
    private final int runs;

    Startup(String java, Path work, int runs) {
        this.java = java;
        this.work = work;
        this.runs = runs;
    }

    Map<String, Object> measure(Path jar, Path file, Map<String, Rate> rates) throws IOException, InterruptedException {
        Path archive = work.resolve("microcred-validate.jsa");
        Files.deleteIfExists(archive);
        List<String> validate = List.of("-jar", jar.toString(), "validate", file.toString());
        Run dump = run(concat(List.of(java, "-XX:ArchiveClassesAtExit=" + archive), validate));
        Path launcher = jar.toAbsolutePath().resolveSibling("microcred");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java-version", List.of(java, "-version"));
        commands.put("validate-nocds", concat(List.of(java), validate));
        if (Files.isRegularFile(launcher)) {
            commands.put("validate", List.of("sh", launcher.toString(), "validate", file.toString()));
        }
        if (dump.exit <= 1 && Files.isRegularFile(archive)) {
            commands.put("validate-selfcds", concat(List.of(java, "-XX:SharedArchiveFile=" + archive), validate));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int round = -1; round < runs; round++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                if (failures.containsKey(c.getKey())) {
                    continue;
                }
                Run r = run(c.getValue());
                // validate exits 0 (valid) or 1 (violations found); 2 means it could not read the file
                if (r.exit > 1) {
                    failures.put(c.getKey(), "exit " + r.exit + ": " + r.output.strip().lines().limit(3).reduce((a, b) -> a + " | " + b).orElse(""));
                } else if (round >= 0) {
                    times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(r.millis);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("runs", runs);
        out.put("appCdsArchive", Files.isRegularFile(archive) ? Files.size(archive) + " bytes" : "not created: " + dump.output.strip());
        Path shipped = jar.toAbsolutePath().resolveSibling("microcred.jsa");
        out.put("shippedArchive", Files.isRegularFile(shipped) ? Files.size(shipped) + " bytes" : "none (the launcher runs without)");
        for (String key : List.of("java-version", "validate-nocds", "validate", "validate-selfcds")) {
            String rateKey = "startup:" + key;
            if (failures.containsKey(key)) {
                rates.put(rateKey, Rate.none("failed: " + failures.get(key)));
                out.put(key, Map.of("failed", failures.get(key)));
            } else if (times.containsKey(key)) {
                double median = median(times.get(key));
                rates.put(rateKey, Rate.of(1000.0 / median, 0));
                out.put(key, Map.of("medianMillis", median, "millis", times.get(key), "command", String.join(" ", commands.get(key))));
            } else if (key.equals("validate")) {
                rates.put(rateKey, Rate.none("skipped: no launcher " + launcher + " (build microcred-testkit with package)"));
            } else {
                rates.put(rateKey, Rate.none("failed: class-data archive could not be created: " + dump.output.strip()));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private Run run(List<String> cmd) throws IOException, InterruptedException {
        Path log = work.resolve("startup.out");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        // the launcher starts $JAVA_HOME/bin/java: the JVM of the baseline
        pb.environment().put("JAVA_HOME", Path.of(java).getParent().getParent().toString());
        pb.environment().remove("MICROCRED_JAVA_OPTS");
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(99, Double.NaN, "timed out: " + Arrays.toString(cmd.toArray()));
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new Run(p.exitValue(), millis, Files.readString(log));
    }

    private record Run(int exit, double millis, String output) {
    }
}
