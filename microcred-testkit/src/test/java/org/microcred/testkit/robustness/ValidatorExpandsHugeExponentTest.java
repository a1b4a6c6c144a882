package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.Workload;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;

/**
 * Regression test of a core bug found with the fuzzer (then HUGE_EXPONENT_ACCEPTED, fixed): the validator's
 * messages expand the ECTS value with {@code BigDecimal.toPlainString()}
 * (org.microcred.core.internal.validation.WorkloadValidator), so validating ECTS of 1E+999999999 runs out of
 * memory instead of reporting a violation.
 */

class ValidatorExpandsHugeExponentTest {
    @Test
    void hugeExponentIsAViolation() {
        MicroCredential c = Base.CREDENTIAL.withSpecification(Base.CREDENTIAL.specification().toBuilder()
                .workload(Workload.ofEcts(new BigDecimal("1E+999999999"))).build());
        try (Guard guard = new Guard()) {
            Guard.Outcome<List<Violation>> o = guard.run(() -> CredentialValidator.create().validate(c, Profile.EU_2022),
                    Regressions.LIMIT);
            assertFalse(o.timedOut() || o.thrown() != null, () -> "validation failed: " + o);
            assertTrue(o.value().stream().anyMatch(v -> v.message().length() < 1_000 && v.message().contains("60")),
                    "a short violation of the 60 ECTS maximum: " + o.value());
        }
    }
}
