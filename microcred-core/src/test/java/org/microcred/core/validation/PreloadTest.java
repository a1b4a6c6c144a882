package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.LearningOutcome;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.StackingTarget;
import org.microcred.core.TimePeriod;
import org.microcred.core.Workload;
import org.microcred.core.testing.RandomCredentials;
import org.microcred.core.vocabulary.Concept;

/** {@link CredentialValidator#preload()} reads every model type's constraints and changes no result. */
class PreloadTest {

    @Test
    void test_preloadVisitsEveryModelTypeOnce() {
        Validator hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        List<Class<?>> asked = new java.util.ArrayList<>();
        Validator recording = (Validator) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConstraintsForClass")) {
                        asked.add((Class<?>) args[0]);
                    }
                    return method.invoke(hibernate, args);
                });
        CredentialValidator validator = CredentialValidator.of(recording);

        assertSame(validator, validator.preload());

        Set<Class<?>> distinct = new LinkedHashSet<>(asked);
        assertEquals(asked.size(), distinct.size(), "each type once: " + asked);
        // the roots, types nested in records, in Optional and List type arguments, several levels deep
        for (Class<?> c : List.of(MicroCredential.class, CredentialSpecification.class, Person.class, Organisation.class,
                MultilingualText.class, LearningOutcome.class, Workload.class, CreditValue.class, TimePeriod.class,
                StackingTarget.class, Extension.class, Concept.class)) {
            assertTrue(distinct.contains(c), c + " not preloaded: " + distinct);
        }
        for (Class<?> c : distinct) {
            assertTrue(c.getPackageName().startsWith("org.microcred.core") && !c.isEnum(), "not a model type: " + c);
        }
    }

    @Test
    void test_sameViolationsAfterPreload() {
        for (CredentialValidator preloaded : List.of(
                CredentialValidator.create(Validation.byProvider(HibernateValidator.class).configure()).preload(),
                CredentialValidator.create(Validation.byProvider(ApacheValidationProvider.class).configure()).preload())) {
            CredentialValidator fresh = CredentialValidator.create(Validation.byProvider(HibernateValidator.class).configure());
            Random random = new Random(7);
            int compared = 0;
            for (int i = 0; i < 10; i++) {
                MicroCredential c = RandomCredentials.credential(random);
                for (Element e : List.of(Element.E01, Element.E02, Element.E06, Element.E07, Element.E11, Element.N03)) {
                    for (Profile p : Profile.values()) {
                        List<Violation> expected = fresh.validate(c.without(e), p);
                        assertEquals(expected, preloaded.validate(c.without(e), p), () -> e + " " + p);
                        compared += expected.size();
                    }
                }
            }
            assertTrue(compared > 50, "violations compared: " + compared);
        }
    }
}
