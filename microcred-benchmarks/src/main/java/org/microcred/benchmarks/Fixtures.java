package org.microcred.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.core.testing.RandomCredentials;

/**
 * The documents every benchmark reads, loaded once from the module's resources or generated with a fixed seed.
 *
 * <p>The reference documents are byte-for-byte copies (see {@code PROVENANCE.md} next to them); the
 * generated ones come from {@link RandomCredentials}, so every run measures the same bytes.
 */
public final class Fixtures {
    /** Seed of the single generated credential of P1 and P4 and of the pool of P6. */
    public static final long SEED = 20220616L;
    /** Number of distinct credentials the single-document benchmark of P6 cycles through. */
    public static final int POOL = 256;

    private static final String ROOT = "/org/microcred/benchmarks/";

    private Fixtures() {
    }

    /**
     * Loads a resource of this module.
     *
     * @param path the path below {@code org/microcred/benchmarks/}
     * @return the bytes
     */
    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EU's reference micro-credential (ELM v3 JSON-LD), with its 42 kB embedded display image. */
    public static byte[] elmFull() {
        return resource("elm/Sample-MC-Annex1-unsigned.jsonld");
    }

    /** The same reference micro-credential without its display image (see PROVENANCE.md). */
    public static byte[] elmNoImage() {
        return resource("elm/Sample-MC-Annex1-unsigned-noimage.jsonld");
    }

    /**
     * Selects one of the ELM documents by the name used as JMH parameter.
     *
     * @param name {@code full} or {@code no-image}
     * @return the bytes
     */
    public static byte[] elm(String name) {
        return switch (name) {
            case "full" -> elmFull();
            case "no-image" -> elmNoImage();
            default -> throw new IllegalArgumentException("unknown ELM document '" + name + "'");
        };
    }

    /** The official ELMO 1.7.0 example document. */
    public static byte[] elmo() {
        return resource("elmo/elmo-schemas_v1.7.0_example.xml");
    }

    /** The credential of P1 and P4: every element of the standard present (valid under neset-2020). */
    public static MicroCredential completeCredential() {
        return RandomCredentials.complete(new Random(SEED));
    }

    /**
     * Writes a credential with an installed codec.
     *
     * @param credential the credential
     * @param format the format
     * @return the document
     */
    public static byte[] write(MicroCredential credential, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Codecs.of(format).write(credential, out);
        return out.toByteArray();
    }

    /**
     * The pool of P6: the first {@link #POOL} credentials of the generator the batch run uses, as native JSON.
     *
     * @return the documents
     */
    public static List<byte[]> nativeJsonPool() {
        Random random = new Random(SEED);
        List<byte[]> pool = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(write(RandomCredentials.credential(random), Format.JSON));
        }
        return pool;
    }
}
