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
import org.microcred.json.internal.NativeMapping;
import org.microcred.json.internal.Sniffer;

/**
 * microcred's own JSON form of the model ({@link Format#JSON}): flat, readable, with property names that
 * mirror the model; exact decimals (5.0 stays 5.0) and date-times with their offset. Unknown properties are
 * kept as extensions (S08) and written back in place. The JSON Schema (2020-12) of the form ships in this
 * jar as {@value #SCHEMA_RESOURCE}.
 *
 * <p>Immutable and thread-safe; registered with {@link java.util.ServiceLoader} as a {@link CredentialCodec}.
 *
 * @since 0.1
 */
public final class JsonCodec implements CredentialCodec {
    /** The class-path resource of the JSON Schema of a credential in this form. */
    public static final String SCHEMA_RESOURCE = "/org/microcred/json/microcred-credential.schema.json";

    private final CodecEngine engine = new CodecEngine(NativeMapping.INSTANCE);

    /** Creates the codec (public for {@link java.util.ServiceLoader}). */
    public JsonCodec() {
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    /**
     * Recognises a JSON object with the {@code "microcred"} marker property that this codec writes first.
     *
     * @param head the first bytes, not null
     * @return true if the document is microcred JSON
     */
    @Override
    public boolean recognises(byte[] head) {
        String text = Sniffer.text(head);
        return Sniffer.looksLikeJson(text) && Sniffer.hasKey(text, NativeMapping.MARKER);
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
