package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A large batch streams in bounded memory: 100,000 credentials are written as JSON Lines and read back
 * lazily in a separate JVM whose heap is 64 MB, far too small to hold the batch (about 250 MB of JSON).
 */
class StreamingTest {

    private static String testClassPath() {
        // surefire runs the tests through a manifest-only jar; it publishes the real class path here
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String run(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", testClassPath(), StreamingMain.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        boolean done = p.waitFor(150, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, "timed out: " + output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    @Test
    void hundredThousandRecordsInA64MbHeap() throws Exception {
        String output = run("100000", "lines");
        assertTrue(output.contains("streamed 100000"), output);
        System.out.println(output.trim());
    }
}
