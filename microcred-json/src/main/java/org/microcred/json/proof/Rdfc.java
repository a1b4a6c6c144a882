package org.microcred.json.proof;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * JSON-LD to RDF (titanium-json-ld) and RDFC-1.0 canonical N-Quads (titanium-rdfc), with an offline
 * document loader and undefined terms refused (a term no context defines would be silently dropped from the
 * signed statements).
 */
final class Rdfc {
    /** Bounds RDFC-1.0 work on hostile ("poison") graphs. */
    private static final long CANON_BUDGET_MS = 10_000;

    private Rdfc() {
    }

    /**
     * Canonicalizes a JSON-LD document.
     *
     * @return the canonical N-Quads, each line ending in a newline
     * @throws RdfcException if expansion or canonicalization fails, with a reason naming the offending value
     */
    static String canonicalize(ObjectNode document, JsonLdContexts contexts) {
        String[] missing = new String[1];
        try {
            JsonDocument input = JsonDocument.of(new ByteArrayInputStream(JsonSupport.compact(document)));
            JsonLdOptions options = new JsonLdOptions(loader(contexts, missing));
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            options.setTimeout(Duration.ofSeconds(10));
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(CANON_BUDGET_MS));
            JsonLd.toRdf(input).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new RdfcException(missing[0] != null ? missing[0] : describe(e), e);
        } catch (RdfConsumerException e) {
            throw new RdfcException("RDF canonicalization failed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new RdfcException("RDF canonicalization gave up (graph too complex, budget "
                    + CANON_BUDGET_MS + " ms): " + e.getMessage(), e);
        }
    }

    private static String describe(JsonLdError e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
            return "JSON-LD term not defined by any context (it would not be signed): " + msg;
        }
        if (e.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
                || e.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
            return msg;
        }
        return "JSON-LD processing failed (" + e.getCode() + "): " + msg;
    }

    private static DocumentLoader loader(JsonLdContexts contexts, String[] missing) {
        return (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions opts) -> {
            String key = url.toString();
            Object cached = contexts.parsed.get(key);
            if (cached instanceof Document d) {
                return d;
            }
            byte[] bytes = contexts.document(key).orElse(null);
            if (bytes == null) {
                // titanium rewraps loader errors; keep our message for the caller
                missing[0] = "JSON-LD context " + key + " is not available offline: microcred never fetches contexts; "
                        + "known contexts are " + contexts.urls() + " (register more with JsonLdContexts.with(url, json))";
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, missing[0]);
            }
            JsonDocument doc = JsonDocument.of(new ByteArrayInputStream(bytes));
            doc.setDocumentUrl(url);
            contexts.parsed.put(key, doc);
            return doc;
        };
    }

    /** A failure to canonicalize, with a message for a person. */
    static final class RdfcException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RdfcException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
