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
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Children of an ELMO report's {@code issuer} that the model has no place for (an element ELMO 1.7 does not define,
 * an element of another namespace) are kept as extensions (S08) of the report's credentials, not dropped; ELMO
 * has no place to write them back, so the writer reports each as a loss.
 */
class ElmoIssuerChildrenKeptTest {
    private static final String DOC = "/org/microcred/xml/elmo/contradict/issuer-unknown-children.xml";

    @Test
    void keptAsExtensionsAndReportedAsLossesWhenWritten() throws IOException {
        ReadResult r = new ElmoCodec().read(resource());
        MicroCredential c = r.credential();
        assertEquals(List.of(new Extension(Format.ELMO, "/report/issuer/nickname", text("Ex")),
                new Extension(Format.ELMO, "/report/issuer/{urn:example:rank}rank", text("1"))),
                c.extensions().stream().filter(e -> e.path().startsWith("/report/issuer/")).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("'nickname' kept as an extension")), r.warnings()::toString);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("rank' of another namespace")), r.warnings()::toString);

        List<Loss> losses = new ElmoCodec().write(c, new ByteArrayOutputStream());
        assertEquals(List.of("/report/issuer/nickname", "/report/issuer/{urn:example:rank}rank"),
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

    private static InputStream resource() throws IOException {
        try (InputStream in = ElmoIssuerChildrenKeptTest.class.getResourceAsStream(DOC)) {
            return new ByteArrayInputStream(in.readAllBytes());
        }
    }
}
