package org.microcred.benchmarks;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P2: the EU's reference ELM v3 micro-credential to the model, against what RDF tool chains (the EU's EDC
 * software among them) do with the same bytes: Titanium JSON-LD 1.1 expansion (goal: microcred at least
 * 20 times faster) and an Apache Jena parse into a graph (goal: at least 50 times faster). Both baselines get
 * their contexts pre-parsed from memory ({@link JsonLdContexts}) with one shared options object.
 */
@State(Scope.Benchmark)
public class P2ElmJsonLd {
    /** The document: the reference sample as published, or without its embedded display image. */
    @Param({"full", "no-image"})
    public String document;

    byte[] bytes;
    CredentialCodec codec;
    JsonLdOptions options;
    Context jenaContext;

    /** Loads the document and prepares each side (the microcred side only if the ELM codec is installed). */
    @Setup
    public void setUp() {
        bytes = Fixtures.elm(document);
        codec = Catalogue.installed(Format.ELM) ? Codecs.of(Format.ELM) : null;
        options = new JsonLdOptions(new JsonLdContexts());
        jenaContext = Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    /** microcred: ELM JSON-LD bytes to the model. */
    @Benchmark
    public MicroCredential microcredRead() {
        return codec.read(new ByteArrayInputStream(bytes)).credential();
    }

    /** Baseline: JSON-LD 1.1 expansion by Titanium. */
    @Benchmark
    public JsonArray titaniumExpand() {
        try {
            return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(bytes))).options(options).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException(e);
        }
    }

    /** Baseline: Apache Jena's JSON-LD 1.1 reader into an in-memory graph. */
    @Benchmark
    public Graph jenaParse() {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD).context(jenaContext).toGraph();
    }
}
