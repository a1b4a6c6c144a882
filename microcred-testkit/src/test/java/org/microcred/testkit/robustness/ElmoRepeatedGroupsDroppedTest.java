package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * Regression test of a bug found by the strict fuzzing run (in {@code src/test/resources/robustness/regressions/}):
 * the Norwegian EMREX sample with its {@code <groups>} element duplicated. Each credential keeps both (S08); the
 * writer, which writes an element shared by the credentials of a document once, took the second for one already
 * written and dropped it silently. ELMO has one {@code groups} per document, so the second is now a {@link Loss}.
 */
class ElmoRepeatedGroupsDroppedTest {
    @Test
    void secondGroupsIsALoss() {
        CredentialCodec codec = Base.codec(Format.ELMO);
        List<MicroCredential> credentials = Documents.readAll(codec, Regressions.resource("elmo-groups-duplicated.xml"), 100);
        assertFalse(credentials.isEmpty());
        for (MicroCredential c : credentials) {
            assertEquals(2, c.extensions().stream().filter(e -> e.path().equals("/elmo/groups")).count(), "both groups are kept");
            List<Loss> losses = codec.write(c, new ByteArrayOutputStream());
            assertEquals(1, losses.size(), () -> "losses: " + losses);
            assertEquals(Element.S08, losses.get(0).element());
            assertEquals("/elmo/groups", losses.get(0).path(), "the loss names the second groups");
            assertTrue(losses.get(0).reason().contains("one groups element"), losses.get(0)::reason);
        }
    }
}
