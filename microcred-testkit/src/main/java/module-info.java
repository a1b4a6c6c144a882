/**
 * microcred-testkit: the conformance kit (fixtures, runner, reports, file mode), the JUnit 5 contracts vendors
 * implement, and the {@code microcred} command.
 *
 * <p>The core's jqwik generators ({@code org.microcred.core.testing.CredentialArbitraries}, in the core's test
 * jar) come with this module as a dependency, for vendors' own property tests.
 */
module org.microcred.testkit {
    requires transitive org.microcred.core;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;
    requires java.xml;

    exports org.microcred.testkit;
    exports org.microcred.testkit.contract;

    opens org.microcred.testkit.contract to org.junit.platform.commons;

    uses org.microcred.core.format.CredentialCodec;
    uses org.microcred.testkit.contract.ConformanceConfiguration;
}
