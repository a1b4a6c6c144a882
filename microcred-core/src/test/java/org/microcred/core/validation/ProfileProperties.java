package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.testing.CredentialArbitraries;

/** Properties of the profiles over the shared generators. */
class ProfileProperties {
    private static final CredentialValidator VALIDATOR = CredentialValidator.create();

    @Provide
    Arbitrary<MicroCredential> credentials() {
        return CredentialArbitraries.credentials();
    }

    @Provide
    Arbitrary<MicroCredential> completeCredentials() {
        return CredentialArbitraries.completeCredentials();
    }

    @Provide
    Arbitrary<Element> mandatory() {
        return CredentialArbitraries.mandatoryElements();
    }

    @Property(tries = 300)
    void everyGeneratedCredentialIsValidUnderEu2022WithoutWarnings(@ForAll("credentials") MicroCredential credential) {
        assertEquals(List.of(), VALIDATOR.validate(credential, Profile.EU_2022));
    }

    @Property(tries = 200)
    void everyCompleteCredentialIsValidUnderNeset2020(@ForAll("completeCredentials") MicroCredential credential) {
        assertEquals(List.of(), VALIDATOR.validate(credential, Profile.NESET_2020));
    }

    @Property(tries = 300)
    void removingAMandatoryElementGivesExactlyThatElementsError(@ForAll("credentials") MicroCredential credential,
            @ForAll("mandatory") Element element) {
        List<Violation> violations = VALIDATOR.validate(credential.without(element), Profile.EU_2022);
        assertEquals(1, violations.size(), () -> element + " removed: " + violations);
        Violation v = violations.get(0);
        assertEquals(element, v.element());
        assertEquals(Severity.ERROR, v.severity());
        assertEquals("missing", v.message());
    }

    @Property(tries = 200)
    void removingAMandatoryElementIsNoViolationUnderStructural(@ForAll("credentials") MicroCredential credential,
            @ForAll("mandatory") Element element) {
        assertEquals(List.of(), VALIDATOR.validate(credential.without(element), Profile.STRUCTURAL));
    }

    @Property(tries = 200)
    void removingANesetElementGivesExactlyThatElementsErrorUnderNeset2020(
            @ForAll("completeCredentials") MicroCredential credential) {
        for (Element element : List.of(Element.N01, Element.N02, Element.N03, Element.N04, Element.N05,
                Element.E12, Element.E13, Element.E15)) {
            List<Violation> violations = VALIDATOR.validate(credential.without(element), Profile.NESET_2020);
            Set<Element> elements = violations.stream().map(Violation::element).collect(Collectors.toSet());
            assertEquals(Set.of(element), elements, () -> element + " removed: " + violations);
            assertTrue(VALIDATOR.isValid(credential.without(element), Profile.EU_2022));
        }
    }
}
