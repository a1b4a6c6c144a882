package org.microcred.json;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL oracle for written ELM documents: JSON-LD to RDF with Titanium (every context resolved from
 * the test resources, never from the network), then Apache Jena SHACL against the EDC Generic shapes.
 */
final class ShaclOracle {
    private static final String BASE = "/org/microcred/json/elm/";
    private static final Map<String, String> CONTEXTS = Map.of(
            "http://data.europa.eu/snb/model/context/edc-ap", BASE + "context/edc-ap-context.jsonld",
            "https://www.w3.org/2018/credentials/v1", BASE + "context/w3c-credentials-v1.jsonld",
            "https://www.w3.org/ns/credentials/v2", BASE + "context/w3c-credentials-v2.jsonld");

    /** No network: a context that is not in the test resources fails the conversion. */
    private static final DocumentLoader LOCAL = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "context not available offline: " + url);
        }
        try (InputStream in = ShaclOracle.class.getResourceAsStream(resource)) {
            Document d = JsonDocument.of(in);
            d.setDocumentUrl(url);
            return d;
        } catch (java.io.IOException e) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    private static final Shapes NO_CV = shapes("shacl/EDC-generic-no-cv.ttl");
    private static final Shapes FULL = shapes("shacl/EDC-generic-no-cv.ttl", "shacl/EDC-generic-full.ttl");

    private ShaclOracle() {
    }

    private static Shapes shapes(String... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : files) {
            RDFParser.source(ShaclOracle.class.getResourceAsStream(BASE + f)).lang(Lang.TURTLE).parse(g);
        }
        return Shapes.parse(g);
    }

    static Graph toRdf(byte[] jsonLd) {
        try {
            RdfDataset ds = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd))).loader(LOCAL)
                    .base(URI.create("urn:microcred:test"))
                    .get();
            var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            JenaTitanium.convert(ds, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
            return dsg.getDefaultGraph();
        } catch (JsonLdError e) {
            throw new AssertionError("not valid JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Validates against EDC-generic-no-cv; returns the violations as readable lines (empty when conformant). */
    static List<String> violationsNoCv(byte[] jsonLd) {
        return violations(NO_CV, jsonLd);
    }

    /** Validates against EDC-generic-full (no-cv plus the controlled-vocabulary constraints). */
    static List<String> violationsFull(byte[] jsonLd) {
        return violations(FULL, jsonLd);
    }

    private static List<String> violations(Shapes shapes, byte[] jsonLd) {
        Graph data = toRdf(jsonLd);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(e -> describe(e, data)).sorted().toList();
    }

    private static String describe(ReportEntry e, Graph data) {
        var types = data.find(e.focusNode(), org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.Node.ANY)
                .mapWith(t -> t.getObject().toString()).toList();
        return e.severity().level().getLocalName() + " " + e.focusNode() + " " + types + " " + e.resultPath() + ": " + e.message()
                + (e.value() == null ? "" : " (" + e.value() + ")");
    }
}
