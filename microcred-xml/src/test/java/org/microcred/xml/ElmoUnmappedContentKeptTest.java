package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.Grade;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;

/**
 * ELMO content that gives the model nothing is kept as an extension (S08), not dropped: children of a report's
 * {@code issuer} that the model has no place for (a {@code url} that is not an absolute URI, an element ELMO 1.7 does
 * not define, an element of another namespace), which ELMO cannot write back (the writer reports each as a loss), and a {@code gradingSchemeLocalId}
 * that names no grading scheme of its report, which is written back in its place.
 */
class ElmoUnmappedContentKeptTest {
    private static final String DOC = "/org/microcred/xml/elmo/contradict/issuer-unknown-children.xml";
    private static final String SCHEME = "/org/microcred/xml/elmo/contradict/scheme-reference-unresolved.xml";

    @Test
    void keptAsExtensionsAndReportedAsLossesWhenWritten() throws IOException {
        ReadResult r = new ElmoCodec().read(resource());
        MicroCredential c = r.credential();
        assertEquals(java.util.Optional.empty(), c.awardingBodies().get(0).homepage());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().equals("issuer url 'www.example.org' is not an absolute URI: "
                + "kept as an extension")), r.warnings()::toString);
        assertEquals(List.of(new Extension(Format.ELMO, "/report/issuer/url", text("www.example.org")),
                new Extension(Format.ELMO, "/report/issuer/nickname", text("Ex")),
                new Extension(Format.ELMO, "/report/issuer/{urn:example:rank}rank", text("1"))),
                c.extensions().stream().filter(e -> e.path().startsWith("/report/issuer/")).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("'nickname' kept as an extension")), r.warnings()::toString);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("rank' of another namespace")), r.warnings()::toString);

        List<Loss> losses = new ElmoCodec().write(c, new ByteArrayOutputStream());
        assertEquals(List.of("/report/issuer/url", "/report/issuer/nickname", "/report/issuer/{urn:example:rank}rank"),
                losses.stream().filter(l -> l.element() == Element.S08).map(Loss::path).toList(), losses::toString);
    }

    @Test
    void strictReadingRefusesThem() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> new ElmoCodec().withStrict(true).read(resource()));
        assertTrue(e.getMessage().contains("nickname"), e.getMessage());
    }

    // an element with text only, as the XML mapping of ExtensionNode keeps it
    private static ExtensionNode text(String text) {
        return new ExtensionNode.Structure(List.of(new ExtensionNode.Member("#text", ExtensionNode.Scalar.ofString(text))));
    }

    @Test
    void anUnresolvedGradingSchemeReferenceIsKeptInItsPlace() throws IOException {
        ElmoCodec codec = new ElmoCodec();
        ReadResult r = codec.read(resource(SCHEME));
        MicroCredential c = r.credential();
        Grade g = c.grade().orElseThrow();
        assertEquals("B", g.value());
        assertEquals(java.util.Optional.empty(), g.schemeId());
        assertEquals(List.of(new Extension(Format.ELMO, "/gradingSchemeLocalId", text("nowhere"))), c.extensions());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("'nowhere' has no gradingScheme in its report: kept")),
                r.warnings()::toString);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), codec.write(c, out));
        String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(written.matches("(?s).*<status>passed</status>\\s*<gradingSchemeLocalId>nowhere</gradingSchemeLocalId>\\s*"
                + "<resultLabel>B</resultLabel>.*"), written);
        assertEquals(c, codec.read(new ByteArrayInputStream(out.toByteArray())).credential());
    }

    private static InputStream resource() throws IOException {
        return resource(DOC);
    }

    private static InputStream resource(String name) throws IOException {
        try (InputStream in = ElmoUnmappedContentKeptTest.class.getResourceAsStream(name)) {
            return new ByteArrayInputStream(in.readAllBytes());
        }
    }
}
