package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;

/** Round trip and JSON Schema conformance of microcred's own JSON over generated credentials. */
class JsonCodecProperties {
    private final JsonCodec codec = new JsonCodec();

    @Provide
    Arbitrary<MicroCredential> anyCredential() {
        return Arbitraries.oneOf(CredentialArbitraries.credentials(), CredentialArbitraries.completeCredentials(),
                CredentialArbitraries.credentialsWithExtensions(Format.JSON));
    }

    @Provide
    Arbitrary<MicroCredential> elmExtensions() {
        return CredentialArbitraries.credentialsWithExtensions(Format.ELM);
    }

    @Property(tries = 200)
    void roundTripKeepsEveryElement(@ForAll("anyCredential") MicroCredential credential) {
        JsonTesting.Written w = JsonTesting.write(codec, credential);
        assertEquals(List.of(), w.losses());
        assertEquals(credential, JsonTesting.read(codec, w.bytes()), w.text());
    }

    @Property(tries = 200)
    void everyWrittenDocumentConformsToTheShippedSchema(@ForAll("anyCredential") MicroCredential credential) {
        JsonTesting.Written w = JsonTesting.write(codec, credential);
        assertEquals(java.util.Set.of(), JsonTesting.validateNative(w.tree()), w.text());
    }

    @Property(tries = 100)
    void extensionsOfAnotherFormatAreReportedAsLosses(@ForAll("elmExtensions") MicroCredential credential) {
        JsonTesting.Written w = JsonTesting.write(codec, credential);
        assertEquals(2, w.losses().size(), w.losses().toString());
        for (Loss l : w.losses()) {
            assertEquals(Element.S08, l.element());
            assertTrue(l.reason().contains("'elm'"), l.reason());
        }
        assertEquals(credential.without(Element.S08), JsonTesting.read(codec, w.bytes()));
    }
}
