package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/** Assertions shared by the regression tests of {@link KnownCodecBug}s. */
final class Regressions {
    static final Duration LIMIT = Duration.ofSeconds(10);

    private Regressions() {
    }

    /**
     * Reads a document and checks that it is refused with exactly the given type and a message naming the problem.
     *
     * @param format the format
     * @param doc the document
     * @param type the exception type
     * @param problem a regular expression the message must contain (case-insensitive)
     * @return the exception
     */
    static <E extends CredentialFormatException> E assertRefused(Format format, byte[] doc, Class<E> type, String problem) {
        Guard.Outcome<CredentialCodec.ReadResult> o = Base.read(format, doc, LIMIT);
        if (o.timedOut()) {
            fail(format.id() + ": no answer within " + LIMIT.toSeconds() + " s");
        }
        if (o.returned()) {
            fail(format.id() + ": read, expected " + type.getSimpleName() + "; read "
                    + CredentialFormatException.abbreviate(o.value().credential().toString()));
        }
        if (o.thrown().getClass() != type) {
            fail(format.id() + ": expected " + type.getSimpleName() + ", got " + o.thrown(), o.thrown());
        }
        E e = type.cast(o.thrown());
        assertSame(format, e.format());
        assertTrue(Pattern.compile(problem, Pattern.CASE_INSENSITIVE).matcher(e.getMessage()).find(),
                () -> "the message does not name the problem (" + problem + "): " + e.getMessage());
        return e;
    }

    /**
     * Checks that every credential of a document that its codec writes without loss reads back as itself.
     *
     * @param codec the codec
     * @param doc the document
     */
    static void assertRoundTrips(CredentialCodec codec, byte[] doc) {
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

    /**
     * Reads a stored failing input from {@code src/test/resources/robustness/regressions/}.
     *
     * @param name the file name
     * @return the bytes
     */
    static byte[] resource(String name) {
        try (java.io.InputStream in = Regressions.class.getResourceAsStream("/robustness/regressions/" + name)) {
            org.junit.jupiter.api.Assertions.assertNotNull(in, name);
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
