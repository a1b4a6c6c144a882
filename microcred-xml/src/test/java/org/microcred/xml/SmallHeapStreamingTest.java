package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tens of thousands of credentials are written and read back through a pipe in a JVM with a 64 MiB heap:
 * the ELMO document (one learner, tens of thousands of courses) and the stream of native XML credentials
 * are each larger than the heap, so only bounded-memory streaming can pass.
 */
class SmallHeapStreamingTest {
    private static final int COUNT = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"elmo", "xml"})
    void streamsInBoundedMemory(String format) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath,
                SmallHeapMain.class.getName(), format, Integer.toString(COUNT))).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), "timed out");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        String[] lines = text.strip().split("\n");
        String[] ok = lines[lines.length - 1].split(" ");
        assertEquals(5, ok.length, text);
        assertEquals("OK", ok[0], text);
        assertEquals(format, ok[1]);
        assertEquals(COUNT, Integer.parseInt(ok[2]));
        long bytes = Long.parseLong(ok[3]);
        long heap = Long.parseLong(ok[4]);
        assertTrue(heap <= 80L * 1024 * 1024, "heap was not small: " + heap);
        assertTrue(bytes > heap, "the document (" + bytes + " bytes) should be larger than the heap (" + heap + ")");
    }
}
