package org.microcred.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The guard's bulk path (runs of plain ASCII counted at once) decides exactly as its byte-at-a-time path: the
 * same bytes pass, and the same error (invalid UTF-8, markup too long, with the same offset, line and column)
 * is raised, whatever the chunk sizes the parser asks for.
 */
class Utf8GuardProperties {
    private static final List<String> PIECES = List.of("<", ">", "a", "bc", " ", "\n", "\"", "'", "=", "<!--", "-->",
            "<![CDATA[", "]]>", "<?pi ", "?>", "</", "é", "学", "😀", "text and more text ", "<e a=\"v\">", "</e>");

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> valid = Arbitraries.of(PIECES).list().ofMaxSize(60)
                .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        // raw bytes too: invalid sequences, cut sequences, stray continuation bytes
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        return Arbitraries.oneOf(valid, valid, raw);
    }

    @Property(tries = 400)
    void bulkAndByteAtATimeAgree(@ForAll("documents") byte[] doc, @ForAll @IntRange(min = 1, max = 17) int chunk,
            @ForAll @IntRange(min = 1, max = 40) int maxMarkup) {
        assertEquals(outcome(doc, maxMarkup, 0), outcome(doc, maxMarkup, chunk));
    }

    // chunk 0: read() byte by byte; otherwise read(byte[], off, len) in chunks of that size
    private static String outcome(byte[] doc, int maxMarkup, int chunk) {
        try (InputStream in = Utf8Guard.wrap(new ByteArrayInputStream(doc), maxMarkup)) {
            StringBuilder read = new StringBuilder();
            byte[] buf = new byte[chunk + 3];
            while (true) {
                if (chunk == 0) {
                    int c = in.read();
                    if (c < 0) {
                        break;
                    }
                    read.append((char) c);
                } else {
                    int n = in.read(buf, 3, chunk);
                    if (n < 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        read.append((char) (buf[3 + i] & 0xFF));
                    }
                }
            }
            return "read " + read.length() + " bytes";
        } catch (Utf8Guard.MarkupTooLongException e) {
            return e.getMessage() + " at " + e.line() + ":" + e.column();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
