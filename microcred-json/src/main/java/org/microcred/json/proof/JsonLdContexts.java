package org.microcred.json.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.json.proof.internal.JsonSupport;

/**
 * The JSON-LD contexts available to {@code eddsa-rdfc-2022}, by URL. The document loader built from it
 * never touches the network: a context URL that is not registered here makes signing and verification fail
 * with a message naming the URL.
 *
 * <p>{@link #defaults()} holds unmodified copies of the W3C VC 2.0 context, the Open Badges 3.0.3 and
 * extensions contexts, the CLR 2.0.1 context and the ELM/EDC application-profile context (see the
 * PROVENANCE.md next to them). Instances are immutable; {@link #with(String, byte[])} returns a copy.
 *
 * @since 0.1
 */
public final class JsonLdContexts {
    private static final String BASE = "/org/microcred/json/proof/contexts/";
    private static final JsonLdContexts DEFAULTS = new JsonLdContexts(Map.of(
            "https://www.w3.org/ns/credentials/v2", resource("credentials-v2.jsonld"),
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", resource("ob-v3p0-context-3.0.3.json"),
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", resource("ob-v3p0-extensions.json"),
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", resource("clr-v2p0-context-2.0.1.json"),
            "http://data.europa.eu/snb/model/context/edc-ap", resource("edc-ap-context.jsonld")));

    private final Map<String, byte[]> documents;
    /** Parsed documents, filled by the rdfc canonicalizer; safe to share because instances are immutable. */
    final Map<String, Object> parsed = new ConcurrentHashMap<>();

    private JsonLdContexts(Map<String, byte[]> documents) {
        this.documents = Map.copyOf(documents);
    }

    /**
     * Gets the vendored contexts.
     *
     * @return the defaults, not null
     */
    public static JsonLdContexts defaults() {
        return DEFAULTS;
    }

    /**
     * Gets an empty set of contexts (every context URL then fails).
     *
     * @return the empty set, not null
     */
    public static JsonLdContexts none() {
        return new JsonLdContexts(Map.of());
    }

    /**
     * Returns a copy with one more context, or with a context replaced.
     *
     * @param url the URL the context is referenced by, not null
     * @param json the context document, a JSON object with an {@code @context} member, UTF-8, not null
     * @return the copy, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the bytes are not a JSON object
     * @throws IllegalArgumentException if the object has no {@code @context}
     */
    public JsonLdContexts with(String url, byte[] json) {
        Objects.requireNonNull(url, "url");
        if (!JsonSupport.parseObject(json).has("@context")) {
            throw new IllegalArgumentException("context document for " + url + " has no @context member");
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(documents);
        copy.put(url, json.clone());
        return new JsonLdContexts(copy);
    }

    /**
     * Gets the registered URLs.
     *
     * @return the URLs, not null
     */
    public Set<String> urls() {
        return documents.keySet();
    }

    /**
     * Gets the bytes of a registered context.
     *
     * @param url the URL, not null
     * @return a copy of the document bytes, or empty if the URL is not registered, not null
     */
    public Optional<byte[]> document(String url) {
        byte[] b = documents.get(url);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    private static byte[] resource(String name) {
        try (InputStream in = JsonLdContexts.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("vendored context missing from the jar: " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the URLs. */
    @Override
    public String toString() {
        return "JsonLdContexts" + new String(documents.keySet().toString().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }
}
