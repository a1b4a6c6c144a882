package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of the fixed codec bug {@code ELMO_EXTENSION_WHITESPACE_GROWS}, with an input found by the long
 * fuzzing run: extension (S08) text with line breaks (here the base64 of the XML signature of the Norwegian EMREX
 * sample, moved into an element of another namespace) gains one more space of indentation per line each time elmo
 * writes it and reads it back.
 */

class ElmoExtensionWhitespaceGrowsTest {
    @Test
    void extensionTextIsStable() {
        Regressions.assertRoundTrips(Base.codec(Format.ELMO), Regressions.resource("elmo-extension-whitespace-grows.xml"));
    }
}
