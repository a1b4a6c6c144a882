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
 * P7: wall time of {@code java -jar microcred.jar validate FILE} against {@code java -version}, each the
 * median of N runs after one unmeasured run, the commands interleaved round by round so that a burst of
 * load on a shared machine hits all of them alike.
 *
 * <p>Three variants of the command: without an application class-data archive, with one (AppCDS: the
 * archive is dumped once with {@code -XX:ArchiveClassesAtExit}, JDK 13+, then used with
 * {@code -XX:SharedArchiveFile}; class-data sharing is allowed by the target), and with the archive plus
 * {@code -XX:TieredStopAtLevel=1}, for information.
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
        Run dump = run(concat(List.of("-XX:ArchiveClassesAtExit=" + archive), validate));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java-version", List.of("-version"));
        commands.put("validate-nocds", validate);
        if (dump.exit <= 1 && Files.isRegularFile(archive)) {
            commands.put("validate", concat(List.of("-XX:SharedArchiveFile=" + archive), validate));
            commands.put("validate-cds-c1", concat(List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), validate));
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
        for (String key : List.of("java-version", "validate-nocds", "validate", "validate-cds-c1")) {
            String rateKey = "startup:" + key;
            if (failures.containsKey(key)) {
                rates.put(rateKey, Rate.none("failed: " + failures.get(key)));
                out.put(key, Map.of("failed", failures.get(key)));
            } else if (times.containsKey(key)) {
                double median = median(times.get(key));
                rates.put(rateKey, Rate.of(1000.0 / median, 0));
                out.put(key, Map.of("medianMillis", median, "millis", times.get(key), "command", String.join(" ", commands.get(key))));
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

    private Run run(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(args);
        Path log = work.resolve("startup.out");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
