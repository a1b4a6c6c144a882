package org.microcred.testkit.robustness;

import org.junit.jupiter.api.Test;
import org.microcred.core.format.Format;

/**
 * Regression test of a bug found by the strict fuzzing run (in {@code src/test/resources/robustness/regressions/}):
 * after the {@code issuer} member was renamed, the {@code mc:awardingBody} item that referenced the issuer's id was
 * kept as an extension (S08). Written back, the new issuer is the one awarding body, which the writer says by
 * leaving {@code mc:awardingBody} out; the kept item brought the member back with only that reference, so the
 * credential read back had no awarding body and the awarding body as its issuer (S02). The reader now keeps
 * unread items after the writer's, and the writer lists the awarding bodies explicitly when items follow.
 */
class Ob3AwardingBodyReferenceKeptTest {
    /** {@code "issuer"} renamed to {@code "x79"}. */
    @Test
    void issuerRenamed() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-issuer-renamed.json"));
    }

    /** {@code "issuer"} renamed to {@code "mc:stackability"}, another generated credential. */
    @Test
    void issuerRenamedToAnExtensionTerm() {
        Regressions.assertRoundTrips(Base.codec(Format.OB3), Regressions.resource("ob3-issuer-renamed-2.json"));
    }
}
