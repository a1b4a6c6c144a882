package org.microcred.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.json.internal.CodecEngine;
import org.microcred.json.internal.ElmMapping;
import org.microcred.json.internal.ElmVocabulary;
import org.microcred.json.internal.Sniffer;

/**
 * ELM v3 European Digital Credentials, JSON-LD ({@link Format#ELM}): writes the VC 1.1 envelope as EDC
 * issues it, conforming to the EDC Generic SHACL shapes when the issuer has an eIDAS legal identifier and
 * every organisation a country (as ELM requires); reads that form, the VCDM 2.0 form and the JAdES-signed
 * form (the credential is read from the payload; the signature is neither verified nor kept, and a
 * {@link org.microcred.core.format.ReadWarning} says so).
 *
 * <p>Elements without an ELM slot are written as properties of microcred's namespace
 * {@code https://w3id.org/microcred/ns/elm#} (prefix {@code mc}, declared inline in {@code @context}).
 * Unknown properties of a source document are kept (S08) and written back in place.
 *
 * <p>Immutable and thread-safe; registered with {@link java.util.ServiceLoader} as a {@link CredentialCodec}.
 *
 * @since 0.1
 */
public final class ElmCodec implements CredentialCodec {
    private final CodecEngine engine = new CodecEngine(ElmMapping.INSTANCE);

    /** Creates the codec (public for {@link java.util.ServiceLoader}). */
    public ElmCodec() {
    }

    @Override
    public Format format() {
        return Format.ELM;
    }

    /**
     * Recognises a JSON document that names the EDC context or the type {@code EuropeanDigitalCredential},
     * or a JAdES JSON signature (whose payload cannot be seen in a head).
     *
     * @param head the first bytes, not null
     * @return true if the document looks like ELM
     */
    @Override
    public boolean recognises(byte[] head) {
        String text = Sniffer.text(head);
        if (!Sniffer.looksLikeJson(text)) {
            return false;
        }
        return text.contains(ElmVocabulary.CONTEXT_EDC) || text.contains("\"EuropeanDigitalCredential\"")
                || (Sniffer.hasKey(text, "payload") && Sniffer.hasKey(text, "signatures") && text.contains("EuropeanDigitalCredential"));
    }

    @Override
    public ReadResult read(InputStream in) {
        return engine.read(in);
    }

    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        return engine.readAll(in);
    }

    @Override
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        return engine.write(credential, out);
    }

    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        return writeAll(credentials, out, JsonFraming.JSON_LINES);
    }

    /**
     * Writes credentials lazily with a chosen framing.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @param framing JSON Lines or a JSON array, not null
     * @return the losses, paths prefixed with the record index, not null
     */
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out, JsonFraming framing) {
        return engine.writeAll(credentials, out, framing == JsonFraming.JSON_ARRAY);
    }
}
