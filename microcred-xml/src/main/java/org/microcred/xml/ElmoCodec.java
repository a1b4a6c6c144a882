package org.microcred.xml;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.xml.internal.ElmoReader;
import org.microcred.xml.internal.ElmoWriter;
import org.microcred.xml.internal.Namespaces;
import org.microcred.xml.internal.Pulling;
import org.microcred.xml.internal.SecureXml;
import org.microcred.xml.internal.Sniffer;
import org.microcred.xml.internal.XmlInput;
import org.microcred.xml.internal.XmlOutput;

/**
 * EMREX ELMO ({@link Format#ELMO}): reads ELMO 1.x ({@value #NAMESPACE_V1}) and 2.x ({@value #NAMESPACE_V2}),
 * alone or inside EWP Incoming Mobility Transcript of Records responses; writes ELMO 1.7.0.
 *
 * <h2>Reading</h2>
 * One ELMO document holds one learner and reports of courses; reading yields one credential per learning
 * opportunity instance that is not {@code in-progress}, at any depth of {@code hasPart}. ELMO elements the
 * model has no place for are kept as extensions (S08, format {@code elmo}) with a path relative to the
 * credential: {@code /name} for children of the learning opportunity instance (and {@code /{ns}name} for
 * the content of its {@code extension}), {@code /specification/name} for the specification, and
 * {@code /learner/...}, {@code /report/...}, {@code /elmo/...} for the shared parts of the document. The
 * extensions are listed in the order they are written back: ELMO's schema order (same-named elements keep
 * theirs). A lenient reader (the default) accepts elements out of schema order and unknown elements with a
 * {@link org.microcred.core.format.ReadWarning}; a {@linkplain #withStrict(boolean) strict} one refuses them.
 *
 * <p>Where the microcred extension element (see Writing) gives a component that an ELMO element also carries,
 * the extension's value is read (it is the full value); an ELMO element that contradicts it ({@code credit},
 * {@code level}, {@code type}, {@code iscedCode}, {@code url}, {@code languageOfInstruction}, {@code title},
 * {@code resultLabel}, {@code status}) is kept as an extension in its place, and written back after the
 * element the writer writes from the model. A second occurrence of a single-valued element, a second
 * microcred extension element and a {@code microcred-id} identifier carrying anything but its type and text
 * are kept whole the same way, never erasing the value read.
 *
 * <h2>Writing</h2>
 * {@link #writeAll} writes credentials of one learner as one document; a credential of another learner is
 * not written and reported as a {@link Loss} of E01. Every element ELMO has no exact slot for is written to
 * a microcred extension element ({@value #EXTENSION_NAMESPACE}, schema {@value #EXTENSION_SCHEMA_RESOURCE}
 * in this jar) inside {@code learningOpportunityInstance/extension}, which other consumers may ignore;
 * a second awarding body, which ELMO consumers cannot see, is also reported as a {@link Loss} of E04.
 *
 * <p>Reading is secure by default (no DTD, no external entities or resources, no XInclude,
 * {@link ReadLimits}) and streaming: memory is bounded by one ELMO report, whose issue date comes after its
 * courses; microcred starts a new report every 1000 courses.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ElmoCodec implements CredentialCodec {
    /** The ELMO 1.x namespace, read and written. */
    public static final String NAMESPACE_V1 = Namespaces.ELMO_V1;
    /** The ELMO 2.x namespace, read. */
    public static final String NAMESPACE_V2 = Namespaces.ELMO_V2;
    /** The namespace of microcred's extension element inside ELMO. */
    public static final String EXTENSION_NAMESPACE = Namespaces.ELMO_EXTENSION;
    /** The class-path resource of the XML Schema of the microcred extension element. */
    public static final String EXTENSION_SCHEMA_RESOURCE = "/org/microcred/xml/microcred-elmo-extension-v1.xsd";

    private final ReadLimits limits;
    private final boolean strict;
    private final Clock clock;

    /**
     * Creates a lenient codec with the default {@link ReadLimits}; the public constructor is for
     * {@link java.util.ServiceLoader}.
     */
    public ElmoCodec() {
        this(ReadLimits.defaults(), false, Clock.systemUTC());
    }

    private ElmoCodec(ReadLimits limits, boolean strict, Clock clock) {
        this.limits = limits;
        this.strict = strict;
        this.clock = clock;
    }

    /**
     * Returns a copy of this codec with other reading limits.
     *
     * @param limits the limits, not null
     * @return a new codec, not null
     */
    public ElmoCodec withLimits(ReadLimits limits) {
        return new ElmoCodec(Objects.requireNonNull(limits, "limits"), strict, clock);
    }

    /**
     * Returns a copy of this codec that is strict or lenient: a strict reader refuses elements out of schema
     * order, unknown ELMO elements and foreign elements outside {@code extension}.
     *
     * @param strict true for strict
     * @return a new codec, not null
     */
    public ElmoCodec withStrict(boolean strict) {
        return new ElmoCodec(limits, strict, clock);
    }

    /**
     * Returns a copy of this codec whose writer takes the time of writing from the given clock.
     *
     * <p>An ELMO document states when it was generated ({@code generatedDate}, to the second) and each report
     * when it was issued; a credential without an issuing date (E05) gets the time of writing as its report's
     * {@code issueDate}. With the system clock (the default) two conversions of the same credentials differ in
     * those dates; a fixed clock ({@link Clock#fixed}) makes the output reproducible byte for byte.
     *
     * @param clock the clock, not null
     * @return a new codec, not null
     * @since 0.1
     */
    public ElmoCodec withClock(Clock clock) {
        return new ElmoCodec(limits, strict, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks whether this codec reads strictly.
     *
     * @return true if strict
     */
    public boolean isStrict() {
        return strict;
    }

    @Override
    public Format format() {
        return Format.ELMO;
    }

    @Override
    public boolean recognises(byte[] head) {
        QName root = Sniffer.root(head);
        if (root == null) {
            return false;
        }
        String ns = root.getNamespaceURI();
        return root.getLocalPart().equals("elmo") && (ns.equals(NAMESPACE_V1) || ns.equals(NAMESPACE_V2))
                || root.getLocalPart().equals("imobility-tors-get-response") && ns.startsWith(Namespaces.EWP_TORS_PREFIX);
    }

    @Override
    public ReadResult read(InputStream in) {
        Iterator<ReadResult> it = readResults(in);
        if (!it.hasNext()) {
            throw new MalformedDocumentException(Format.ELMO, CredentialFormatException.Location.UNKNOWN, null, null,
                    "the document holds no learning opportunity instance with a result", null);
        }
        ReadResult r = it.next();
        if (it.hasNext()) {
            throw new MalformedDocumentException(Format.ELMO, CredentialFormatException.Location.UNKNOWN, null, null,
                    "the document holds more than one credential: use readAll or readResults", null);
        }
        return r;
    }

    /**
     * Reads the credentials of a document lazily, each with the warnings of a lenient reader.
     *
     * @param in the document, not null, not closed
     * @return an iterator over the results, not null; advancing it throws {@link CredentialFormatException}
     *     on bad input
     */
    public Iterator<ReadResult> readResults(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new Pulling<>() {
            private ElmoReader reader;

            @Override
            protected ReadResult compute() {
                if (reader == null) {
                    reader = new ElmoReader(new XmlInput(SecureXml.open(in, Format.ELMO, limits), Format.ELMO,
                            NAMESPACE_V1, limits), strict);
                }
                return reader.next();
            }
        };
    }

    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        Iterator<ReadResult> results = readResults(in);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public MicroCredential next() {
                return results.next().credential();
            }
        };
    }

    @Override
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        Objects.requireNonNull(credential, "credential");
        return writeAll(List.of(credential).iterator(), out, false);
    }

    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        return writeAll(credentials, out, true);
    }

    private List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out, boolean indexed) {
        Objects.requireNonNull(credentials, "credentials");
        XmlOutput x = new XmlOutput(SecureXml.writer(out, Format.ELMO), Format.ELMO, NAMESPACE_V1);
        ElmoWriter w = new ElmoWriter(x, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        List<Loss> losses = new ArrayList<>();
        int i = 0;
        while (credentials.hasNext()) {
            w.write(credentials.next(), indexed ? i : -1, losses);
            if (++i % 64 == 0) {
                x.flush();
            }
        }
        if (!w.finish()) {
            throw new UnsupportedContentException(Format.ELMO, CredentialFormatException.Location.UNKNOWN, null, null,
                    "an ELMO document needs at least one credential", null);
        }
        return List.copyOf(losses);
    }

    @Override
    public String toString() {
        return "ElmoCodec[" + (strict ? "strict" : "lenient") + ", " + limits + ", " + clock + "]";
    }
}
