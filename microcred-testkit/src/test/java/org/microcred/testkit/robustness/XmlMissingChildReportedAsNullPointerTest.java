package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug {@code XML_MISSING_CHILD_AS_NULL_POINTER}: an identifier without its scheme
 * (and likewise a link without url, a concept without uri) is refused by xml and elmo (the native reader inside
 * ELMO's extension) with the message of the model constructor's NullPointerException, e.g.
 * "xml: 9:18 /credential/learner: E01 identification of the learner: scheme", caught in
 * org.microcred.xml.internal.XmlInput.build. The message should say that a required element is missing.
 */

class XmlMissingChildReportedAsNullPointerTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void identifierWithoutSchemeNamesTheMissingElement(Format format) {
        String scheme = format == Format.XML ? "scheme" : "mc:scheme"; // in ELMO, the extension's identifier
        String doc = Base.text(format).replaceFirst("<" + scheme + ">[^<]*</" + scheme + ">", "");
        MalformedDocumentException e = Regressions.assertRefused(format, doc.getBytes(StandardCharsets.UTF_8),
                MalformedDocumentException.class, "missing|required");
        assertFalse(e.getCause() instanceof NullPointerException, "a missing element is not a NullPointerException");
    }
}
