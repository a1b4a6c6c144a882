package org.microcred.benchmarks;

import java.util.List;
import org.microcred.core.MicroCredential;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P4: the cost of the {@code eu-2022} profile on the credential of P1, as a fraction of the cost of reading
 * it from native JSON ({@link P1NativeJson#microcredRead}); goal at most 0.5.
 */
@State(Scope.Benchmark)
public class P4Validation {
    MicroCredential credential;
    CredentialValidator validator;

    /** Builds the credential and the validator. */
    @Setup
    public void setUp() {
        credential = Fixtures.completeCredential();
        validator = CredentialValidator.create();
    }

    /** Validation of one credential under eu-2022 with the shared validator. */
    @Benchmark
    public List<Violation> validateEu2022() {
        return validator.validate(credential, Profile.EU_2022);
    }

    /**
     * For information: the structural profile alone, a single validation group, where eu-2022 is a group
     * that extends it (Hibernate Validator then walks the graph once per group).
     */
    @Benchmark
    public List<Violation> validateStructural() {
        return validator.validate(credential, Profile.STRUCTURAL);
    }
}
