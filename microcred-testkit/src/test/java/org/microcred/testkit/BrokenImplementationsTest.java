package org.microcred.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Person;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Severity;
import org.microcred.core.validation.Violation;
import org.microcred.testkit.CheckResult.Status;

/**
 * The kit tests itself: every kind of check is run against a deliberately broken implementation and must fail,
 * for the right reason (the check, the scenario, the message and the elements are asserted).
 */
class BrokenImplementationsTest {
    static Manifest manifest;
    static CredentialCodec json;

    @BeforeAll
    static void load() {
        manifest = Manifest.load();
        json = Codecs.of(Format.JSON);
    }

    static ConformanceReport run(CredentialCodec codec) {
        return ConformanceRunner.of(manifest, Implementation.of("broken", List.of(codec))).withFormats(Set.of(codec.format())).run();
    }

    static List<CheckResult> failures(ConformanceReport r, String check, Predicate<CheckResult> which) {
        return r.failures().stream().filter(c -> c.check().equals(check)).filter(which).toList();
    }

    static CheckResult failure(ConformanceReport r, String scenario, String check) {
        return r.failures().stream().filter(c -> c.scenario().equals(scenario) && c.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure of " + scenario + " " + check + " in\n" + r.summary()));
    }

    @Test
    void aReaderThatDropsAnElementFailsTheModelCheckNamingIt() {
        for (Element e : List.of(Element.E06, Element.E11, Element.E14, Element.S08)) {
            ConformanceReport r = run(BrokenCodec.reading(json, c -> c.without(e)));
            CheckResult f = failure(r, e == Element.S08 ? "valid-s08-extensions-json" : "valid-neset2020-complete", "model");
            assertEquals(List.of(e), f.elements(), f.toString());
            assertTrue(f.message().startsWith(e.id() + " " + e.title() + ": expected "), f.message());
            assertTrue(f.message().endsWith("but was (absent)") || f.message().endsWith("but was []")
                    || f.message().endsWith("but was [[], []]"), f.message());
            // and nowhere is a scenario without the element failed
            assertTrue(failures(r, "model", c -> !c.elements().equals(List.of(e))).isEmpty(), r.summary());
        }
    }

    @Test
    void aReaderThatWritesAWrongValueFailsTheModelCheckNamingTheElement() {
        ConformanceReport r = run(BrokenCodec.reading(json, c -> c.withSpecification(c.specification().toBuilder()
                .title(MultilingualText.of("en", "Something else")).build())));
        CheckResult f = failure(r, "valid-eu2022-typical", "model");
        assertEquals(List.of(Element.E02), f.elements());
        assertTrue(f.message().contains("expected {en=Data Analytics with Python} but was {en=Something else}"), f.message());
        assertEquals(Status.FAILED, r.byRequirement().get("E02").stream().filter(c -> c.check().equals("model")).findFirst().get().status());
    }

    @Test
    void aReaderThatInventsAMissingElementFailsModelAndViolations() {
        ConformanceReport r = run(BrokenCodec.reading(json, c -> c.learner().isPresent() ? c
                : c.toBuilder().learner(Person.builder().fullName("Unknown learner").build()).build()));
        CheckResult model = failure(r, "invalid-eu2022-missing-e01", "model");
        assertEquals(List.of(Element.E01), model.elements());
        CheckResult violations = failure(r, "invalid-eu2022-missing-e01", "violations");
        assertEquals(List.of(Element.E01), violations.elements());
        assertTrue(violations.message().contains("expected violations [E01 ERROR] but found []"), violations.message());
    }

    @Test
    void aWriterThatDropsAnElementSilentlyFailsTheRoundTrip() {
        ConformanceReport r = run(BrokenCodec.writing(json, c -> c.without(Element.E09)));
        CheckResult f = failure(r, "valid-eu2022-typical", "round-trip");
        assertEquals(List.of(Element.E09), f.elements());
        assertTrue(f.message().startsWith("E09 type of assessment: expected ["), f.message());
    }

    @Test
    void aWriterThatReportsALossInItsOwnFormatFailsTheRoundTrip() {
        CredentialCodec lossy = new BrokenCodec(json) {
            @Override
            public List<Loss> write(MicroCredential credential, OutputStream out) {
                delegate.write(credential, out);
                return List.of(new Loss(Element.E16, "/furtherInformation", "not supported"));
            }
        };
        CheckResult f = failure(run(lossy), "valid-eu2022-typical", "round-trip");
        assertEquals(List.of(Element.E16), f.elements());
        assertTrue(f.message().contains("writing to its own format lost"), f.message());
    }

    @Test
    void aReaderThatAcceptsHostileInputFailsTheRejection() {
        CredentialCodec lenient = new BrokenCodec(json) {
            @Override
            public ReadResult read(InputStream in) {
                try {
                    return delegate.read(in);
                } catch (CredentialFormatException e) {
                    return new ReadResult(Credentials.placeholder(), List.of());
                }
            }
        };
        ConformanceReport r = run(lenient);
        List<CheckResult> rejected = failures(r, "rejected", c -> true);
        long hostile = manifest.scenarios().stream().filter(s -> s.kind() == Scenario.Kind.HOSTILE && s.documents().containsKey(Format.JSON)).count();
        assertEquals(hostile, rejected.size(), r.summary());
        rejected.forEach(c -> assertTrue(c.message().startsWith("accepted a hostile document instead of rejecting it with "), c.message()));
        assertTrue(failure(r, "hostile-json-truncated", "rejected").message().endsWith("with malformed"));
    }

    @Test
    void aReaderThatThrowsTheWrongExceptionFailsTheRejection() {
        CredentialCodec npe = new BrokenCodec(json) {
            @Override
            public ReadResult read(InputStream in) {
                try {
                    return delegate.read(in);
                } catch (CredentialFormatException e) {
                    throw new NullPointerException("oops");
                }
            }
        };
        CheckResult f = failure(run(npe), "hostile-json-empty", "rejected");
        assertEquals("expected a MalformedDocumentException but threw java.lang.NullPointerException: oops instead of a "
                + "CredentialFormatException", f.message());

        CredentialCodec wrongSubtype = new BrokenCodec(json) {
            @Override
            public ReadResult read(InputStream in) {
                try {
                    return delegate.read(in);
                } catch (CredentialFormatException e) {
                    throw new UnsupportedContentException(Format.JSON, e.location(), null, null, "unsupported", e);
                }
            }
        };
        ConformanceReport r = run(wrongSubtype);
        assertTrue(failure(r, "hostile-json-truncated", "rejected").message()
                .startsWith("expected a MalformedDocumentException but got a UnsupportedContentException"));
        // no element named: the wrong-value rejection must name E05
        CheckResult e05 = failure(r, "hostile-json-wrong-value-e05", "rejected");
        assertTrue(e05.message().startsWith("the rejection must name element E05 but named none"), e05.message());
    }

    @Test
    void aReaderThatOverflowsTheStackOrHangsFailsInsteadOfEndingTheRun() {
        CredentialCodec overflow = new BrokenCodec(json) {
            @Override
            public ReadResult read(InputStream in) {
                return recurse(in);
            }

            private ReadResult recurse(InputStream in) {
                return recurse(in);
            }
        };
        CheckResult f = failure(run(overflow), "hostile-json-deep-nesting", "rejected");
        assertTrue(f.message().contains("threw java.lang.StackOverflowError"), f.message());

        CredentialCodec hang = new BrokenCodec(json) {
            @Override
            public ReadResult read(InputStream in) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return delegate.read(in);
            }
        };
        ConformanceRunner runner = ConformanceRunner.of(manifest, Implementation.of("hang", List.of(hang)))
                .withFormats(Set.of(Format.JSON)).withTimeout(Duration.ofMillis(50));
        List<CheckResult> results = runner.check(manifest.scenario("hostile-json-empty").orElseThrow());
        assertEquals(Status.FAILED, results.get(0).status());
        assertEquals("expected a MalformedDocumentException but did not finish within 50 ms", results.get(0).message());
    }

    @Test
    void aValidatorThatMissesAViolationOrInventsOneFailsTheViolationChecks() {
        Implementation blind = new Implementation() {
            @Override
            public String name() {
                return "blind to E06";
            }

            @Override
            public java.util.Optional<CredentialCodec> codec(Format format) {
                return format == Format.JSON ? java.util.Optional.of(json) : java.util.Optional.empty();
            }

            @Override
            public List<Violation> validate(MicroCredential credential, Profile profile) {
                return Implementation.super.validate(credential, profile).stream().filter(v -> v.element() != Element.E06).toList();
            }
        };
        ConformanceReport r = ConformanceRunner.of(manifest, blind).withFormats(Set.of(Format.JSON)).run();
        CheckResult f = failure(r, "invalid-eu2022-missing-e06", "violations");
        assertEquals(List.of(Element.E06), f.elements());
        assertEquals("under eu-2022 expected violations [E06 ERROR] but found []", f.message());
        assertEquals(1, r.count(Status.FAILED), r.summary());

        Implementation strict = new Implementation() {
            @Override
            public String name() {
                return "invents E16";
            }

            @Override
            public java.util.Optional<CredentialCodec> codec(Format format) {
                return format == Format.JSON ? java.util.Optional.of(json) : java.util.Optional.empty();
            }

            @Override
            public List<Violation> validate(MicroCredential credential, Profile profile) {
                List<Violation> list = new ArrayList<>(Implementation.super.validate(credential, profile));
                list.add(new Violation(Element.E16, "", Severity.ERROR, "missing", java.util.Optional.empty()));
                return list;
            }
        };
        ConformanceReport s = ConformanceRunner.of(manifest, strict).withFormats(Set.of(Format.JSON)).run();
        CheckResult v = failure(s, "valid-eu2022-typical", "valid");
        assertEquals(List.of(Element.E16), v.elements());
        assertEquals("under eu-2022 expected violations [] but found [E16 ERROR]", v.message());
    }

    @Test
    void aCodecThatDoesNotRecogniseItsOwnDocumentsFailsRecognition() {
        CredentialCodec blind = new BrokenCodec(json) {
            @Override
            public boolean recognises(byte[] head) {
                return false;
            }
        };
        CheckResult f = failure(run(blind), "valid-eu2022-typical", "recognised");
        assertTrue(f.message().startsWith("the codec does not recognise the first "), f.message());
    }

    @Test
    void aBatchReaderThatStopsEarlyOrNeverEndsFailsTheBatch() {
        CredentialCodec first = new BrokenCodec(json) {
            @Override
            public Iterator<MicroCredential> readAll(InputStream in) {
                Iterator<MicroCredential> all = delegate.readAll(in);
                return List.of(all.next()).iterator();
            }
        };
        assertEquals("expected 3 credentials but read 1", failure(run(first), "batch-json-json-lines", "read-all").message());
        CredentialCodec endless = new BrokenCodec(json) {
            @Override
            public Iterator<MicroCredential> readAll(InputStream in) {
                MicroCredential c = delegate.readAll(in).next();
                return java.util.stream.Stream.generate(() -> c).iterator();
            }
        };
        assertEquals("expected 3 credentials but read more", failure(run(endless), "batch-json-array", "read-all").message());
    }

    @Test
    void aConversionThatHidesALossFailsTheLossCheck() {
        Scenario lossy = manifest.scenarios().stream().filter(s -> s.kind() == Scenario.Kind.CONVERSION && !s.losses().isEmpty())
                .filter(s -> Codecs.installed().stream().map(CredentialCodec::format).toList().containsAll(
                        List.of(s.documents().keySet().iterator().next(), s.target().get())))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(lossy != null, "no lossy conversion between installed codecs");
        Format to = lossy.target().get();
        List<CredentialCodec> codecs = new ArrayList<>();
        for (CredentialCodec c : Codecs.installed()) {
            codecs.add(c.format() != to ? c : new BrokenCodec(c) {
                @Override
                public List<Loss> write(MicroCredential credential, OutputStream out) {
                    delegate.write(credential, out);
                    return List.of(); // hides what it lost
                }
            });
        }
        List<CheckResult> r = ConformanceRunner.of(manifest, Implementation.of("hides losses", codecs)).check(lossy);
        CheckResult f = r.stream().filter(c -> c.check().equals("losses")).findFirst().orElseThrow();
        assertEquals(Status.FAILED, f.status());
        assertEquals(lossy.losses(), f.elements());
        assertTrue(f.message().endsWith("must report losses of S08 but reported none"), f.message());
        assertFalse(r.stream().anyMatch(c -> c.check().equals("model") && c.status() == Status.FAILED),
                "the converted model itself is right: " + r);
    }

    @Test
    void missingCodecsAreSkippedNotFailed() {
        ConformanceReport r = ConformanceRunner.of(manifest, Implementation.of("nothing", List.of())).run();
        assertEquals(0, r.count(Status.FAILED));
        assertEquals(0, r.count(Status.PASSED));
        assertEquals(manifest.fixtureCount(), r.count(Status.SKIPPED));
        assertFalse(r.isSuccess(), "a run in which nothing passed is not a success");
    }
}
