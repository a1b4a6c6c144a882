package org.microcred.benchmarks;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * A JSON-LD document loader that serves the two contexts of an ELM credential from memory and refuses
 * everything else, so that the Titanium and Jena baselines never touch the network and never re-parse a
 * context: the most favourable set-up for them.
 *
 * <ul>
 * <li>{@code http://data.europa.eu/snb/model/context/edc-ap}: this module's copy of the EDC 3.2 context;</li>
 * <li>{@code https://www.w3.org/2018/credentials/v1}: the W3C context as shipped in the jar of
 * {@code com.apicatalog:iron-verifiable-credentials} (a Maven Central dependency of this module only).</li>
 * </ul>
 */
public final class JsonLdContexts implements DocumentLoader {
    /** The EDC application-profile context. */
    public static final String EDC_AP = "http://data.europa.eu/snb/model/context/edc-ap";
    /** The W3C Verifiable Credentials 1.1 context. */
    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";

    private final Map<String, Document> documents;

    /** Loads and parses both contexts once. */
    public JsonLdContexts() {
        documents = Map.of(
                EDC_AP, parse(JsonLdContexts.class.getResourceAsStream("/org/microcred/benchmarks/elm/edc-ap-context.jsonld"), EDC_AP),
                CREDENTIALS_V1, parse(JsonLdContexts.class.getResourceAsStream("/com/apicatalog/vc/2018-credentials-v1.jsonld"),
                        CREDENTIALS_V1));
    }

    private static Document parse(InputStream in, String url) {
        if (in == null) {
            throw new IllegalStateException("JSON-LD context " + url + " is not on the class path");
        }
        try (in) {
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot parse JSON-LD context " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in benchmarks: " + url);
        }
        return document;
    }
}
