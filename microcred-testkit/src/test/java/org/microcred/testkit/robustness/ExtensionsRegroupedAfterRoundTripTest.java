package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * Regression test of a bug found by the fuzzer and since fixed on the ob3 and xml branches: a credential read from a
 * real document, written without loss and read back, was not the credential written: its extensions (S08) came
 * back grouped (ob3: {@code /credentialSubject/identifier/0/salt} became the whole
 * {@code /credentialSubject/identifier} array) or ordered (elmo: {@code /level/description} after {@code /level})
 * differently, although the documents written from either were the same.
 */
class ExtensionsRegroupedAfterRoundTripTest {
    @Test
    void ob3CompleteReferenceCredentialRoundTrips() {
        byte[] doc = Documents.references(Format.OB3).stream().filter(s -> s.name().endsWith("ob30-complete-all-fields.json"))
                .findFirst().orElseThrow().bytes();
        assertRoundTrips(Base.codec(Format.OB3), doc);
    }

    @Test
    void elmoReferenceReportWithoutCreditRoundTrips() {
        String doc = new String(Documents.references(Format.ELMO).stream()
                .filter(s -> s.name().endsWith("elmo-schemas_v1.7.0_example.xml")).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        // without its first <credit>, the first course is written without loss
        String withoutCredit = doc.replaceFirst("(?s)<credit>.*?</credit>", "");
        assertRoundTrips(Base.codec(Format.ELMO), withoutCredit.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRoundTrips(CredentialCodec codec, byte[] doc) {
        int lossless = 0;
        for (MicroCredential c : Documents.readAll(codec, doc, 100)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Loss> losses = codec.write(c, out);
            if (losses.isEmpty()) {
                lossless++;
                MicroCredential back = codec.read(new ByteArrayInputStream(out.toByteArray())).credential();
                assertEquals(c, back, () -> MutationFuzzTest.difference(c, back));
            }
        }
        assertTrue(lossless > 0, "at least one credential is written without loss");
    }
}
