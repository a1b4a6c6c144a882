package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.testing.RandomCredentials;
import org.microcred.core.testing.SampleCredentials;

/**
 * No term of a written document is undefined in JSON-LD: the document is expanded (Titanium, contexts served
 * from local copies, no network) with a sentinel {@code @vocab} appended, so that any term no context defines
 * expands into the sentinel namespace instead of vanishing. A redefinition of a protected OB/VC term fails expansion.
 */
class Ob3JsonLdTest {
    private static final String UNDEFINED = "urn:undefined:";
    private static final Map<String, String> CONTEXTS = Map.of(
            Ob3Terms.VC2_CONTEXT, Ob3Fixtures.REFERENCE + "contexts/w3c_credentials_v2.jsonld",
            Ob3Terms.OB_CONTEXT, Ob3Fixtures.REFERENCE + "contexts/ob_v3p0_context-3.0.3.json",
            Ob3Terms.OB_EXTENSIONS_CONTEXT, Ob3Fixtures.REFERENCE + "contexts/ob_v3p0_extensions.json",
            Ob3Terms.MICROCRED_CONTEXT, Ob3Terms.CONTEXT_RESOURCE);
    private static final DocumentLoader LOADER = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new IllegalStateException("no local copy of context " + url);
        }
        return JsonDocument.of(new ByteArrayInputStream(Ob3Fixtures.resource(resource)));
    };

    @Test
    void writtenCredentialsHaveNoUndefinedTerm() throws JsonLdError {
        List<MicroCredential> credentials = new ArrayList<>(List.of(SampleCredentials.credential()));
        Random r = new Random(7);
        for (int i = 0; i < 20; i++) {
            credentials.add(RandomCredentials.complete(r));
            credentials.add(RandomCredentials.credential(r));
        }
        for (MicroCredential c : credentials) {
            assertEquals(new TreeSet<>(), undefinedTerms(Ob3Fixtures.write(c, new ArrayList<>())));
        }
    }

    @Test
    void theCheckFindsAnUndefinedTerm() throws JsonLdError {
        ObjectNode doc = (ObjectNode) Ob3Fixtures.json(Ob3Fixtures.write(SampleCredentials.credential(), new ArrayList<>()));
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).put("eqfLevel", "6");
        assertEquals(new TreeSet<>(List.of(UNDEFINED + "eqfLevel")), undefinedTerms(Ob3Fixtures.bytes(doc)));
    }

    private static TreeSet<String> undefinedTerms(byte[] document) throws JsonLdError {
        ObjectNode doc = (ObjectNode) Ob3Fixtures.json(document);
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("@context")).addObject().put("@vocab", UNDEFINED);
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(Ob3Fixtures.bytes(doc))))
                .loader(LOADER).get();
        TreeSet<String> found = new TreeSet<>();
        collect(expanded, found);
        assertTrue(!expanded.isEmpty(), "the document expands to something");
        return found;
    }

    private static void collect(JsonValue v, TreeSet<String> found) {
        if (v instanceof JsonArray a) {
            a.forEach(x -> collect(x, found));
        } else if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (e.getKey().startsWith(UNDEFINED)) {
                    found.add(e.getKey());
                }
                if (e.getKey().equals("@type") && e.getValue() instanceof JsonArray types) {
                    types.forEach(t -> {
                        if (t instanceof JsonString s && s.getString().startsWith(UNDEFINED)) {
                            found.add(s.getString());
                        }
                    });
                }
                collect(e.getValue(), found);
            }
        }
    }
}
