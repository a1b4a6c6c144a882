package org.microcred.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.testkit.CheckResult.Status;

/**
 * The file mode round-trips with microcred acting as the vendor, and catches a broken vendor for the right reason.
 */
class FileConformanceTest {
    static final Set<Format> INSTALLED = installed();

    static Set<Format> installed() {
        Set<Format> s = EnumSet.noneOf(Format.class);
        Codecs.installed().forEach(c -> s.add(c.format()));
        return s;
    }

    /** A vendor's consumer, in any language: reads each input, writes native JSON or a rejection line. */
    static void consume(Path dir, UnaryOperator<MicroCredential> change, boolean acceptHostile) throws IOException {
        Manifest m = Manifest.load(dir);
        for (Scenario s : m.scenarios()) {
            for (Map.Entry<Format, String> d : s.documents().entrySet()) {
                if (!INSTALLED.contains(d.getKey())) {
                    continue;
                }
                MicroCredential c;
                try (InputStream in = Files.newInputStream(dir.resolve(d.getValue()))) {
                    c = Codecs.of(d.getKey()).read(in).credential();
                } catch (CredentialFormatException e) {
                    if (!acceptHostile) {
                        Files.writeString(dir.resolve(FileConformance.rejectedPath(s.id(), d.getKey())), e.getMessage() + "\n");
                        continue;
                    }
                    c = Credentials.placeholder();
                }
                try (OutputStream out = Files.newOutputStream(dir.resolve(FileConformance.consumedPath(s.id(), d.getKey())))) {
                    Codecs.of(Format.JSON).write(change.apply(c), out);
                }
            }
        }
    }

    /** A vendor's producer: writes each expected credential as a document of one format. */
    static void produce(Path dir, Format format, UnaryOperator<MicroCredential> change) throws IOException {
        Manifest m = Manifest.load(dir);
        CredentialCodec codec = Codecs.of(format);
        for (Scenario s : m.scenarios()) {
            if (s.kind() != Scenario.Kind.VALID && s.kind() != Scenario.Kind.INVALID) {
                continue;
            }
            if (s.requirement().equals("S08") && !s.documents().containsKey(format)) {
                continue; // extensions of another format cannot be produced in this one
            }
            MicroCredential c;
            try (InputStream in = Files.newInputStream(dir.resolve(s.expected().orElseThrow()))) {
                c = Codecs.of(Format.JSON).read(in).credential();
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(FileConformance.producedPath(s.id(), format)))) {
                codec.write(change.apply(c), out);
            }
        }
    }

    @Test
    void exportWritesEveryScenarioWithItsInputsAndExpectedModel(@TempDir Path dir) throws IOException {
        Manifest shipped = Manifest.load();
        int files = FileConformance.export(shipped, dir);
        Manifest exported = Manifest.load(dir);
        assertEquals(shipped.scenarios().size(), exported.scenarios().size());
        assertEquals(shipped.fixtureCount(), exported.fixtureCount());
        assertTrue(Files.readString(dir.resolve(FileConformance.README)).contains("check-consumer"));
        long count;
        try (var walk = Files.walk(dir)) {
            count = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, count);
        for (Scenario s : exported.scenarios()) {
            Scenario original = shipped.scenario(s.id()).orElseThrow();
            assertEquals(original.violations(), s.violations());
            assertEquals(original.rejection(), s.rejection());
            for (Format f : s.documents().keySet()) {
                assertEquals(FileConformance.inputPath(s.id(), f), s.documents().get(f));
                assertTrue(java.util.Arrays.equals(shipped.bytes(original.documents().get(f)), exported.bytes(s.documents().get(f))));
            }
        }
    }

    @Test
    void theFileModeRoundTripsWithMicrocredAsTheVendor(@TempDir Path dir) throws IOException {
        FileConformance.export(Manifest.load(), dir);
        consume(dir, c -> c, false);
        ConformanceReport consumer = FileConformance.checkConsumer(dir, EnumSet.allOf(Format.class));
        assertEquals(0, consumer.count(Status.FAILED), consumer::summary);
        assertTrue(consumer.isSuccess());
        long expectedSkips = Manifest.load().scenarios().stream()
                .filter(s -> s.kind() == Scenario.Kind.VALID || s.kind() == Scenario.Kind.INVALID || s.kind() == Scenario.Kind.HOSTILE)
                .flatMap(s -> s.documents().keySet().stream()).filter(f -> !INSTALLED.contains(f)).count();
        assertEquals(expectedSkips, consumer.count(Status.SKIPPED), consumer::summary);

        for (Format f : INSTALLED) {
            produce(dir, f, c -> c);
            ConformanceReport producer = FileConformance.checkProducer(dir, f);
            assertEquals(0, producer.count(Status.FAILED), producer::summary);
            assertTrue(producer.count(Status.PASSED) > 50, producer::summary);
        }
    }

    @Test
    void aConsumerThatDropsAnElementOrAcceptsHostileInputFailsForThatReason(@TempDir Path dir) throws IOException {
        FileConformance.export(Manifest.load(), dir);
        consume(dir, c -> c.without(Element.E10), true);
        ConformanceReport r = FileConformance.checkConsumer(dir, Set.of(Format.JSON));
        CheckResult model = r.failures().stream().filter(c -> c.scenario().equals("valid-eu2022-typical") && c.check().equals("model"))
                .findFirst().orElseThrow(() -> new AssertionError(r.summary()));
        assertEquals(List.of(Element.E10), model.elements());
        CheckResult violations = r.failures().stream().filter(c -> c.scenario().equals("valid-eu2022-typical")
                && c.check().equals("valid")).findFirst().orElseThrow();
        assertEquals("under eu-2022 expected violations [] but found [E10 ERROR]", violations.message());
        CheckResult hostile = r.failures().stream().filter(c -> c.scenario().equals("hostile-json-truncated")).findFirst().orElseThrow();
        assertTrue(hostile.message().startsWith("accepted a hostile document"), hostile.message());
        assertFalse(r.isSuccess());
        // the scenario that lacks E10 anyway is not failed
        assertTrue(r.failures().stream().noneMatch(c -> c.scenario().equals("invalid-eu2022-missing-e10")), r.summary());
    }

    @Test
    void aConsumerThatRejectsAValidDocumentFailsAndOneThatWritesNothingIsSkipped(@TempDir Path dir) throws IOException {
        FileConformance.export(Manifest.load(), dir);
        Files.writeString(dir.resolve(FileConformance.rejectedPath("valid-eu2022-typical", Format.JSON)), "we do not like it\n");
        ConformanceReport r = FileConformance.checkConsumer(dir, Set.of(Format.JSON));
        assertEquals(1, r.count(Status.FAILED), r.summary());
        assertEquals("rejected a valid document: we do not like it", r.failures().get(0).message());
        assertEquals(0, r.count(Status.PASSED) - 0);
        assertFalse(r.isSuccess(), "nothing passed");
    }

    @Test
    void aProducerThatWritesAWrongValueFailsNamingTheElement(@TempDir Path dir) throws IOException {
        FileConformance.export(Manifest.load(), dir);
        produce(dir, Format.JSON, c -> c.grade().isPresent() ? c.toBuilder().grade(org.microcred.core.Grade.of("A+")).build() : c);
        ConformanceReport r = FileConformance.checkProducer(dir, Format.JSON);
        CheckResult f = r.failures().stream().filter(c -> c.scenario().equals("valid-neset2020-complete")).findFirst()
                .orElseThrow(() -> new AssertionError(r.summary()));
        assertEquals("model", f.check());
        assertEquals(List.of(Element.E14), f.elements());
        assertTrue(r.failures().stream().allMatch(c -> c.elements().equals(List.of(Element.E14))), r.summary());

        Files.writeString(dir.resolve(FileConformance.producedPath("valid-eu2022-typical", Format.JSON)), "{\"not\": \"a credential\"");
        ConformanceReport broken = FileConformance.checkProducer(dir, Format.JSON);
        CheckResult unreadable = broken.failures().stream().filter(c -> c.scenario().equals("valid-eu2022-typical")).findFirst().orElseThrow();
        assertTrue(unreadable.message().startsWith("microcred cannot read the produced document: json: "), unreadable.message());
    }
}
