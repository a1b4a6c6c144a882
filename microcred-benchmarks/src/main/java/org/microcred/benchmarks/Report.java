package org.microcred.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.microcred.benchmarks.Targets.Outcome;
import org.microcred.benchmarks.Targets.Rate;

/** Formats the outcomes as a console table, Markdown and JSON. */
final class Report {
    private Report() {
    }

    static String table(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-4s %-72s %16s %16s %8s %8s  %s%n";
        sb.append(String.format(Locale.ROOT, fmt, "id", "target", "microcred", "baseline", "ratio", "goal", "result"));
        for (Outcome o : outcomes) {
            sb.append(String.format(Locale.ROOT, fmt, o.target().id(), o.target().title(), show(o.target().subject(), o.subject()),
                    show(o.target().reference(), o.reference()), o.ratio().map(r -> ratio(o, r)).orElse("-"),
                    o.target().goalText(), o.status()));
        }
        return sb.toString();
    }

    static String markdown(List<Outcome> outcomes, Map<String, Object> machine, Map<String, Object> jmh, boolean quick) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(machine.get("nproc")).append(" cores (`nproc`), ").append(machine.get("cpu"))
                .append("; JDK ").append(machine.get("jdk")).append("; ").append(machine.get("os")).append('\n');
        sb.append("\n`free -h`:\n\n```\n").append(machine.get("free -h")).append("\n```\n\n");
        sb.append("Load average at start / end: ").append(machine.get("loadAverageAtStart")).append(" / ")
                .append(machine.get("loadAverageAtEnd")).append("; commit ").append(machine.get("gitCommit"))
                .append(Boolean.TRUE.equals(machine.get("gitDirty")) ? " (with uncommitted changes)" : "").append('\n');
        sb.append("\nJMH: ").append(jmh.get("forks")).append(" fork, warm-up ").append(jmh.get("warmup")).append(", measurement ")
                .append(jmh.get("measurement")).append(", ").append(jmh.get("mode")).append(", ").append(jmh.get("jvmArgs"))
                .append(quick ? " (quick smoke mode: indicative only)" : "").append("; batch ").append(jmh.get("batchRecords"))
                .append(" records; start-up median of ").append(jmh.get("startupRuns")).append(" runs.\n\n");
        sb.append("| id | target | microcred | baseline | ratio | goal | result |\n|---|---|---:|---:|---:|---|---|\n");
        for (Outcome o : outcomes) {
            sb.append("| ").append(o.target().id()).append(" | ").append(o.target().title().replace("|", "\\|")).append(" | ")
                    .append(show(o.target().subject(), o.subject())).append(" | ").append(show(o.target().reference(), o.reference()))
                    .append(" | ").append(o.ratio().map(r -> ratio(o, r)).orElse("-")).append(" | ").append(o.target().goalText())
                    .append(" | ").append(o.status()).append(" |\n");
        }
        return sb.toString();
    }

    static List<Object> targetsJson(List<Outcome> outcomes) {
        List<Object> list = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.target().id());
            m.put("title", o.target().title());
            m.put("subject", o.target().subject());
            m.put("reference", o.target().reference());
            m.put("subjectRate", rateJson(o.subject()));
            m.put("referenceRate", rateJson(o.reference()));
            m.put("ratio", o.ratio().orElse(null));
            m.put("goal", o.target().goalText());
            m.put("result", o.status());
            list.add(m);
        }
        return list;
    }

    static Map<String, Object> rateJson(Rate r) {
        Map<String, Object> m = new LinkedHashMap<>();
        r.perSecond().ifPresent(v -> m.put("perSecond", v));
        if (r.perSecond().isPresent() && r.error() > 0 && !Double.isNaN(r.error())) {
            m.put("error999", r.error());
        }
        r.reason().ifPresent(v -> m.put("reason", v));
        return m;
    }

    /** A rate as the reader wants it: ms for start-up, records/s for batches, ops/s otherwise. */
    static String show(String key, Rate r) {
        if (r.perSecond().isEmpty()) {
            return "-";
        }
        double v = r.perSecond().get();
        if (key.startsWith("startup:")) {
            return Targets.number(1000 / v) + " ms";
        }
        if (key.startsWith("batch:")) {
            return Targets.number(v) + " rec/s";
        }
        return Targets.number(v) + " ops/s";
    }

    static String ratio(Outcome o, double r) {
        return Targets.number(r) + (o.target().kind() == Targets.Kind.SPEEDUP ? "x" : "");
    }

    static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
        }
        return sb.length() > 300 ? sb.substring(0, 300) + "..." : sb.toString();
    }
}
