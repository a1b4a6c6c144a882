package org.microcred.xml;

import java.io.InputStream;
import java.io.OutputStream;
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
import org.microcred.xml.internal.Namespaces;
import org.microcred.xml.internal.NativeReader;
import org.microcred.xml.internal.NativeWriter;
import org.microcred.xml.internal.Pulling;
import org.microcred.xml.internal.SecureXml;
import org.microcred.xml.internal.Sniffer;
import org.microcred.xml.internal.XmlInput;
import org.microcred.xml.internal.XmlOutput;

/**
 * microcred's own XML form of the model ({@link Format#XML}), namespace
 * {@value #NAMESPACE}, described by the XML Schema {@value #SCHEMA_RESOURCE} in this jar.
 *
 * <p>The form mirrors the model: one element per component, named as the component; repeated components
 * are repeated elements named in the singular ({@code awardingBody}, {@code learningOutcome}); multilingual
 * texts hold one {@code text} element per language ({@code xml:lang}); concepts hold {@code uri},
 * {@code label}, {@code scheme}, {@code notation}; enumerations are written by constant name. One document
 * holds one {@code credential}, or a {@code credentials} element with any number of them
 * ({@link #writeAll}).
 *
 * <p>Extensions (S08): elements of other namespaces are kept, anywhere, with their path below the
 * {@code credential} element (those below {@code specification} on the specification) and written back at
 * the end of the same parent element; the tree mapping is that of {@link org.microcred.core.ExtensionNode}.
 *
 * <p>Reading is secure by default: no DTD, no external entities or resources, no XInclude, and the
 * {@link ReadLimits}. Reading and writing stream: memory is bounded by one credential.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XmlCodec implements CredentialCodec {
    /** The namespace of microcred's XML. */
    public static final String NAMESPACE = Namespaces.XML;
    /** The class-path resource of the XML Schema of this format. */
    public static final String SCHEMA_RESOURCE = "/org/microcred/xml/microcred-xml-v1.xsd";

    private final ReadLimits limits;

    /**
     * Creates the codec with the default {@link ReadLimits}; the public constructor is for
     * {@link java.util.ServiceLoader}.
     */
    public XmlCodec() {
        this(ReadLimits.defaults());
    }

    private XmlCodec(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns a copy of this codec with other reading limits.
     *
     * @param limits the limits, not null
     * @return a new codec, not null
     */
    public XmlCodec withLimits(ReadLimits limits) {
        return new XmlCodec(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Gets the reading limits.
     *
     * @return the limits, not null
     */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public boolean recognises(byte[] head) {
        QName root = Sniffer.root(head);
        return root != null && NAMESPACE.equals(root.getNamespaceURI())
                && (root.getLocalPart().equals("credential") || root.getLocalPart().equals("credentials"));
    }

    @Override
    public ReadResult read(InputStream in) {
        Iterator<MicroCredential> it = readAll(in);
        if (!it.hasNext()) {
            throw new MalformedDocumentException(Format.XML, CredentialFormatException.Location.UNKNOWN, null, null,
                    "the document holds no credential", null);
        }
        MicroCredential c = it.next();
        if (it.hasNext()) {
            throw new MalformedDocumentException(Format.XML, CredentialFormatException.Location.of("/credentials", 0, 0),
                    null, null, "the document holds more than one credential: use readAll", null);
        }
        return new ReadResult(c, List.of());
    }

    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new Pulling<>() {
            private XmlInput x;
            private NativeReader reader;
            private boolean single;
            private boolean finished;

            @Override
            protected MicroCredential compute() {
                if (finished) {
                    return null;
                }
                if (x == null) {
                    x = new XmlInput(SecureXml.open(in, Format.XML, limits), Format.XML, NAMESPACE, limits);
                    // microcred's own format has no attribute its reader does not read (its schema allows none)
                    x.onUnreadAttribute((at, name, value) -> {
                        throw at.malformed(null, value, "unexpected attribute '" + name + "'", null);
                    });
                    reader = new NativeReader(x, true);
                    if (!x.root()) {
                        throw x.malformed(null, null, "empty document", null);
                    }
                    if (x.is(NAMESPACE, "credential")) {
                        single = true;
                        finished = true;
                        return reader.credential();
                    }
                    if (!x.is(NAMESPACE, "credentials")) {
                        throw x.malformed(null, x.segmentName(x.ns(), x.local()),
                                "the root element is not {" + NAMESPACE + "}credential or credentials", null);
                    }
                }
                while (x.next()) {
                    if (x.is(NAMESPACE, "credential")) {
                        return reader.credential();
                    }
                    throw x.malformed(null, x.segmentName(x.ns(), x.local()),
                            "a credentials element holds only credential elements", null);
                }
                finished = true;
                return null;
            }
        };
    }

    @Override
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        Objects.requireNonNull(credential, "credential");
        XmlOutput x = new XmlOutput(SecureXml.writer(out, Format.XML), Format.XML, NAMESPACE);
        List<Loss> losses = new ArrayList<>();
        x.startDocument();
        new NativeWriter(x).credential(credential, losses);
        x.endDocument();
        return List.copyOf(losses);
    }

    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        Objects.requireNonNull(credentials, "credentials");
        XmlOutput x = new XmlOutput(SecureXml.writer(out, Format.XML), Format.XML, NAMESPACE);
        List<Loss> losses = new ArrayList<>();
        x.startDocument();
        x.start(NAMESPACE, "credentials");
        NativeWriter w = new NativeWriter(x);
        int i = 0;
        while (credentials.hasNext()) {
            List<Loss> one = new ArrayList<>();
            w.credential(credentials.next(), one);
            for (Loss l : one) {
                losses.add(new Loss(l.element(), "credentials[" + i + "]." + l.path(), l.reason()));
            }
            if (++i % 64 == 0) {
                x.flush();
            }
        }
        x.end();
        x.endDocument();
        return List.copyOf(losses);
    }

    @Override
    public String toString() {
        return "XmlCodec[" + limits + "]";
    }
}
