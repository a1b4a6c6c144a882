package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.erdtman.jcs.JsonCanonicalizer;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * The canonical bytes of random JSON trees (any Unicode in names and strings, surrogate pairs, escapes,
 * strings longer than the writer's buffer) against an independent RFC 8785 implementation (erdtman), and
 * the streamed digests of a tree and of a proof-less view against SHA-256 of those bytes.
 */
class JcsStreamingProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Property(tries = 100)
    void canonicalBytesMatchTheOracle(@ForAll("trees") JsonNode value) throws Exception {
        JsonNode tree = F.arrayNode().add(value); // the oracle reads only an object or an array at the top
        byte[] ours = Jcs.canonicalize(tree);
        byte[] oracle = new JsonCanonicalizer(new String(JsonSupport.compact(tree), StandardCharsets.UTF_8)).getEncodedUTF8();
        assertEquals(new String(oracle, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8));
        assertEquals(new String(ours, StandardCharsets.UTF_8), Jcs.canonicalString(tree));
    }

    @Property(tries = 100)
    void streamedDigestIsTheDigestOfTheCanonicalBytes(@ForAll("trees") JsonNode tree) {
        MessageDigest sha = sha256();
        Jcs.digest(tree, sha);
        assertArrayEquals(sha256().digest(Jcs.canonicalize(tree)), sha.digest());
    }

    @Property(tries = 100)
    void viewDigestIsTheDigestOfTheEditedCopy(@ForAll("objects") ObjectNode doc, @ForAll("trees") JsonNode context,
            @ForAll boolean replace, @ForAll boolean withProof, @ForAll boolean withContext) {
        if (withProof) {
            doc.putObject("proof").put("proofValue", "z1");
        }
        if (withContext) {
            doc.put("@context", "https://www.w3.org/ns/credentials/v2");
        }
        ObjectNode snapshot = doc.deepCopy();
        MessageDigest sha = sha256();
        Jcs.digestView(doc, "proof", "@context", replace ? context : null, sha);
        ObjectNode edited = doc.deepCopy();
        edited.remove("proof");
        if (replace) {
            edited.set("@context", context);
        }
        assertArrayEquals(sha256().digest(Jcs.canonicalize(edited)), sha.digest());
        assertEquals(snapshot, doc, "the view must not change the document");
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return tree(4);
    }

    @Provide
    Arbitrary<ObjectNode> objects() {
        return members(tree(3));
    }

    private Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                strings(0, 40).map(F::textNode),
                Arbitraries.longs().between(-9007199254740991L, 9007199254740991L).map(F::numberNode),
                // decimals with few digits: the oracle's number writer is exact there (see JcsNumberProperties)
                Arbitraries.integers().between(-99999, 99999).flatMap(m -> Arbitraries.integers().between(-30, 30)
                        .map(e -> (JsonNode) F.numberNode(Double.parseDouble(m + "e" + e)))),
                Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = tree(depth - 1);
        Arbitrary<JsonNode> array = child.list().ofMaxSize(5).map(l -> {
            ArrayNode a = F.arrayNode();
            l.forEach(a::add);
            return a;
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(2, members(child).map(o -> (JsonNode) o)));
    }

    private Arbitrary<ObjectNode> members(Arbitrary<JsonNode> values) {
        return Arbitraries.maps(strings(), values).ofMaxSize(9).map(m -> {
            ObjectNode o = F.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    private static Arbitrary<String> strings() {
        return strings(0, 12);
    }

    /** Any UTF-16 text without lone surrogates ('§' and '¶' stand for two supplementary characters). */
    private static Arbitrary<String> strings(int min, int max) {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u0100', '\ud7ff')
                .withCharRange('\ue000', '\uffff').withChars("\"\\/\b\f\n\r\t\u2028§¶").ofMinLength(min).ofMaxLength(max)
                .map(s -> s.replace("§", "\ud83d\ude00").replace("¶", "\ud834\udd1e"));
    }

    /** Strings long enough to overflow the writer's 4 KB buffer. */
    @Provide
    Arbitrary<String> longStrings() {
        return strings(3000, 9000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 20)
    void longStringsStreamAcrossBufferFlushes(@ForAll("longStrings") String text, @ForAll("longStrings") String other)
            throws Exception {
        ObjectNode doc = F.objectNode().put("b", text).put("a", other);
        doc.putArray("c").add(text).add(other);
        MessageDigest sha = sha256();
        Jcs.digest(doc, sha);
        assertArrayEquals(sha256().digest(Jcs.canonicalize(doc)), sha.digest());
        String expected = new String(new JsonCanonicalizer(new String(JsonSupport.compact(doc), StandardCharsets.UTF_8))
                .getEncodedUTF8(), StandardCharsets.UTF_8);
        assertEquals(expected, Jcs.canonicalString(doc));
    }
}
