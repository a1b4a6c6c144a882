package org.microcred.testkit.robustness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.testing.RandomCredentials;

/**
 * Valid documents of each format: written by the installed codec from generated credentials (fixed seeds),
 * plus the reference documents in {@code src/test/resources/robustness/seeds/<format>/}.
 */
final class Documents {
    /** Seeds of the generated credentials; fixed so that every run mutates the same documents. */
    private static final long[] GENERATED = {1, 2, 3, 4, 5, 6};

    private Documents() {
    }

    /**
     * A named valid document.
     *
     * @param name where it comes from, for failure reports
     * @param bytes the document
     */
    record Seed(String name, byte[] bytes) {
    }

    /**
     * Checks whether the codec of a format is on the class path (the codecs arrive on separate branches).
     *
     * @param format the format
     * @return true if {@link Codecs#of(Format)} has it
     */
    static boolean installed(Format format) {
        return Codecs.installed().stream().anyMatch(c -> c.format() == format);
    }

    /**
     * Generated credentials used as seeds and as concurrency inputs: plain, complete and with extensions.
     *
     * @param format the format whose extensions to generate
     * @return the credentials, deterministic
     */
    static List<MicroCredential> credentials(Format format) {
        List<MicroCredential> out = new ArrayList<>();
        for (long s : GENERATED) {
            Random r = new Random(s);
            out.add(switch ((int) (s % 3)) {
                case 0 -> RandomCredentials.complete(r);
                case 1 -> RandomCredentials.credential(r);
                default -> RandomCredentials.withExtensions(r, format);
            });
        }
        return out;
    }

    /**
     * Gets the seeds of a format: one document per generated credential, one multi-credential document, and
     * the reference documents.
     *
     * @param format the format, whose codec must be installed
     * @return the seeds, not empty
     */
    static List<Seed> seeds(Format format) {
        CredentialCodec codec = Codecs.of(format);
        List<Seed> seeds = new ArrayList<>();
        List<MicroCredential> credentials = credentials(format);
        for (int i = 0; i < credentials.size(); i++) {
            seeds.add(new Seed("generated #" + GENERATED[i], write(codec, credentials.get(i))));
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        codec.writeAll(credentials.subList(0, 3).iterator(), all);
        seeds.add(new Seed("generated writeAll of #1-#3", all.toByteArray()));
        seeds.addAll(references(format));
        return seeds;
    }

    /**
     * Gets the reference documents of a format shipped in this package's test resources.
     *
     * @param format the format
     * @return the documents, possibly empty
     */
    static List<Seed> references(Format format) {
        URL dir = Documents.class.getResource("/robustness/seeds/" + format.id());
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<Seed> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                out.add(new Seed(format.id() + "/" + p.getFileName(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes one credential.
     *
     * @param codec the codec
     * @param credential the credential
     * @return the document
     */
    static byte[] write(CredentialCodec codec, MicroCredential credential) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(credential, out);
        return out.toByteArray();
    }

    /**
     * Checks whether two documents written by a codec say the same: JSON documents are compared as trees
     * (member order is not significant in JSON), XML documents as text. The ELMO writer stamps the
     * wall-clock time into {@code <generatedDate>} (and into {@code <issueDate>} when the credential has no
     * issuing date), so each document's own generation time is masked wherever it occurs.
     *
     * @param format the format written
     * @param a one document
     * @param b the other
     * @return true if they hold the same
     */
    static boolean sameDocument(Format format, byte[] a, byte[] b) {
        if (format == Format.JSON || format == Format.ELM || format == Format.OB3) {
            try {
                com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                return mapper.readTree(a).equals(mapper.readTree(b));
            } catch (IOException e) {
                return false;
            }
        }
        return masked(format, a).equals(masked(format, b));
    }

    /**
     * Gets an XML document with the ELMO writer's generation time masked.
     *
     * @param format the format written
     * @param document the document
     * @return the text, comparable with another write of the same credential
     */
    static String masked(Format format, byte[] document) {
        String text = new String(document, java.nio.charset.StandardCharsets.UTF_8);
        if (format != Format.ELMO) {
            return text;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<generatedDate>([^<]*)</generatedDate>").matcher(text);
        return m.find() ? text.replace(m.group(1), "(generated)") : text;
    }

    /**
     * Reads every credential of a document.
     *
     * @param codec the codec
     * @param document the document
     * @param max the most credentials to read (a mutated stream may hold very many)
     * @return the credentials read
     */
    static List<MicroCredential> readAll(CredentialCodec codec, byte[] document, int max) {
        List<MicroCredential> out = new ArrayList<>();
        Iterator<MicroCredential> it = codec.readAll(new ByteArrayInputStream(document));
        while (out.size() < max && it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }
}
