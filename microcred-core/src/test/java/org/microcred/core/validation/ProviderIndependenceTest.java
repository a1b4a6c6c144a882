package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Random;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.testing.RandomCredentials;
import org.microcred.core.testing.SampleCredentials;

/**
 * The profiles are plain Jakarta Validation: Hibernate Validator and Apache BVal give the same violations,
 * and neither needs an expression-language implementation (none is on the test class path).
 */
class ProviderIndependenceTest {
    private static final CredentialValidator HIBERNATE =
            CredentialValidator.create(Validation.byProvider(HibernateValidator.class).configure());
    private static final CredentialValidator BVAL =
            CredentialValidator.create(Validation.byProvider(ApacheValidationProvider.class).configure());

    @Test
    void test_sameViolationsFromBothProviders() {
        Random random = new Random(42);
        int compared = 0;
        for (int i = 0; i < 40; i++) {
            MicroCredential c = RandomCredentials.credential(random);
            for (Element e : Element.values()) {
                if (e == Element.S07) {
                    continue;
                }
                MicroCredential without = c.without(e);
                for (Profile p : Profile.values()) {
                    List<Violation> expected = HIBERNATE.validate(without, p);
                    assertEquals(expected, BVAL.validate(without, p), () -> e + " " + p);
                    compared += expected.size();
                }
            }
        }
        // the comparison saw real violations, not only empty lists
        assertEquals(true, compared > 400, "violations compared: " + compared);
    }

    @Test
    void test_structuralRulesFromBothProviders() {
        StructuralProfileTest.data_rules().forEach(args -> {
            MicroCredential c = (MicroCredential) args.get()[1];
            assertEquals(HIBERNATE.validate(c, Profile.EU_2022), BVAL.validate(c, Profile.EU_2022), (String) args.get()[0]);
        });
        assertEquals(List.of(), BVAL.validate(SampleCredentials.credential(), Profile.NESET_2020));
    }
}
