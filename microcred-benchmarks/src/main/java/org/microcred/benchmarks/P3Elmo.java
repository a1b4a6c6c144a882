package org.microcred.benchmarks;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.microcred.benchmarks.jaxb.elmo.Elmo;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P3: the official ELMO 1.7.0 example to the model, against a raw StAX scan of the same bytes (goal: at least
 * 0.7 times its throughput) and a JAXB unmarshal into classes generated from the official schema, which is
 * what today's EMREX and EWP tools do (goal: at least twice as fast).
 */
@State(Scope.Benchmark)
public class P3Elmo {
    byte[] bytes;
    CredentialCodec codec;
    XMLInputFactory stax;
    Unmarshaller unmarshaller;

    /** Loads the document and prepares each side, the baselines as a tuned application would. */
    @Setup
    public void setUp() throws JAXBException {
        bytes = Fixtures.elmo();
        codec = Catalogue.installed(Format.ELMO) ? Codecs.of(Format.ELMO) : null;
        // the JDK's own StAX, configured as a hardened reader must be: no DTD, no external entities
        stax = XMLInputFactory.newDefaultFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // one context for the application's life, one unmarshaller per thread: the fastest correct JAXB use
        unmarshaller = JAXBContext.newInstance(Elmo.class).createUnmarshaller();
    }

    /**
     * microcred: ELMO bytes to the model. The example is a transcript that may hold several credentials, so
     * it is read with {@code readAll} and every credential is built.
     *
     * @return the number of credentials read
     */
    @Benchmark
    public int microcredRead() {
        int n = 0;
        Iterator<MicroCredential> it = codec.readAll(new ByteArrayInputStream(bytes));
        while (it.hasNext()) {
            if (it.next() != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Baseline: a raw StAX pass that materialises every name, attribute value and text as a string, the
     * least any reader must do, and builds nothing.
     *
     * @return the number of characters seen (names, attribute values, text), hashed together with their
     *     contents in the upper bits so that nothing can be optimised away
     */
    @Benchmark
    public long staxScan() {
        long chars = 0;
        int hash = 0;
        try {
            XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            String name = r.getLocalName();
                            String ns = r.getNamespaceURI();
                            chars += name.length() + (ns == null ? 0 : ns.length());
                            hash = 31 * hash + name.hashCode();
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                String value = r.getAttributeValue(i);
                                chars += r.getAttributeLocalName(i).length() + value.length();
                                hash = 31 * hash + value.hashCode();
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            String text = r.getText();
                            chars += text.length();
                            hash = 31 * hash + text.hashCode();
                        }
                        default -> hash++;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return chars | ((long) hash << 40);
    }

    /** Baseline: JAXB unmarshal into the classes generated from the ELMO 1.7.0 schema. */
    @Benchmark
    public Elmo jaxbUnmarshal() {
        try {
            return (Elmo) unmarshaller.unmarshal(new ByteArrayInputStream(bytes));
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
