package org.microcred.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/** The JUnit contracts report what the runner finds, as tests named after their requirement. */
class ContractTest {

    /** A vendor's codec that loses the grade when it reads. */
    public static final class GradeDroppingCodec implements CredentialCodec {
        private final CredentialCodec json = Codecs.of(Format.JSON);

        @Override
        public Format format() {
            return Format.JSON;
        }

        @Override
        public boolean recognises(byte[] head) {
            return json.recognises(head);
        }

        @Override
        public ReadResult read(InputStream in) {
            ReadResult r = json.read(in);
            return new ReadResult(r.credential().without(org.microcred.core.Element.E14), r.warnings());
        }

        @Override
        public java.util.Iterator<MicroCredential> readAll(InputStream in) {
            return json.readAll(in);
        }

        @Override
        public List<Loss> write(MicroCredential credential, java.io.OutputStream out) {
            return json.write(credential, out);
        }

        @Override
        public List<Loss> writeAll(java.util.Iterator<MicroCredential> credentials, java.io.OutputStream out) {
            return json.writeAll(credentials, out);
        }
    }

    /** What a vendor writes. Not run by Surefire here (nested, static): run through the engine test kit below. */
    static class BrokenVendorContract implements CredentialCodecContract {
        @Override
        public CredentialCodec codec() {
            return new GradeDroppingCodec();
        }
    }

    static class HealthyVendorContract implements CredentialCodecContract {
        @Override
        public CredentialCodec codec() {
            return Codecs.of(Format.JSON);
        }
    }

    @Test
    void aCodecContractFailsTheTestsNamedAfterTheDroppedElement() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenVendorContract.class)).execute().testEvents();
        List<Event> failed = tests.failed().list();
        assertTrue(!failed.isEmpty());
        for (Event e : failed) {
            Throwable t = e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
            String container = e.getTestDescriptor().getParent().map(p -> p.getDisplayName()).orElse("");
            assertTrue(t.getMessage().contains("E14 grade achieved: expected "), t.getMessage());
            assertTrue(container.matches("[A-Z0-9-]+ (invalid-neset2020-missing-.*|valid-neset2020-complete|valid-e13-e14-e15-optional-elements)"), container);
        }
        Event first = failed.get(0);
        String display = first.getTestDescriptor().getDisplayName();
        assertEquals("[json] model", display);
        // formats the codec does not handle are aborted (skipped), not failed
        assertTrue(tests.aborted().count() > 0 || Codecs.installed().size() == 1);
    }

    @Test
    void aHealthyCodecPassesItsContractWithContainersNamedByRequirement() {
        var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(HealthyVendorContract.class)).execute();
        assertEquals(0, results.testEvents().failed().count());
        assertTrue(results.testEvents().succeeded().count() > 100);
        assertTrue(results.containerEvents().list().stream().map(e -> e.getTestDescriptor().getDisplayName())
                .anyMatch(n -> n.equals("E06 invalid-eu2022-missing-e06")));
    }

    @Test
    void loadingTheConfigurationFailsClearlyWhenNoneIsRegistered() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(empty);
            IllegalStateException e = assertThrows(IllegalStateException.class, ConformanceConfiguration::load);
            assertEquals("No org.microcred.testkit.contract.ConformanceConfiguration is registered: create "
                    + "src/test/resources/META-INF/services/org.microcred.testkit.contract.ConformanceConfiguration holding the "
                    + "name of your class that implements it", e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(MicrocredConfiguration.class, ConformanceConfiguration.load().getClass());
    }
}
