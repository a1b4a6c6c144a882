package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.core.MicroCredential;
import org.microcred.core.Person;
import org.microcred.core.Workload;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.testing.RandomCredentials;

/**
 * The base document of the hostile-input suite and the regression tests: a generated credential whose learner's
 * family name is {@link #MARK} (a place to put hostile text) and whose ECTS are 5 (a place to put hostile
 * numbers), as each codec writes it.
 */
final class Base {
    /** The learner's family name in the base credential. */
    static final String MARK = "HostileMarker";

    /** The heap the robustness suites run in. */
    static final long HEAP_LIMIT = 512L * 1024 * 1024;

    /** The base credential. */
    static final MicroCredential CREDENTIAL = credential();

    /** Where each format's writer puts the ECTS value (5), as group 1. */
    private static final Map<Format, Pattern> NUMBER = new EnumMap<>(Map.of(
            Format.JSON, Pattern.compile("\"ects\"\\s*:\\s*(5)\\b"),
            Format.OB3, Pattern.compile("\"creditsAvailable\"\\s*:\\s*(5)\\b"),
            Format.ELM, Pattern.compile("\"point\"\\s*:\\s*\"(5)\""),
            Format.XML, Pattern.compile("<ects>(5)</ects>"),
            Format.ELMO, Pattern.compile("<value>(5)</value>")));

    private Base() {
    }

    private static MicroCredential credential() {
        MicroCredential g = RandomCredentials.credential(new Random(7));
        Person learner = g.learner().orElseThrow().toBuilder().familyName(MARK).build();
        return g.toBuilder().learner(learner)
                .specification(g.specification().toBuilder().workload(Workload.ofEcts(new BigDecimal("5"))).build()).build();
    }

    /**
     * Checks that the heap is bounded (the testkit's surefire argLine sets -Xmx512m), so that a codec that buffers
     * hostile input shows up as OutOfMemoryError rather than passing on a machine with a large default heap.
     */
    static void assertBoundedHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= HEAP_LIMIT + HEAP_LIMIT / 10, "the robustness suites need a bounded heap (-Xmx512m, set by the"
                + " testkit's surefire argLine); max heap is " + max / (1024 * 1024) + " MB");
    }

    /**
     * Gets the codec of a format, skipping the test if it is not installed yet.
     *
     * @param format the format
     * @return the codec
     */
    static CredentialCodec codec(Format format) {
        assumeTrue(Documents.installed(format), () -> "no " + format.id() + " codec installed yet");
        return Codecs.of(format);
    }

    /**
     * Gets the base document of a format.
     *
     * @param format the format
     * @return the document as the codec writes it
     */
    static byte[] document(Format format) {
        return Documents.write(codec(format), CREDENTIAL);
    }

    /**
     * Gets the base document as text.
     *
     * @param format the format
     * @return the document
     */
    static String text(Format format) {
        return new String(document(format), StandardCharsets.UTF_8);
    }

    /**
     * Splits the base document around the first occurrence of a text.
     *
     * @param format the format
     * @param what the text
     * @return {before, after}
     */
    static String[] split(Format format, String what) {
        String doc = text(format);
        int at = doc.indexOf(what);
        assertTrue(at >= 0, () -> format.id() + " document lacks " + what);
        return new String[] {doc.substring(0, at), doc.substring(at + what.length())};
    }

    /**
     * Replaces the (first) marker in a document with bytes.
     *
     * @param doc the document
     * @param with the bytes
     * @return the new document
     */
    static byte[] replaceMark(byte[] doc, byte[] with) {
        String text = new String(doc, StandardCharsets.UTF_8);
        int at = text.indexOf(MARK);
        assertTrue(at >= 0, "the document holds the marker");
        int start = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        return Mutator.replace(doc, start, start + MARK.length(), with);
    }

    /**
     * Gets the base document with its ECTS value replaced.
     *
     * @param format the format
     * @param number the number as it should appear in the document
     * @return the document
     */
    static byte[] withNumber(Format format, String number) {
        String doc = text(format);
        Matcher m = NUMBER.get(format).matcher(doc);
        assertTrue(m.find(), () -> format.id() + " document has no ECTS number where expected");
        return (doc.substring(0, m.start(1)) + number + doc.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a document with a time limit.
     *
     * @param format the format
     * @param doc the document
     * @param limit the limit
     * @return what happened
     */
    static Guard.Outcome<CredentialCodec.ReadResult> read(Format format, byte[] doc, Duration limit) {
        CredentialCodec codec = codec(format);
        try (Guard guard = new Guard()) {
            return guard.run(() -> codec.read(new ByteArrayInputStream(doc)), limit);
        }
    }
}
