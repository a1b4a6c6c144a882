package org.microcred.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.core.validation.Violation;
import org.microcred.core.verification.VerificationResult;

/**
 * Every JMH benchmark of the run: its id, the codecs it needs, and a preflight that runs it once in this JVM
 * and checks that its result is plausible, so that a benchmark that cannot work is reported with a reason
 * instead of a number (never a fake one).
 */
public final class Catalogue {
    private Catalogue() {
    }

    /**
     * One benchmark method with one set of parameters.
     *
     * @param type the JMH state and benchmark class
     * @param method the benchmark method
     * @param params the JMH parameters, in declaration order
     * @param needs the codecs it needs
     * @param preflight runs it once and throws if the result is not plausible
     */
    public record Bench(Class<?> type, String method, Map<String, String> params, Set<Format> needs, Preflight preflight) {
        /**
         * Gets the id, e.g. {@code P2ElmJsonLd.titaniumExpand:document=full}.
         *
         * @return the id
         */
        public String id() {
            return id(type.getSimpleName() + "." + method, params);
        }

        /**
         * Builds an id the way {@link #id()} does.
         *
         * @param name class simple name and method
         * @param params the parameters
         * @return the id
         */
        public static String id(String name, Map<String, String> params) {
            if (params.isEmpty()) {
                return name;
            }
            StringJoiner j = new StringJoiner(",", name + ":", "");
            params.forEach((k, v) -> j.add(k + "=" + v));
            return j.toString();
        }

        /**
         * Gets the JMH include pattern of the method (all parameter values).
         *
         * @return the regular expression
         */
        public String includePattern() {
            return "^" + Pattern.quote(type.getName() + "." + method) + "$";
        }

        /**
         * Gets why this benchmark cannot run with the installed codecs.
         *
         * @return the reason, or empty if it can run
         */
        public String missing() {
            return needs.stream().filter(f -> !installed(f)).map(f -> f.id() + " codec not available")
                    .collect(Collectors.joining(", "));
        }
    }

    /** A single run of a benchmark that checks its result. */
    @FunctionalInterface
    public interface Preflight {
        /**
         * Runs the benchmark once.
         *
         * @throws Exception if it fails or its result is not plausible
         */
        void run() throws Exception;
    }

    /**
     * Checks whether a codec of a format is installed.
     *
     * @param format the format
     * @return true if installed
     */
    public static boolean installed(Format format) {
        return Codecs.installed().stream().map(CredentialCodec::format).anyMatch(format::equals);
    }

    /**
     * Lists every benchmark.
     *
     * @return the benchmarks, in report order
     */
    public static List<Bench> all() {
        List<Bench> all = new ArrayList<>();
        Set<Format> json = EnumSet.of(Format.JSON);
        all.add(new Bench(P1NativeJson.class, "microcredReadValidate", Map.of(), json, () -> {
            P1NativeJson b = new P1NativeJson();
            b.setUp();
            List<Violation> violations = b.microcredReadValidate();
            require(violations.stream().noneMatch(Violation::isError), "the P1 credential is not valid under eu-2022: " + violations);
        }));
        all.add(new Bench(P1NativeJson.class, "microcredRead", Map.of(), json, () -> {
            P1NativeJson b = new P1NativeJson();
            b.setUp();
            MicroCredential read = b.microcredRead();
            if (!read.equals(Fixtures.completeCredential())) {
                // still worth measuring; the codec's own round-trip tests are the place to fix it
                System.err.println("WARNING: native JSON does not round-trip the P1 credential (seed " + Fixtures.SEED + ")");
            }
        }));
        all.add(new Bench(P1NativeJson.class, "jacksonReadTree", Map.of(), json, () -> {
            P1NativeJson b = new P1NativeJson();
            b.setUp();
            require(b.jacksonReadTree().size() > 3, "Jackson read an almost empty tree");
        }));
        for (String document : List.of("full", "no-image")) {
            Map<String, String> params = Map.of("document", document);
            all.add(new Bench(P2ElmJsonLd.class, "microcredRead", params, EnumSet.of(Format.ELM), () -> {
                P2ElmJsonLd b = p2(document);
                require(b.microcredRead().specification().title().isPresent(), "microcred read no title (E02) from the ELM sample");
            }));
            all.add(new Bench(P2ElmJsonLd.class, "titaniumExpand", params, Set.of(), () -> {
                int size = p2(document).titaniumExpand().toString().length();
                require(size > 10_000, "Titanium expanded the ELM sample to only " + size + " characters");
            }));
            all.add(new Bench(P2ElmJsonLd.class, "jenaParse", params, Set.of(), () -> {
                int triples = p2(document).jenaParse().size();
                require(triples > 100, "Jena read only " + triples + " triples from the ELM sample");
            }));
        }
        all.add(new Bench(P3Elmo.class, "microcredRead", Map.of(), EnumSet.of(Format.ELMO), () -> {
            int n = p3().microcredRead();
            require(n > 0, "microcred read no credential from the ELMO example");
        }));
        all.add(new Bench(P3Elmo.class, "staxScan", Map.of(), Set.of(), () -> require((p3().staxScan() & 0xFF_FFFF_FFFFL) > 10_000, "the StAX scan saw almost nothing")));
        all.add(new Bench(P3Elmo.class, "jaxbUnmarshal", Map.of(), Set.of(), () -> {
            require(!p3().jaxbUnmarshal().getReport().isEmpty(), "JAXB read no report from the ELMO example");
        }));
        all.add(new Bench(P4Validation.class, "validateEu2022", Map.of(), Set.of(), () -> {
            P4Validation b = new P4Validation();
            b.setUp();
            List<Violation> violations = b.validateEu2022();
            require(violations.stream().noneMatch(Violation::isError), "the P4 credential is not valid under eu-2022: " + violations);
        }));
        all.add(new Bench(P4Validation.class, "validateStructural", Map.of(), Set.of(), () -> {
            P4Validation b = new P4Validation();
            b.setUp();
            require(b.validateStructural().stream().noneMatch(Violation::isError), "the P4 credential is not structurally valid");
        }));
        all.add(new Bench(P5Signature.class, "microcredSignVerify", Map.of(), EnumSet.of(Format.ELM), () -> {
            P5Signature b = new P5Signature();
            b.setUp();
            VerificationResult result = b.microcredSignVerify();
            require(result.isVerified(), "the eddsa-jcs-2022 proof does not verify: " + result.failures());
        }));
        all.add(new Bench(P5Signature.class, "jdkSignVerify", Map.of(), Set.of(), () -> {
            P5Signature b = new P5Signature();
            b.setUp();
            require(b.jdkSignVerify(), "the JDK does not verify its own Ed25519 signature");
        }));
        for (String target : List.of("elm", "elmo")) {
            all.add(new Bench(P6SingleDocument.class, "convert", Map.of("target", target), EnumSet.of(Format.JSON, Format.of(target)), () -> {
                P6SingleDocument b = new P6SingleDocument();
                b.target = target;
                b.setUp();
                for (int i = 0; i < Fixtures.POOL; i++) {
                    b.convert();
                }
                require(((CountingOutputStream) b.sink).count() > 0, "nothing was written");
            }));
        }
        return all;
    }

    /**
     * Indexes benchmarks by id.
     *
     * @param benches the benchmarks
     * @return a map from id to benchmark, in order
     */
    public static Map<String, Bench> byId(List<Bench> benches) {
        Map<String, Bench> map = new LinkedHashMap<>();
        benches.forEach(b -> map.put(b.id(), b));
        return map;
    }

    private static P2ElmJsonLd p2(String document) {
        P2ElmJsonLd b = new P2ElmJsonLd();
        b.document = document;
        b.setUp();
        return b;
    }

    private static P3Elmo p3() throws Exception {
        P3Elmo b = new P3Elmo();
        b.setUp();
        return b;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
