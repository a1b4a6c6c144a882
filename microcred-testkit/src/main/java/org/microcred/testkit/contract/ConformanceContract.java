package org.microcred.testkit.contract;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.microcred.core.format.Format;
import org.microcred.testkit.CheckResult;
import org.microcred.testkit.ConformanceRunner;
import org.microcred.testkit.Implementation;
import org.microcred.testkit.Manifest;
import org.microcred.testkit.Scenario;

/**
 * The conformance kit as JUnit 5 tests: implement this interface in a test class, return your
 * {@link Implementation}, and JUnit runs every scenario of the kit against it.
 *
 * <pre>{@code
 * class MyConformanceTest implements ConformanceContract {
 *     public Implementation implementation() {
 *         return Implementation.of("my-sis", List.of(new MyElmCodec(), new MyElmoCodec()));
 *     }
 * }
 * }</pre>
 *
 * <p>Each scenario is a container named {@code REQUIREMENT scenario-id} (e.g. {@code E06
 * invalid-eu2022-missing-e06}) holding one test per format and check ({@code [elm] violations}); a failure
 * message names the elements concerned. Formats the implementation has no codec for are reported as aborted
 * (skipped), not failed. For one codec alone, implement {@link CredentialCodecContract}; to configure the
 * implementation through {@link java.util.ServiceLoader} instead, see {@link ConformanceConfiguration}.
 *
 * @since 0.1
 */
public interface ConformanceContract {

    /**
     * Gets the implementation under test.
     *
     * @return the implementation, not null
     */
    Implementation implementation();

    /**
     * Gets the manifest to run; by default the one shipped in the kit.
     *
     * @return the manifest, not null
     */
    default Manifest manifest() {
        return Manifest.load();
    }

    /**
     * Gets the formats to check; by default all.
     *
     * @return the formats, not null, not empty
     */
    default Set<Format> formats() {
        return Set.of(Format.values());
    }

    /**
     * Valid documents (one scenario per profile and per element worth its own document) are read to exactly
     * the expected model, are valid under their profile, are recognised, and survive a round trip.
     *
     * @return the tests, not null
     */
    @TestFactory
    default Stream<DynamicNode> validDocumentsAreReadExactlyAndRoundTrip() {
        return ContractSupport.tests(this, Scenario.Kind.VALID);
    }

    /**
     * Invalid documents are read to exactly the expected model, which has exactly the expected violations
     * (element and severity): a reader neither invents nor drops what makes a document invalid.
     *
     * @return the tests, not null
     */
    @TestFactory
    default Stream<DynamicNode> invalidDocumentsKeepExactlyTheirViolations() {
        return ContractSupport.tests(this, Scenario.Kind.INVALID);
    }

    /**
     * Hostile documents (external entities, entity expansion, deep nesting, broken syntax, wrong types) are
     * rejected with the expected {@link org.microcred.core.format.CredentialFormatException}, quickly and
     * without any other error.
     *
     * @return the tests, not null
     */
    @TestFactory
    default Stream<DynamicNode> hostileDocumentsAreRejected() {
        return ContractSupport.tests(this, Scenario.Kind.HOSTILE);
    }

    /**
     * Conversions between formats report exactly the expected losses and read back to the expected model.
     *
     * @return the tests, not null
     */
    @TestFactory
    default Stream<DynamicNode> conversionsReportExactlyTheirLosses() {
        return ContractSupport.tests(this, Scenario.Kind.CONVERSION);
    }

    /**
     * Batches (JSON arrays, JSON Lines, multi-credential XML) are read and written as streams.
     *
     * @return the tests, not null
     */
    @TestFactory
    default Stream<DynamicNode> batchesAreStreamed() {
        return ContractSupport.tests(this, Scenario.Kind.BATCH);
    }
}

/** Turns the runner's results into JUnit dynamic tests. */
final class ContractSupport {
    private ContractSupport() {
    }

    static Stream<DynamicNode> tests(ConformanceContract contract, Scenario.Kind kind) {
        Manifest manifest = contract.manifest();
        ConformanceRunner runner = ConformanceRunner.of(manifest, contract.implementation()).withFormats(contract.formats());
        return manifest.scenarios().stream().filter(s -> s.kind() == kind)
                .map(s -> {
                    Stream<DynamicNode> checks = runner.check(s).stream().map(ContractSupport::test);
                    return (DynamicNode) DynamicContainer.dynamicContainer(s.requirement() + " " + s.id(), checks);
                });
    }

    private static DynamicNode test(CheckResult r) {
        String name = r.format().map(f -> "[" + f.id() + "] ").orElse("") + r.check();
        return DynamicTest.dynamicTest(name, () -> {
            switch (r.status()) {
                case FAILED -> Assertions.fail(r.requirement() + " " + r.name() + ": " + r.message());
                case SKIPPED -> Assumptions.abort(r.message());
                default -> {
                }
            }
        });
    }
}
