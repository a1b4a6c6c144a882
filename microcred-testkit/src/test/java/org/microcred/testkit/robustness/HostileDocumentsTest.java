package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;

/**
 * Hostile documents, each refused with the exact exception type, a message that names the problem (with
 * line:column for text input), within a wall-time bound and a 512 MB heap; nothing is fetched from disk or
 * network (a loopback listener records any connection; the content of a local file must appear nowhere).
 *
 * <p>JSON cases run on json, elm and ob3; XML cases on xml and elmo; the rest on all five. A case that hits
 * a {@linkplain KnownCodecBug known codec bug} is skipped (aborted, visibly) for the affected formats only.
 */
class HostileDocumentsTest {
    private static final String MARK = Base.MARK;
    private static final Duration QUICK = Duration.ofSeconds(10);
    /** 100 MB through a parser takes 1 to 3 s here; the bound leaves room for a loaded CI machine. */
    private static final Duration HUGE = Duration.ofSeconds(60);
    private static final long HUNDRED_MB = 100L * 1000 * 1000;
    private static final int DEEP = 100_000;

    private static Guard guard;

    @TempDir
    Path dir;
    private Path secretFile;
    private String secret;
    private Loopback loopback;

    @BeforeAll
    static void start() {
        Base.assertBoundedHeap();
        guard = new Guard();
    }

    @AfterAll
    static void stop() {
        guard.close();
    }

    @BeforeEach
    void listen() throws IOException {
        secret = "TOP-SECRET-7f3a9c2e";
        secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);
        loopback = new Loopback("<!ENTITY leak '" + secret + "'>{\"@context\":{\"leak\":\"" + secret + "\"}}");
    }

    @AfterEach
    void noConnection() throws IOException {
        loopback.close();
        assertEquals(0, loopback.connections(), "the loopback listener was contacted");
    }

    static Stream<Format> jsonFormats() {
        return Stream.of(Format.JSON, Format.ELM, Format.OB3);
    }

    static Stream<Format> xmlFormats() {
        return Stream.of(Format.XML, Format.ELMO);
    }

    // ---------------------------------------------------------------------------------------------- all formats

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void emptyDocumentIsRefused(Format format) {
        MalformedDocumentException e = refused(format, new byte[0], QUICK, MalformedDocumentException.class);
        assertMessage(e, "empty|premature end");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void whitespaceOnlyDocumentIsRefused(Format format) {
        MalformedDocumentException e = refused(format, bytes(" \n\t\r\n  \n"), QUICK, MalformedDocumentException.class);
        assertMessage(e, "empty|premature end");
        assertLocated(e);
    }

    static Stream<Arguments> wrongFormats() {
        List<Arguments> pairs = new ArrayList<>();
        for (Format reader : Format.values()) {
            for (Format writer : Format.values()) {
                if (reader != writer) {
                    pairs.add(Arguments.of(reader, writer));
                }
            }
        }
        return pairs.stream();
    }

    /**
     * A valid document of another format is not a document of this one: MalformedDocumentException, except
     * that a verifiable credential of the other kind (ELM for the ob3 codec, OB 3.0 for the elm codec) is
     * clearly unsupported content.
     */
    @ParameterizedTest(name = "{1} read as {0}")
    @MethodSource("wrongFormats")
    void documentOfAnotherFormatIsRefused(Format reader, Format writer) {
        assumeTrue(Documents.installed(writer), () -> "no " + writer.id() + " codec installed yet");
        boolean otherCredentialKind = (reader == Format.OB3 && writer == Format.ELM) || (reader == Format.ELM && writer == Format.OB3);
        Class<? extends CredentialFormatException> expected = otherCredentialKind ? UnsupportedContentException.class
                : MalformedDocumentException.class;
        CredentialFormatException e = refused(reader, document(writer), QUICK, expected);
        assertMessage(e, "not (a|an) |root element|not well-formed|prolog");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void fiveThousandDigitNumberIsRefused(Format format) {
        for (String number : List.of("9".repeat(5_000), "1." + "5".repeat(5_000))) {
            MalformedDocumentException e = refused(format, withNumber(format, number), QUICK, MalformedDocumentException.class);
            assertMessage(e, "number|digit");
            assertFalse(e.getMessage().contains("9".repeat(300)), "the message shows 5,000 digits: " + e.getMessage());
                assertLocated(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void hugeDecimalExponentIsRefused(Format format) {
        for (String number : List.of("1e999999999", "1E-999999999")) {
            MalformedDocumentException e = refused(format, withNumber(format, number), QUICK, MalformedDocumentException.class);
            assertMessage(e, "number|exponent|scale");
            assertLocated(e);
        }
    }

    static Stream<Arguments> invalidUtf8() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] sequences = {
            {"lone continuation byte 80", new byte[] {(byte) 0x80}},
            {"byte FF", new byte[] {(byte) 0xFF}},
            {"truncated 2-byte sequence C3 28", new byte[] {(byte) 0xC3, '('}},
            {"overlong '/' C0 AF", new byte[] {(byte) 0xC0, (byte) 0xAF}},
            {"overlong 3-byte '/' E0 80 AF", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}},
            {"UTF-8-encoded surrogate ED A0 80", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}},
            {"code point above U+10FFFF F4 90 80 80", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}},
        };
        for (Format f : Format.values()) {
            for (Object[] s : sequences) {
                cases.add(Arguments.of(f, s[0], s[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRefused(Format format, String name, byte[] sequence) {
        byte[] doc = replaceMark(document(format), sequence);
        MalformedDocumentException e = refused(format, doc, QUICK, MalformedDocumentException.class);
        assertMessage(e, "UTF-8|byte|encoding");
        assertLocated(e);
    }

    /**
     * UTF-16 with a byte order mark. XML: legal, and reads to the same credential as UTF-8. JSON: RFC 8259
     * requires UTF-8 between systems but lets a parser ignore a BOM; microcred's JSON codecs detect UTF-16 and
     * UTF-8 with BOM (as Jackson does) and read the same credential. Either way nothing is garbled.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void utf16WithByteOrderMarkReadsTheSameCredential(Format format) {
        byte[] utf8 = document(format);
        MicroCredential expected = read(format, utf8);
        String text = new String(utf8, StandardCharsets.UTF_8);
        boolean xml = format == Format.XML || format == Format.ELMO;
        String declared = xml ? text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"") : text;
        String undeclared = xml ? text.replaceFirst("<\\?xml[^>]*\\?>", "") : text;
        Map<String, byte[]> variants = new java.util.LinkedHashMap<>();
        variants.put("UTF-16BE with BOM", Mutator.concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, declared.getBytes(StandardCharsets.UTF_16BE)));
        variants.put("UTF-16LE with BOM", Mutator.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, declared.getBytes(StandardCharsets.UTF_16LE)));
        variants.put("UTF-16BE with BOM, no declaration", Mutator.concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                undeclared.getBytes(StandardCharsets.UTF_16BE)));
        variants.put("UTF-8 with BOM", Mutator.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
        for (Map.Entry<String, byte[]> v : variants.entrySet()) {
            assertEquals(expected, read(format, v.getValue()), v.getKey());
        }
    }

    // --------------------------------------------------------------------------------------------- JSON formats

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void hundredThousandDeepArraysAreRefused(Format format) {
        MalformedDocumentException e = refused(format, HugeInput.nested("", "[", "", "]", DEEP, ""), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "nesting|depth");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void hundredThousandDeepObjectsAreRefused(Format format) {
        MalformedDocumentException e = refused(format, HugeInput.nested("", "{\"a\":", "1", "}", DEEP, ""), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "nesting|depth");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void hundredThousandDeepValueInsideACredentialIsRefused(Format format) {
        String[] parts = split(format, "\"" + MARK + "\"");
        MalformedDocumentException e = refused(format, HugeInput.nested(parts[0], "[", "", "]", DEEP, parts[1]), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "nesting|depth");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void hundredMegabyteStringIsRefused(Format format) {
        String[] parts = split(format, MARK);
        MalformedDocumentException e = refused(format, HugeInput.of(parts[0], (byte) 'a', HUNDRED_MB, parts[1]), HUGE,
                MalformedDocumentException.class);
        assertMessage(e, "string|length|limit");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void hundredMegabyteDocumentIsRefused(Format format) {
        String doc = new String(document(format), StandardCharsets.UTF_8);
        MalformedDocumentException e = refused(format, HugeInput.of("", (byte) ' ', HUNDRED_MB, doc), HUGE,
                MalformedDocumentException.class);
        assertMessage(e, "length|size|limit");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void escapedLoneSurrogateIsRefused(Format format) {
        for (String escape : List.of("\\ud800", "x\\udc00", "\\ud800\\u0041")) {
            MalformedDocumentException e = refused(format, replaceMark(document(format), bytes(escape)), QUICK,
                    MalformedDocumentException.class);
            assertMessage(e, "surrogate");
            assertLocated(e);
        }
    }

    /** JSON-LD contexts are never fetched: a context on the loopback listener is either refused or kept as data. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFormats")
    void remoteJsonLdContextIsNeverFetched(Format format) {
        assumeTrue(Documents.installed(format), () -> "no " + format.id() + " codec installed yet");
        String doc = new String(document(format), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"@context\"\\s*:\\s*\\[").matcher(doc);
        String hostile = m.find() ? doc.substring(0, m.end()) + "\"" + loopback.url("/context.jsonld") + "\"," + doc.substring(m.end())
                : doc.replaceFirst("\\{", "{\"@context\":\"" + loopback.url("/context.jsonld") + "\",");
        Guard.Outcome<CredentialCodec.ReadResult> o = guard.run(
                () -> Codecs.of(format).read(new ByteArrayInputStream(bytes(hostile))), QUICK);
        assertFalse(o.brokeContract(), () -> "read broke the contract: " + o);
        if (o.returned()) {
            assertFalse(o.value().credential().toString().contains(secret), "the remote context's content was used");
        } else {
            assertNoSecret(o.thrown());
        }
    }

    // ---------------------------------------------------------------------------------------------- XML formats

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void externalEntityToALocalFileIsRefusedUnread(Format format) {
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>";
        MalformedDocumentException e = refused(format, bytes(withDoctype(format, doctype, "&xxe;")), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "DOCTYPE|DTD|entit");
        assertLocated(e);
        assertNoSecret(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void externalEntityToAUrlIsRefusedUncontacted(Format format) {
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + loopback.url("/entity") + "\">]>";
        MalformedDocumentException e = refused(format, bytes(withDoctype(format, doctype, "&xxe;")), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "DOCTYPE|DTD|entit");
        assertLocated(e);
        assertNoSecret(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void externalDtdIsRefusedUncontacted(Format format) {
        for (String doctype : List.of("<!DOCTYPE x SYSTEM \"" + loopback.url("/evil.dtd") + "\">",
                "<!DOCTYPE x PUBLIC \"-//X//Y//EN\" \"" + loopback.url("/public.dtd") + "\">",
                "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + loopback.url("/param.dtd") + "\"> %p;]>")) {
            MalformedDocumentException e = refused(format, bytes(withDoctype(format, doctype, "&leak;")), QUICK,
                    MalformedDocumentException.class);
            assertMessage(e, "DOCTYPE|DTD|entit");
            assertLocated(e);
            assertNoSecret(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void billionLaughsIsRefusedFast(Format format) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        MalformedDocumentException e = refused(format, bytes(withDoctype(format, dtd.toString(), "&lol9;")), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "DOCTYPE|DTD|entit");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void quadraticBlowUpIsRefusedFast(Format format) {
        String dtd = "<!DOCTYPE x [<!ENTITY a \"" + "x".repeat(100_000) + "\">]>";
        MalformedDocumentException e = refused(format, bytes(withDoctype(format, dtd, "&a;".repeat(50_000))), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "DOCTYPE|DTD|entit");
        assertLocated(e);
        assertTrue(e.getMessage().length() < 2_000, "the message repeats the DTD: " + e.getMessage().length() + " characters");
    }

    /** XInclude is never processed: in a text-only element it is refused; where extensions go it is kept as inert data. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void xincludeIsNeverProcessed(Format format) {
        String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretFile.toUri()
                + "\" parse=\"text\"/><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                + loopback.url("/include.xml") + "\"/>";
        MalformedDocumentException e = refused(format, replaceMark(document(format), bytes(include)), QUICK,
                MalformedDocumentException.class);
        assertMessage(e, "text only|XInclude|include");
        assertLocated(e);
        assertNoSecret(e);

        String doc = new String(document(format), StandardCharsets.UTF_8);
        int end = doc.lastIndexOf("</");
        byte[] atExtension = bytes(doc.substring(0, end) + include + doc.substring(end));
        Guard.Outcome<CredentialCodec.ReadResult> o = guard.run(
                () -> Codecs.of(format).read(new ByteArrayInputStream(atExtension)), QUICK);
        assertTrue(o.returned(), () -> "an XInclude where extensions are allowed is kept as data: " + o);
        String read = o.value().credential().toString();
        assertFalse(read.contains(secret), "the included file was read");
        assertTrue(read.contains(secretFile.toUri().toString()), "the XInclude is kept as it was, unresolved: " + read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void hundredThousandDeepElementsAreRefused(Format format) {
        String doc = new String(document(format), StandardCharsets.UTF_8);
        int end = doc.lastIndexOf("</");
        // in a foreign namespace, where both formats keep unknown elements as extensions (S08)
        MalformedDocumentException e = refused(format, HugeInput.nested(doc.substring(0, end) + "<a xmlns=\"urn:deep\">", "<a>",
                "x", "</a>", DEEP, "</a>" + doc.substring(end)), QUICK, MalformedDocumentException.class);
        assertMessage(e, "depth|deep|nest");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void hundredMegabyteTextIsRefused(Format format) {
        String[] parts = split(format, MARK);
        MalformedDocumentException e = refused(format, HugeInput.of(parts[0], (byte) 'a', HUNDRED_MB, parts[1]), HUGE,
                MalformedDocumentException.class);
        assertMessage(e, "longer than|length|limit|size");
        assertLocated(e);
    }

    static Stream<Arguments> hugeMarkup() {
        List<Arguments> cases = new ArrayList<>();
        for (Format f : List.of(Format.XML, Format.ELMO)) {
            cases.add(Arguments.of(f, "attribute value", " a=\"", "\""));
            cases.add(Arguments.of(f, "comment", "><!--", "--"));
            cases.add(Arguments.of(f, "CDATA section", "><![CDATA[", "]]"));
            cases.add(Arguments.of(f, "processing instruction", "><?pi ", "?"));
        }
        return cases.stream();
    }

    /** 100 MB of markup that no element limit covers: the reader refuses it rather than buffer it whole. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hugeMarkup")
    void hundredMegabyteMarkupIsRefused(Format format, String what, String open, String close) {
        // inside the learner's family name start tag: <familyName a="...">, <familyName><!--...-->, ...
        String doc = new String(document(format), StandardCharsets.UTF_8);
        int at = doc.indexOf(MARK) - 1;
        String prefix = doc.substring(0, at) + open;
        String suffix = close + ">" + doc.substring(at + 1);
        MalformedDocumentException e = refused(format, HugeInput.of(prefix, (byte) 'v', HUNDRED_MB, suffix), HUGE,
                MalformedDocumentException.class);
        assertMessage(e, "longer than|length|limit|size");
        assertLocated(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFormats")
    void loneSurrogateCharacterReferenceIsRefused(Format format) {
        for (String reference : List.of("&#xD800;", "&#55296;", "&#xDFFF;x")) {
            MalformedDocumentException e = refused(format, replaceMark(document(format), bytes(reference)), QUICK,
                    MalformedDocumentException.class);
            assertMessage(e, "invalid XML character|character reference");
            assertLocated(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static CredentialCodec codec(Format format) {
        return Base.codec(format);
    }

    private static byte[] document(Format format) {
        return Base.document(format);
    }

    private static MicroCredential read(Format format, byte[] doc) {
        CredentialCodec codec = codec(format);
        Guard.Outcome<CredentialCodec.ReadResult> o = guard.run(() -> codec.read(new ByteArrayInputStream(doc)), QUICK);
        if (!o.returned()) {
            fail(format.id() + " did not read the document: " + o, o.thrown());
        }
        return o.value().credential();
    }

    private static <E extends CredentialFormatException> E refused(Format format, byte[] doc, Duration limit, Class<E> type) {
        return refused(format, new ByteArrayInputStream(doc), limit, type);
    }

    /** Reads with a time limit and checks that exactly the given exception type was thrown. */
    private static <E extends CredentialFormatException> E refused(Format format, InputStream doc, Duration limit, Class<E> type) {
        CredentialCodec codec = codec(format);
        Guard.Outcome<CredentialCodec.ReadResult> o = guard.run(() -> codec.read(doc), limit);
        if (o.timedOut()) {
            fail(format.id() + ": no answer within " + limit.toSeconds() + " s");
        }
        if (o.returned()) {
            fail(format.id() + ": the hostile document was read, expected " + type.getSimpleName() + "; read "
                    + CredentialFormatException.abbreviate(o.value().credential().toString()));
        }
        if (o.thrown().getClass() != type) {
            fail(format.id() + ": expected " + type.getSimpleName() + ", got " + o.thrown(), o.thrown());
        }
        assertTrue(o.time().compareTo(limit) < 0);
        assertSame(format, ((CredentialFormatException) o.thrown()).format(), "the exception names the format");
        return type.cast(o.thrown());
    }

    private static void assertMessage(CredentialFormatException e, String problem) {
        assertTrue(Pattern.compile(problem, Pattern.CASE_INSENSITIVE).matcher(e.getMessage()).find(),
                () -> "the message does not name the problem (" + problem + "): " + e.getMessage());
        assertTrue(e.getMessage().length() < 2_000, () -> "the message is " + e.getMessage().length() + " characters long");
    }

    private static void assertLocated(CredentialFormatException e) {
        assertTrue(e.location().line() > 0 && e.location().column() > 0,
                () -> "no line:column for text input (" + e.location() + "): " + e.getMessage());
    }

    private void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Throwable shown = t;
            assertFalse(String.valueOf(t.getMessage()).contains(secret), () -> "the secret leaked into " + shown);
            if (t instanceof CredentialFormatException c) {
                assertFalse(c.offendingValue().orElse("").contains(secret), "the secret leaked into the offending value");
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String[] split(Format format, String what) {
        return Base.split(format, what);
    }

    private static byte[] replaceMark(byte[] doc, byte[] with) {
        return Base.replaceMark(doc, with);
    }

    private static byte[] withNumber(Format format, String number) {
        return Base.withNumber(format, number);
    }

    /** The base document with a DOCTYPE after its XML declaration and a reference in place of the learner's family name. */
    private static String withDoctype(Format format, String doctype, String reference) {
        String doc = new String(document(format), StandardCharsets.UTF_8).replace(MARK, reference);
        int start = doc.startsWith("<?xml") ? doc.indexOf("?>") + 2 : 0;
        return doc.substring(0, start) + "\n" + doctype + "\n" + doc.substring(start);
    }
}
