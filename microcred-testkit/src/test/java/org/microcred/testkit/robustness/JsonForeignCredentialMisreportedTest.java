package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;

/**
 * Regression test of the fixed codec bug JSON_FOREIGN_JSON_MISREPORTED: given an OB 3.0 credential, the json
 * codec reports "json: 6:14 /issuer: S02 issuer (sealing/signing party): missing required property 'legalName' at
 * /issuer/legalName" instead of saying that the document is not microcred JSON (it has no "microcred" version
 * member, and an @context). elm likewise: a microcred JSON document is "elm: 1:1: E01 identification of the
 * learner: missing required property 'credentialSubject' at //credentialSubject" (note also the doubled slash),
 * and an OB 3.0 credential (a verifiable credential of another kind, which ob3 in turn refuses as unsupported
 * content) is a MalformedDocumentException about 'legalName'.
 */
class JsonForeignCredentialMisreportedTest {
    @Test
    void ob3CredentialIsNotMicrocredJson() {
        Regressions.assertRefused(Format.JSON, Base.document(Format.OB3), MalformedDocumentException.class,
                "not (a|an) |microcred");
    }

    @Test
    void microcredJsonIsNotAnElmCredential() {
        Regressions.assertRefused(Format.ELM, Base.document(Format.JSON), MalformedDocumentException.class, "not (a|an) ");
    }

    @Test
    void ob3CredentialIsNotAnElmCredential() {
        Regressions.assertRefused(Format.ELM, Base.document(Format.OB3), UnsupportedContentException.class, "not (a|an) ");
    }
}
