package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
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
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Everything a JSON codec does apart from the mapping itself: hardened parsing, located trees, error
 * translation, lazy streaming of JSON arrays and JSON Lines, writing. Immutable and thread-safe.
 */
public final class CodecEngine {
    private final TreeMapping mapping;

    /**
     * Creates an engine.
     *
     * @param mapping the format's mapping, not null
     */
    public CodecEngine(TreeMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Gets the format.
     *
     * @return the format, not null
     */
    public Format format() {
        return mapping.format();
    }

    /**
     * Reads exactly one credential.
     *
     * @param in the input, not null, not closed
     * @return the result, not null
     * @throws CredentialFormatException if the input is not one well-formed credential of the format
     */
    public ReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        JsonParser p = null;
        try {
            p = Jackson.documentFactory().createParser(new StrictUtf8InputStream(in));
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new MalformedDocumentException(format(), Location.of("", 1, 1), null, null, "empty document", null);
            }
            LocatedTree tree = LocatedTree.read(p, "", true);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new MalformedDocumentException(format(), Location.of("", p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr()), null, trailing.asString(),
                        "trailing content after the credential (expected one JSON value)", null);
            }
            return decode(tree);
        } catch (IOException | RuntimeException e) {
            throw JsonErrors.reading(format(), e, mapping::elementAt, p);
        } finally {
            close(p);
        }
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // the parser does not own the stream; nothing of value can fail here
            }
        }
    }

    /**
     * Maps an already parsed tree (used by the Jackson module's deserializers).
     *
     * @param tree the record, not null
     * @return the result, not null
     */
    public ReadResult decode(LocatedTree tree) {
        try {
            LocatedTree unwrapped = mapping.unwrap(tree);
            ReadContext ctx = new ReadContext(format(), unwrapped, mapping.setsAsArrays(), mapping::elementAt);
            MicroCredential c = mapping.read(ObjectIn.root(ctx));
            return new ReadResult(c, ctx.warnings());
        } catch (IOException | RuntimeException e) {
            throw JsonErrors.reading(format(), e, mapping::elementAt);
        }
    }

    /**
     * Reads a JSON array of credentials or a stream of JSON values (JSON Lines), lazily.
     *
     * @param in the input, not null, not closed
     * @return the iterator, not null
     */
    public Iterator<MicroCredential> readAll(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new Records(in);
    }

    /**
     * Maps a credential to its tree.
     *
     * @param credential the credential, not null
     * @param losses where losses go, not null
     * @return the tree, not null
     */
    public ObjectNode encode(MicroCredential credential, List<Loss> losses) {
        Objects.requireNonNull(credential, "credential");
        try {
            return mapping.write(credential, losses);
        } catch (RuntimeException e) {
            throw JsonErrors.writing(format(), e);
        }
    }

    /**
     * Writes one credential, pretty-printed.
     *
     * @param credential the credential, not null
     * @param out the output, not null, not closed
     * @return the losses, not null
     */
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        Objects.requireNonNull(out, "out");
        List<Loss> losses = new ArrayList<>();
        ObjectNode tree = encode(credential, losses);
        try (JsonGenerator g = Jackson.mapper().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            Jackson.mapper().writeTree(g, tree);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw JsonErrors.writing(format(), e);
        }
        return List.copyOf(losses);
    }

    /**
     * Writes credentials lazily, one compact JSON value per line (JSON Lines) or as one JSON array.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @param array true for a JSON array, false for JSON Lines
     * @return the losses over all credentials, each path prefixed with the record's index, not null
     */
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out, boolean array) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(out, "out");
        List<Loss> all = new ArrayList<>();
        try (JsonGenerator g = Jackson.mapper().createGenerator(out)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(array ? "" : "\n"));
            if (array) {
                g.writeStartArray();
            }
            int index = 0;
            while (credentials.hasNext()) {
                List<Loss> losses = new ArrayList<>();
                ObjectNode tree = encode(credentials.next(), losses);
                for (Loss l : losses) {
                    all.add(new Loss(l.element(), "[" + index + "]" + (l.path().isEmpty() ? "" : "." + l.path()), l.reason()));
                }
                if (array && index > 0) {
                    g.writeRaw('\n');
                }
                Jackson.mapper().writeTree(g, tree);
                index++;
            }
            if (array) {
                g.writeRaw('\n');
                g.writeEndArray();
            }
            if (index > 0 || array) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw JsonErrors.writing(format(), e);
        }
        return all;
    }

    private final class Records implements Iterator<MicroCredential> {
        private final InputStream in;
        private JsonParser parser;
        private boolean array;
        private boolean done;
        private boolean ready;
        private int index;

        Records(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (done) {
                return false;
            }
            if (ready) {
                return true;
            }
            try {
                JsonToken t;
                if (parser == null) {
                    parser = Jackson.streamFactory().createParser(new StrictUtf8InputStream(in));
                    t = parser.nextToken();
                    if (t == JsonToken.START_ARRAY) {
                        array = true;
                        t = parser.nextToken();
                    }
                } else {
                    t = parser.nextToken();
                }
                if (t == null || (array && t == JsonToken.END_ARRAY)) {
                    if (array && t == null) {
                        throw new MalformedDocumentException(format(), Location.of("", parser.currentLocation().getLineNr(),
                                parser.currentLocation().getColumnNr()), null, null,
                                "truncated document: the array of credentials is not closed", null);
                    }
                    if (array && parser.nextToken() != null) {
                        throw new MalformedDocumentException(format(), Location.of("", parser.currentTokenLocation().getLineNr(),
                                parser.currentTokenLocation().getColumnNr()), null, null,
                                "trailing content after the array of credentials", null);
                    }
                    finish();
                    return false;
                }
                ready = true;
                return true;
            } catch (IOException | RuntimeException e) {
                CredentialFormatException translated = JsonErrors.reading(format(), e, mapping::elementAt, parser);
                finish();
                throw translated;
            }
        }

        @Override
        public MicroCredential next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more credentials");
            }
            ready = false;
            int i = index++;
            LocatedTree tree;
            try {
                tree = LocatedTree.read(parser, array ? "/" + i : "", true);
            } catch (IOException | RuntimeException e) {
                // the parser cannot resynchronise after broken syntax: the stream ends here
                CredentialFormatException translated = JsonErrors.reading(format(), e, mapping::elementAt, parser);
                finish();
                throw translated;
            }
            // a record that is well-formed JSON but a bad credential fails alone; the next one can still be read
            return decode(tree).credential();
        }

        private void finish() {
            done = true;
            ready = false;
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // closing a parser that does not own its source cannot fail in a way that matters
                }
            }
        }
    }
}
