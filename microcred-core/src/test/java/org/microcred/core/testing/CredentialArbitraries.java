package org.microcred.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;

/**
 * jqwik arbitraries of valid micro-credentials, shared by every module's property tests and published in
 * the testkit for vendors' own property tests.
 *
 * <p>Values come from {@link RandomCredentials} with a jqwik-controlled seed, so a failing example is
 * reproducible from the seed jqwik reports.
 */
public final class CredentialArbitraries {
    private CredentialArbitraries() {
    }

    /**
     * Credentials valid under {@code eu-2022} without warnings, optional elements present or not, no extensions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MicroCredential> credentials() {
        return Arbitraries.randomValue(RandomCredentials::credential).withoutEdgeCases();
    }

    /**
     * Credentials with every element present, valid under {@code neset-2020}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MicroCredential> completeCredentials() {
        return Arbitraries.randomValue(RandomCredentials::complete).withoutEdgeCases();
    }

    /**
     * Credentials with extensions (S08) of one format at the credential and the specification.
     *
     * @param format the format of the extensions
     * @return the arbitrary
     */
    public static Arbitrary<MicroCredential> credentialsWithExtensions(Format format) {
        return Arbitraries.randomValue(r -> RandomCredentials.withExtensions(r, format)).withoutEdgeCases();
    }

    /**
     * Specifications (course definitions) valid under {@code eu-2022}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CredentialSpecification> specifications() {
        return Arbitraries.randomValue(RandomCredentials::specification).withoutEdgeCases();
    }

    /**
     * The mandatory elements of Annex I, for properties that remove one of them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Element> mandatoryElements() {
        return Arbitraries.of(Element.values()).filter(e -> e.kind() == Element.Kind.MANDATORY);
    }
}
