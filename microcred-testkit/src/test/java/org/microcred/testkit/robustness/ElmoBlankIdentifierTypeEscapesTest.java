package org.microcred.testkit.robustness;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug {@code ELMO_BLANK_IDENTIFIER_TYPE_ESCAPES}, found by the long fuzzing run: a
 * learner identifier with an empty type ({@code <identifier type="">}) makes elmo throw
 * {@code java.lang.IllegalArgumentException: scheme must not be blank: ''} out of {@code read} (from
 * org.microcred.core.Identifier.of, called by org.microcred.xml.internal.ElmoReader.readLearner), breaking the
 * codec contract that only CredentialFormatException escapes.
 */

class ElmoBlankIdentifierTypeEscapesTest {
    @Test
    void blankIdentifierTypeIsMalformed() {
        String doc = Base.text(Format.ELMO).replaceFirst("<identifier type=\"[^\"]*\">", "<identifier type=\"\">");
        Regressions.assertRefused(Format.ELMO, doc.getBytes(StandardCharsets.UTF_8), MalformedDocumentException.class,
                "identifier|type|scheme|blank");
    }
}
