package org.microcred.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;

/** The codec SPI seen from the core alone, where no codec is installed. */
class CodecsTest {

    @Test
    void test_of_namesTheModuleToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Codecs.of(Format.ELMO));
        assertEquals("No codec for format 'elmo' is installed: add microcred-xml", e.getMessage());
        assertTrue(Codecs.installed().isEmpty());
        assertEquals(Optional.empty(), Codecs.detect("{}".getBytes()));
    }

    @Test
    void test_format_of() {
        assertEquals(Format.OB3, Format.of("OB3"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.of("yaml"));
        assertTrue(e.getMessage().startsWith("Unknown format 'yaml'"));
    }

    @Test
    void test_exception_messageNamesFormatLocationElementAndValue() {
        CredentialFormatException e = new MalformedDocumentException(Format.ELM,
                CredentialFormatException.Location.of("/credentialSubject/dateOfBirth", 12, 7), Element.E01,
                "31-02-1999", "not a date", null);
        assertEquals("elm: 12:7 /credentialSubject/dateOfBirth: E01 identification of the learner: not a date: '31-02-1999'",
                e.getMessage());
        assertEquals(Optional.of(Element.E01), e.element());
        String huge = "x".repeat(10_000);
        CredentialFormatException big = new MalformedDocumentException(Format.JSON, CredentialFormatException.Location.UNKNOWN,
                null, huge, "string too long", null);
        assertTrue(big.getMessage().length() < 300, big.getMessage());
        assertTrue(big.getMessage().endsWith("…(9800 more characters)'"), big.getMessage());
    }

    @Test
    void test_loss_toString() {
        assertEquals("E04 awardingBodies[1]: ELMO has one issuer per report",
                new Loss(Element.E04, "awardingBodies[1]", "ELMO has one issuer per report").toString());
    }
}
