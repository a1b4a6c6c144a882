package org.microcred.json.ob3;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.json.JsonFraming;
import org.microcred.json.internal.CodecEngine;
import org.microcred.json.internal.Jackson;

/**
 * The codec of 1EdTech Open Badges 3.0: an {@code OpenBadgeCredential} whose achievement has the
 * {@code achievementType} {@code MicroCredential}.
 *
 * <p>Writes VCDM 2.0; reads VCDM 2.0 and VCDM 1.1 ({@code issuanceDate}, {@code expirationDate},
 * single values for arrays). Elements with no OB 3.0 slot are written with microcred's extension, whose
 * JSON-LD context {@code https://w3id.org/microcred/ob3/v1} and JSON Schema
 * {@code https://w3id.org/microcred/ob3/v1/schema.json} are listed in every written credential (copies are
 * in this jar, next to this class). Written documents validate against the OB 3.0 AchievementCredential schema.
 *
 * <p>Extensions (S08): whatever the reader does not map is kept, with the JSON pointer of its place in the
 * document written back ({@code /-} appends to an array); the specification's extensions have pointers
 * from the achievement, prefixed with {@code /specification}. Extensions read from another format are
 * reported as losses.
 *
 * <p>Found through {@link java.util.ServiceLoader}; use {@link org.microcred.core.format.Codecs#of(Format)}
 * rather than this class. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Ob3Codec implements CredentialCodec {
    private final CodecEngine engine = new CodecEngine(Ob3Mapping.INSTANCE);

    /** Creates the codec; called by {@link java.util.ServiceLoader}. */
    public Ob3Codec() {
    }

    /**
     * Gets {@link Format#OB3}.
     *
     * @return the format, not null
     */
    @Override
    public Format format() {
        return Format.OB3;
    }

    /**
     * Recognises an OB 3.0 credential from its {@code @context} (an OB 3.0 context and no CLR context) or its
     * {@code type} ({@code OpenBadgeCredential} or {@code AchievementCredential}, not a CLR or endorsement).
     *
     * @param head the first bytes of the document, not null
     * @return true if it looks like an OB 3.0 credential
     */
    @Override
    public boolean recognises(byte[] head) {
        Objects.requireNonNull(head, "head");
        boolean ob = false;
        try (JsonParser p = Jackson.streamFactory().createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                String name = p.currentName();
                p.nextToken();
                if ("@context".equals(name) || "type".equals(name)) {
                    boolean array = p.currentToken() == JsonToken.START_ARRAY;
                    for (JsonToken v = array ? p.nextToken() : p.currentToken(); v != null && v != JsonToken.END_ARRAY;
                            v = array ? p.nextToken() : null) {
                        if (v != JsonToken.VALUE_STRING) {
                            p.skipChildren();
                            continue;
                        }
                        String text = p.getText();
                        if (text.startsWith(Ob3Terms.CLR_CONTEXT_PREFIX) || Ob3Terms.NOT_OB.contains(text)) {
                            return false;
                        }
                        ob |= text.startsWith(Ob3Terms.OB_CONTEXT_PREFIX) || text.equals(Ob3Terms.OPEN_BADGE_CREDENTIAL)
                                || text.equals(Ob3Terms.ACHIEVEMENT_CREDENTIAL);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // the head is usually cut in the middle of the document: judge by what was seen
        }
        return ob;
    }

    /**
     * Reads one OB 3.0 credential.
     *
     * @param in the document, not null, not closed
     * @return the credential and warnings, not null
     * @throws CredentialFormatException if the input is not a readable OB 3.0 credential
     */
    @Override
    public ReadResult read(InputStream in) {
        return engine.read(in);
    }

    /**
     * Reads credentials lazily from a JSON array of credentials or from JSON Lines.
     *
     * @param in the input, not null, not closed
     * @return the credentials, read as the iterator advances, not null
     */
    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        return engine.readAll(in);
    }

    /**
     * Writes one credential as a pretty-printed OB 3.0 document.
     *
     * @param credential the credential, not null
     * @param out the output, not null, not closed
     * @return what OB 3.0 cannot carry, not null
     */
    @Override
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        return engine.write(credential, out);
    }

    /**
     * Writes credentials as JSON Lines, one OB 3.0 document per line, consuming the iterator lazily.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @return what OB 3.0 cannot carry, over all credentials, paths prefixed with the record index, not null
     */
    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        return writeAll(credentials, out, JsonFraming.JSON_LINES);
    }

    /**
     * Writes credentials lazily with a chosen framing, as {@link org.microcred.json.JsonCodec} and
     * {@link org.microcred.json.ElmCodec} do.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @param framing JSON Lines or a JSON array, not null
     * @return what OB 3.0 cannot carry, over all credentials, paths prefixed with the record index, not null
     */
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out, JsonFraming framing) {
        return engine.writeAll(credentials, out, framing == JsonFraming.JSON_ARRAY);
    }
}
