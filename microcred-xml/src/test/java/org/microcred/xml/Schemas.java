package org.microcred.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * XML Schema oracles for the tests: javax.xml.validation with every import resolved from the class path by
 * namespace, never from the network (external access is switched off, so a miss fails loudly).
 */
final class Schemas {
    static final String ELMO_DIR = "/org/microcred/xml/elmo/xsd/";

    private static final Map<String, String> BY_NAMESPACE = Map.of(
            "http://www.w3.org/XML/1998/namespace", "/org/microcred/xml/xml.xsd",
            "http://www.w3.org/2000/09/xmldsig#", ELMO_DIR + "elmo-v1.7.0/references/xmldsig-core-schema.xsd",
            "http://europass.cedefop.europa.eu/Europass/V2.0", ELMO_DIR + "elmo-v1.7.0/references/EUROPASS_ISOCountries_V1.1.xsd",
            "https://github.com/erasmus-without-paper/ewp-specs-types-address/tree/stable-v1",
            ELMO_DIR + "ewp/ewp-specs-types-address_stable-v1_schema.xsd",
            "https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd",
            ELMO_DIR + "ewp/ewp-specs-architecture_stable-v1_common-types.xsd",
            "https://github.com/emrex-eu/elmo-schemas/tree/v1", ELMO_DIR + "elmo-v1.7.0/schema.xsd",
            "https://w3id.org/microcred/xml/v1", XmlCodec.SCHEMA_RESOURCE,
            "https://w3id.org/microcred/elmo/v1", ElmoCodec.EXTENSION_SCHEMA_RESOURCE);

    static final Schema NATIVE = load(XmlCodec.SCHEMA_RESOURCE);

    /** ELMO 1.7.0 together with the microcred extension schema, loaded on first use. */
    static final class Elmo {
        static final Schema V1 = load(ELMO_DIR + "elmo-v1.7.0/schema.xsd", ElmoCodec.EXTENSION_SCHEMA_RESOURCE);

        private Elmo() {
        }
    }

    private Schemas() {
    }

    private static Schema load(String... resources) {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            f.setResourceResolver(RESOLVER);
            StreamSource[] sources = new StreamSource[resources.length];
            for (int i = 0; i < resources.length; i++) {
                sources[i] = new StreamSource(open(resources[i]), Schemas.class.getResource(resources[i]).toString());
            }
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema " + String.join(", ", resources), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Schemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }

    private static final LSResourceResolver RESOLVER = (type, namespace, publicId, systemId, baseUri) -> {
        String resource = namespace == null ? null : BY_NAMESPACE.get(namespace);
        if (resource == null) {
            throw new IllegalStateException("no local schema for namespace " + namespace + " (" + systemId + ")");
        }
        return new Input(resource, open(resource));
    };

    /**
     * Validates a document.
     *
     * @param schema the schema
     * @param document the document
     * @throws SAXException if invalid
     */
    static void validate(Schema schema, byte[] document) throws SAXException {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        v.setResourceResolver(RESOLVER);
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Input(String systemId, InputStream stream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return Schemas.class.getResource(systemId).toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
