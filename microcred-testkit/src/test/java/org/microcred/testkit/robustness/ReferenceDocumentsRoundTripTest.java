package org.microcred.testkit.robustness;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of a bug found by the fuzzer and since fixed on the ob3 and xml branches for these reference
 * documents (mutated documents still show it: {@link ExtensionsRegroupedAfterRoundTripTest}): a credential read
 * from a real document, written without loss and read back, was not the credential written: its extensions (S08)
 * came back grouped (ob3: {@code /credentialSubject/identifier/0/salt} became the whole
 * {@code /credentialSubject/identifier} array) or ordered (elmo: {@code /level/description} after {@code /level})
 * differently, although the documents written from either were the same.
 */
class ReferenceDocumentsRoundTripTest {
    @Test
    void ob3CompleteReferenceCredentialRoundTrips() {
        byte[] doc = Documents.references(Format.OB3).stream().filter(s -> s.name().endsWith("ob30-complete-all-fields.json"))
                .findFirst().orElseThrow().bytes();
        Regressions.assertRoundTrips(Base.codec(Format.OB3), doc);
    }

    @Test
    void elmoReferenceReportWithoutCreditRoundTrips() {
        String doc = new String(Documents.references(Format.ELMO).stream()
                .filter(s -> s.name().endsWith("elmo-schemas_v1.7.0_example.xml")).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        // without its first <credit>, the first course is written without loss
        String withoutCredit = doc.replaceFirst("(?s)<credit>.*?</credit>", "");
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), withoutCredit.getBytes(StandardCharsets.UTF_8));
    }
}
