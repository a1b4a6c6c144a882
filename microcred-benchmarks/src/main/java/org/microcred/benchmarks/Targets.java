package org.microcred.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of issue 7 and how each ratio is computed from results measured in the same run.
 *
 * <p>Two kinds of goal:
 * <ul>
 * <li>{@link Kind#SPEEDUP}: ratio = throughput(microcred) / throughput(baseline), met if ratio &ge; goal;</li>
 * <li>{@link Kind#COST}: ratio = time(subject) / time(reference) = throughput(reference) / throughput(subject),
 * met if ratio &le; goal (P4, P6, P7).</li>
 * </ul>
 */
public final class Targets {
    private Targets() {
    }

    /** How a ratio is compared with its goal. */
    public enum Kind {
        /** Higher is better: microcred's throughput over the baseline's. */
        SPEEDUP,
        /** Lower is better: the subject's time over the reference's. */
        COST
    }

    /**
     * One target.
     *
     * @param id the target id, e.g. {@code P2b}
     * @param title what is compared
     * @param subject the benchmark id (or measurement key) of microcred's side
     * @param reference the benchmark id (or measurement key) of the baseline or reference
     * @param kind how the ratio is compared
     * @param goal the goal
     */
    public record Target(String id, String title, String subject, String reference, Kind kind, double goal) {
        /**
         * Formats the goal, e.g. {@code >= 20x} or {@code <= 0.5}.
         *
         * @return the goal as text
         */
        public String goalText() {
            String g = java.math.BigDecimal.valueOf(goal).stripTrailingZeros().toPlainString();
            return (kind == Kind.SPEEDUP ? ">= " : "<= ") + g + (kind == Kind.SPEEDUP ? "x" : "");
        }
    }

    /**
     * A measured rate: operations (or records, or runs) per second, or the reason there is none.
     *
     * @param perSecond the rate, when measured
     * @param error the JMH 99.9% error of the rate, 0 when not from JMH
     * @param reason why there is no rate ({@code skipped: ...} or {@code failed: ...}), when not measured
     */
    public record Rate(Optional<Double> perSecond, double error, Optional<String> reason) {
        /**
         * A measured rate.
         *
         * @param perSecond the rate
         * @param error its error
         * @return the rate
         */
        public static Rate of(double perSecond, double error) {
            return new Rate(Optional.of(perSecond), error, Optional.empty());
        }

        /**
         * No rate.
         *
         * @param reason why
         * @return the rate
         */
        public static Rate none(String reason) {
            return new Rate(Optional.empty(), 0, Optional.of(reason));
        }
    }

    /**
     * The evaluation of one target.
     *
     * @param target the target
     * @param subject the subject's rate
     * @param reference the reference's rate
     * @param ratio the ratio, when both were measured
     * @param status {@code met}, {@code missed}, or the reason no ratio was computed
     */
    public record Outcome(Target target, Rate subject, Rate reference, Optional<Double> ratio, String status) {
        /**
         * Checks whether the target was met.
         *
         * @return true if met
         */
        public boolean met() {
            return status.equals("met");
        }
    }

    /**
     * The targets of issue 7, P1 to P7, in report order.
     *
     * @return the targets
     */
    public static List<Target> all() {
        List<Target> t = new ArrayList<>();
        t.add(new Target("P1", "native JSON -> validated model (eu-2022) vs Jackson readTree",
                "P1NativeJson.microcredReadValidate", "P1NativeJson.jacksonReadTree", Kind.SPEEDUP, 0.5));
        t.add(new Target("P1*", "(info) native JSON -> model, no profile, vs Jackson readTree",
                "P1NativeJson.microcredRead", "P1NativeJson.jacksonReadTree", Kind.SPEEDUP, 0.5));
        t.add(new Target("P2a", "ELM sample -> model vs Titanium JSON-LD expansion",
                "P2ElmJsonLd.microcredRead:document=full", "P2ElmJsonLd.titaniumExpand:document=full", Kind.SPEEDUP, 20));
        t.add(new Target("P2b", "ELM sample -> model vs Jena JSON-LD parse",
                "P2ElmJsonLd.microcredRead:document=full", "P2ElmJsonLd.jenaParse:document=full", Kind.SPEEDUP, 50));
        t.add(new Target("P2c", "ELM sample without image -> model vs Titanium expansion",
                "P2ElmJsonLd.microcredRead:document=no-image", "P2ElmJsonLd.titaniumExpand:document=no-image", Kind.SPEEDUP, 20));
        t.add(new Target("P2d", "ELM sample without image -> model vs Jena parse",
                "P2ElmJsonLd.microcredRead:document=no-image", "P2ElmJsonLd.jenaParse:document=no-image", Kind.SPEEDUP, 50));
        t.add(new Target("P3a", "ELMO example -> model vs raw StAX scan",
                "P3Elmo.microcredRead", "P3Elmo.staxScan", Kind.SPEEDUP, 0.7));
        t.add(new Target("P3b", "ELMO example -> model vs JAXB unmarshal",
                "P3Elmo.microcredRead", "P3Elmo.jaxbUnmarshal", Kind.SPEEDUP, 2));
        t.add(new Target("P4", "eu-2022 validation time / native JSON parse time",
                "P4Validation.validateEu2022", "P1NativeJson.microcredRead", Kind.COST, 0.5));
        t.add(new Target("P4*", "(info) structural profile (one validation group) time / parse time",
                "P4Validation.validateStructural", "P1NativeJson.microcredRead", Kind.COST, 0.5));
        t.add(new Target("P5", "eddsa-jcs-2022 sign+verify vs JDK Ed25519 sign+verify of 32 bytes",
                "P5Signature.microcredSignVerify", "P5Signature.jdkSignVerify", Kind.SPEEDUP, 0.7));
        t.add(new Target("P6a", "batch JSON Lines -> ELM, -Xmx64m: single-document rate / batch rate",
                "batch:elm", "P6SingleDocument.convert:target=elm", Kind.COST, 1.5));
        t.add(new Target("P6b", "batch JSON Lines -> ELMO, -Xmx64m: single-document rate / batch rate",
                "batch:elmo", "P6SingleDocument.convert:target=elmo", Kind.COST, 1.5));
        t.add(new Target("P7", "`microcred validate FILE` (launcher, shipped AppCDS) wall time / `java -version` wall time",
                "startup:validate", "startup:java-version", Kind.COST, 3));
        t.add(new Target("P7*", "(info) the same as plain `java -jar microcred.jar`, no archive, no options",
                "startup:validate-nocds", "startup:java-version", Kind.COST, 3));
        t.add(new Target("P7**", "(info) plain `java -jar` with an archive dumped from this file only",
                "startup:validate-selfcds", "startup:java-version", Kind.COST, 3));
        return t;
    }

    /**
     * Evaluates every target against measured rates. A rate missing from the map counts as not measured.
     *
     * @param rates the rates by benchmark id or measurement key
     * @return the outcomes, in target order
     */
    public static List<Outcome> evaluate(Map<String, Rate> rates) {
        List<Outcome> out = new ArrayList<>();
        for (Target t : all()) {
            Rate s = rates.getOrDefault(t.subject(), Rate.none("failed: no result for " + t.subject()));
            Rate r = rates.getOrDefault(t.reference(), Rate.none("failed: no result for " + t.reference()));
            out.add(evaluate(t, s, r));
        }
        return out;
    }

    /**
     * Evaluates one target.
     *
     * @param t the target
     * @param subject microcred's rate (or the subject's)
     * @param reference the baseline's rate (or the reference's)
     * @return the outcome
     */
    public static Outcome evaluate(Target t, Rate subject, Rate reference) {
        if (subject.perSecond().isEmpty() || reference.perSecond().isEmpty()) {
            String reason = subject.reason().orElseGet(() -> reference.reason().orElse("failed: not measured"));
            return new Outcome(t, subject, reference, Optional.empty(), reason);
        }
        double s = subject.perSecond().get();
        double r = reference.perSecond().get();
        double ratio = t.kind() == Kind.SPEEDUP ? s / r : r / s;
        boolean met = t.kind() == Kind.SPEEDUP ? ratio >= t.goal() : ratio <= t.goal();
        return new Outcome(t, subject, reference, Optional.of(ratio), t.id().endsWith("*") ? "info" : met ? "met" : "missed");
    }

    /**
     * Formats a number with three significant digits, e.g. {@code 0.512}, {@code 12.3}, {@code 45,600}.
     *
     * @param x the number
     * @return the text
     */
    public static String number(double x) {
        double a = Math.abs(x);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x).replaceAll("\\.?0+$", "");
        }
        return String.format(Locale.ROOT, "%.3f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
