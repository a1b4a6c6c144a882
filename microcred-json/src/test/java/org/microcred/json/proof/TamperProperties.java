package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.microcred.core.verification.VerificationResult;

/** Changing any single value of a signed credential makes verification fail. */
class TamperProperties {
    private static final KeyPair KEY = TestKeys.w3c();
    private static final Instant CREATED = Instant.parse("2024-09-01T08:00:00Z");
    private static final VerificationOptions OPTIONS = VerificationOptions.defaults().withNow(Instant.parse("2025-01-01T00:00:00Z"));
    /** An OB 3.0 micro-credential with a proof set: one eddsa-rdfc-2022 and one eddsa-jcs-2022 proof. */
    private static final ObjectNode SIGNED = DataIntegrity.sign(
            DataIntegrity.sign(Fixtures.credentialFor(KEY), SigningKey.ofDidKey(KEY),
                    ProofOptions.of(Cryptosuite.EDDSA_RDFC_2022).withCreated(CREATED)),
            SigningKey.ofDidKey(KEY), ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(CREATED));
    private static final List<JsonPointer> LEAVES = leaves(SIGNED, JsonPointer.empty(), new ArrayList<>());

    @Property(tries = 40)
    void changingAnyValueOfASignedProofSetFails(@ForAll @IntRange(min = 0, max = 10_000) int pick) {
        assertTrue(DataIntegrity.verify(SIGNED, OPTIONS).isVerified());
        JsonPointer at = LEAVES.get(pick % LEAVES.size());
        ObjectNode tampered = SIGNED.deepCopy();
        mutate(tampered, at);
        VerificationResult r = DataIntegrity.verify(tampered, OPTIONS);
        assertFalse(r.isVerified(), () -> "changing " + at + " still verifies:\n" + r);
    }

    @Property(tries = 50)
    void changingAnyValueOfAnyJcsSignedDocumentFails(@ForAll("documents") ObjectNode doc,
            @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        doc.put("issuer", Multikey.didKey(KEY.getPublic()));
        ObjectNode signed = DataIntegrity.sign(doc, SigningKey.ofDidKey(KEY),
                ProofOptions.of(Cryptosuite.EDDSA_JCS_2022).withCreated(CREATED));
        assertTrue(DataIntegrity.verify(signed, OPTIONS).isVerified());
        List<JsonPointer> leaves = leaves(signed, JsonPointer.empty(), new ArrayList<>());
        JsonPointer at = leaves.get(pick % leaves.size());
        mutate(signed, at);
        assertFalse(DataIntegrity.verify(signed, OPTIONS).isVerified(), () -> "changing " + at + " still verifies");
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> JsonNodeFactory.instance.textNode(s)),
                Arbitraries.integers().map(i -> JsonNodeFactory.instance.numberNode(i)),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> JsonNodeFactory.instance.numberNode(d)),
                Arbitraries.of(true, false).map(b -> JsonNodeFactory.instance.booleanNode(b)),
                Arbitraries.just(JsonNodeFactory.instance.nullNode()));
        Arbitrary<JsonNode> inner = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), scalars)
                .ofMaxSize(4).map(m -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    m.forEach(o::set);
                    return o;
                });
        Arbitrary<JsonNode> arrays = scalars.list().ofMaxSize(3).map(l -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            l.forEach(a::add);
            return a;
        });
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.strings().withChars("abcdeé_").ofMinLength(1).ofMaxLength(5),
                Arbitraries.of("𝄞", "Ünï", "\u0007")),
                Arbitraries.oneOf(scalars, inner, arrays)).ofMinSize(1).ofMaxSize(6).map(m -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    m.forEach(o::set);
                    return o;
                });
    }

    private static List<JsonPointer> leaves(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> leaves(node.get(n), at.appendProperty(n), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), at.appendIndex(i), out);
            }
        } else {
            out.add(at);
        }
        return out;
    }

    /** Replaces the value at a leaf with a different value of the same kind. */
    private static void mutate(ObjectNode root, JsonPointer at) {
        JsonNode parent = root.at(at.head());
        JsonNode old = root.at(at);
        JsonNode changed = old.isTextual() ? JsonNodeFactory.instance.textNode(old.textValue() + "x")
                : old.isBoolean() ? JsonNodeFactory.instance.booleanNode(!old.booleanValue())
                : old.isNumber() ? JsonNodeFactory.instance.numberNode(old.decimalValue().add(java.math.BigDecimal.ONE))
                : JsonNodeFactory.instance.textNode("x");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), changed);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), changed);
        }
    }
}
