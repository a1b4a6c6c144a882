package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Regression test of the fixed codec bug OB3_FOREIGN_JSON_UNSUPPORTED: a microcred JSON document (not a
 * verifiable credential at all: no @context, no type) is refused by ob3 with UnsupportedContentException ("not an
 * OB 3.0 credential: @context lacks ..."); by the exception family's javadoc, input that is not a document of the
 * format is a MalformedDocumentException (UnsupportedContentException is for a well-formed OB 3.0 document whose
 * content cannot be mapped, such as a CLR or an endorsement). The offending value is also the whole document.
 */
class Ob3ForeignJsonUnsupportedTest {
    @Test
    void microcredJsonIsNotAnOb3Document() {
        Regressions.assertRefused(Format.OB3, Base.document(Format.JSON), MalformedDocumentException.class, "not an OB 3.0");
    }
}
