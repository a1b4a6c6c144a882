package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Hostile documents are refused fast with a clear {@link MalformedDocumentException}, and nothing is read
 * from disk or network: an XXE to a temporary file must not leak the file's content, and a URL on a local
 * HTTP server must never be contacted.
 */
class HostileInputTest {
    private static final String SECRET = "TOP-SECRET-" + System.nanoTime();

    @TempDir
    Path dir;
    private Path secretFile;
    private ServerSocket server;
    private final AtomicInteger hits = new AtomicInteger();
    private String url;

    static Stream<CredentialCodec> codecs() {
        return Stream.of(new XmlCodec(), new ElmoCodec());
    }

    @BeforeEach
    void setUp() throws Exception {
        secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
        // A bare listener that counts connections and answers any request with a hostile DTD.
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    hits.incrementAndGet();
                    byte[] body = ("<!ENTITY leak '" + SECRET + "'>").getBytes(StandardCharsets.UTF_8);
                    s.getOutputStream().write(("HTTP/1.0 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().write(body);
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
    }

    @AfterEach
    void tearDown() throws java.io.IOException {
        server.close();
    }

    private static String root(CredentialCodec codec) {
        return codec instanceof XmlCodec ? "credential xmlns=\"https://w3id.org/microcred/xml/v1\""
                : "elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"";
    }

    private static String end(CredentialCodec codec) {
        return codec instanceof XmlCodec ? "credential" : "elmo";
    }

    private MalformedDocumentException refused(CredentialCodec codec, String doc) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(MalformedDocumentException.class, () -> {
            Iterator<MicroCredential> it = codec.readAll(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
            while (it.hasNext()) {
                it.next();
            }
        }));
    }

    private void assertNoLeak(MalformedDocumentException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "secret leaked into " + t);
        }
        assertTrue(e.getMessage().contains("DOCTYPE") || e.getMessage().contains("entit"), e.getMessage());
        assertTrue(e.location().line() > 0, "line:column given: " + e.location());
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void xxeToAFileIsRefusedWithoutReadingIt(CredentialCodec codec) {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n<"
                + root(codec) + "><id>&xxe;</id></" + end(codec) + ">";
        assertNoLeak(refused(codec, doc));
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void externalDtdUrlIsNeverContacted(CredentialCodec codec) {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"" + url + "\">\n<" + root(codec) + "><id>&leak;</id></"
                + end(codec) + ">";
        assertNoLeak(refused(codec, doc));
        String param = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n<" + root(codec)
                + "/>";
        assertNoLeak(refused(codec, param));
        String xxeUrl = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url + "\">]>\n<" + root(codec)
                + ">&e;</" + end(codec) + ">";
        assertNoLeak(refused(codec, xxeUrl));
        assertTrue(hits.get() == 0, "the URL was contacted " + hits.get() + " times");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void billionLaughsIsRefusedFast(CredentialCodec codec) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        assertNoLeak(refused(codec, dtd + "\n<" + root(codec) + "><id>&lol9;</id></" + end(codec) + ">"));
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void quadraticBlowUpIsRefusedFast(CredentialCodec codec) {
        String big = "x".repeat(100_000);
        String refs = "&a;".repeat(20_000);
        assertNoLeak(refused(codec, "<!DOCTYPE r [<!ENTITY a \"" + big + "\">]>\n<" + root(codec) + "><id>" + refs
                + "</id></" + end(codec) + ">"));
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void xincludeIsKeptAsAnElementAndNeverFollowed(CredentialCodec codec) {
        String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretFile.toUri()
                + "\" parse=\"text\"/>";
        String doc = codec instanceof XmlCodec
                ? "<credential xmlns=\"https://w3id.org/microcred/xml/v1\"><specification/>" + include + "</credential>"
                : "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"><generatedDate>2025-01-01T00:00:00Z"
                + "</generatedDate><learner><givenNames>A</givenNames><familyName>B</familyName></learner><report><issuer>"
                + "<identifier type=\"schac\">x.eu</identifier><title>X</title><url/></issuer>"
                + "<learningOpportunitySpecification><title>T</title><specifies><learningOpportunityInstance>"
                + "<extension>" + include + "</extension></learningOpportunityInstance></specifies>"
                + "</learningOpportunitySpecification><issueDate>2025-01-01T00:00:00Z</issueDate></report></elmo>";
        MicroCredential c = codec.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).credential();
        assertEquals(1, c.extensions().size(), c.extensions().toString());
        assertEquals("/{http://www.w3.org/2001/XInclude}include", c.extensions().get(0).path());
        assertTrue(c.extensions().get(0).value().toString().contains(secretFile.toUri().toString()));
        assertFalse(c.toString().contains(SECRET), "the included file was read");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void deepNestingIsRefusedAtTheLimit(CredentialCodec codec) {
        String open = "<x:a xmlns:x=\"urn:x\">".repeat(5_000);
        String close = "</x:a>".repeat(5_000);
        MalformedDocumentException e = refused(codec, "<" + root(codec) + ">" + open + close + "</" + end(codec) + ">");
        assertTrue(e.getMessage().contains("deeper than the limit") || e.getMessage().contains("maxElementDepth"),
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void tooManyAttributesAreRefused(CredentialCodec codec) {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            attrs.append(" a").append(i).append("=\"v\"");
        }
        MalformedDocumentException e = refused(codec, "<" + root(codec) + "><x:a xmlns:x=\"urn:x\"" + attrs + "/></"
                + end(codec) + ">");
        assertTrue(e.getMessage().contains("attribute"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void textBeyondTheLimitIsRefused(CredentialCodec codec) {
        CredentialCodec limited = codec instanceof XmlCodec x ? x.withLimits(new ReadLimits(50, 10, 1_000))
                : ((ElmoCodec) codec).withLimits(new ReadLimits(50, 10, 1_000));
        MalformedDocumentException e = refused(limited, "<" + root(codec) + "><x:a xmlns:x=\"urn:x\">" + "y".repeat(5_000)
                + "</x:a></" + end(codec) + ">");
        assertTrue(e.getMessage().contains("limit of 1000 characters"), e.getMessage());
    }
}
