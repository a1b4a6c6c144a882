package org.microcred.json.ob3;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;

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
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(Ob3Writer.NODES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

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
        try (JsonParser p = JsonInput.FACTORY.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                String name = p.currentName();
                p.nextToken();
                if ("@context".equals(name) || "type".equals(name)) {
                    for (String v : strings(p)) {
                        if (v.startsWith(Ob3Terms.CLR_CONTEXT_PREFIX) || Ob3Terms.NOT_OB.contains(v)) {
                            return false;
                        }
                        ob |= v.startsWith(Ob3Terms.OB_CONTEXT_PREFIX) || v.equals(Ob3Terms.OPEN_BADGE_CREDENTIAL)
                                || v.equals(Ob3Terms.ACHIEVEMENT_CREDENTIAL);
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

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            out.add(p.getText());
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
        return out;
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
        Objects.requireNonNull(in, "in");
        JsonInput.Located doc = JsonInput.readDocument(in);
        return map(doc, "");
    }

    private static ReadResult map(JsonInput.Located doc, String base) {
        Source source = new Source(doc.root(), doc::position, base);
        try {
            return Ob3Reader.read(source);
        } catch (CredentialFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // a model constructor refusing a combination the reader did not foresee: still a typed error
            throw new MalformedDocumentException(Format.OB3, Location.of(base, 0, 0), null, null,
                    "cannot map the credential (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads credentials lazily from a JSON array of credentials or from JSON Lines.
     *
     * @param in the input, not null, not closed
     * @return the credentials, read as the iterator advances, not null
     */
    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new Iterator<>() {
            private JsonParser parser;
            private boolean array;
            private boolean done;
            private int index;
            private MicroCredential next;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    advance();
                }
                return next != null;
            }

            @Override
            public MicroCredential next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MicroCredential c = next;
                next = null;
                return c;
            }

            private void advance() {
                String base = "/" + index;
                try {
                    if (parser == null) {
                        parser = JsonInput.FACTORY.createParser(in);
                        JsonToken first = parser.nextToken();
                        array = first == JsonToken.START_ARRAY;
                        if (first == null) {
                            done = true;
                            return;
                        }
                    }
                    JsonToken t = array ? parser.nextToken() : index == 0 ? parser.currentToken() : parser.nextToken();
                    if (t == null || (array && t == JsonToken.END_ARRAY)) {
                        done = true;
                        return;
                    }
                    JsonInput.Located doc = JsonInput.readValue(parser);
                    index++;
                    next = map(doc, base).credential();
                } catch (IOException e) {
                    done = true;
                    throw JsonInput.translate(e, base);
                } catch (CredentialFormatException e) {
                    done = true;
                    throw e;
                }
            }
        };
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
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(out, "out");
        List<Loss> losses = new ArrayList<>();
        ObjectNode doc = document(credential, losses);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            MAPPER.writeTree(g, doc);
        } catch (IOException e) {
            throw new CredentialFormatException(Format.OB3, Location.UNKNOWN, null, null,
                    "cannot write the document (" + e.getMessage() + ")", e);
        }
        return losses;
    }

    /**
     * Writes credentials as JSON Lines, one OB 3.0 document per line, consuming the iterator lazily.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @return what OB 3.0 cannot carry, over all credentials, not null
     */
    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(out, "out");
        List<Loss> losses = new ArrayList<>();
        try {
            while (credentials.hasNext()) {
                out.write(MAPPER.writeValueAsBytes(document(credentials.next(), losses)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new CredentialFormatException(Format.OB3, Location.UNKNOWN, null, null,
                    "cannot write the documents (" + e.getMessage() + ")", e);
        }
        return losses;
    }

    private static ObjectNode document(MicroCredential credential, List<Loss> losses) {
        ObjectNode doc = Ob3Writer.write(credential);
        Trees.place(doc, credential.extensions(), credential.specification().extensions(), losses);
        return doc;
    }
}
