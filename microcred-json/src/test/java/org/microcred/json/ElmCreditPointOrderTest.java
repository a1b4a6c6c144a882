package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Workload;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * ELM credit points (E07, E15) whose ECTS point is not the first: the writer puts ECTS first, so what is kept of each
 * point as an extension (S08) must be written back into the same point, not into the one now at its old index
 * (found by the 1,000,000-input fuzzing run, elm #433895).
 */
class ElmCreditPointOrderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ElmCodec codec = new ElmCodec();

    @Test
    void keptMembersOfALaterEctsPointStayOnIt() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-unsigned.jsonld"));
        ObjectNode spec = (ObjectNode) doc.at("/credentialSubject/hasClaim/specifiedBy");
        ObjectNode ects = (ObjectNode) spec.get("creditPoint");
        ((ObjectNode) ects.get("framework")).set("prefLabel", JSON.createObjectNode().put("en", "Credits of the ECTS kind"));
        ects.put("note", "kept on the ECTS point");
        ObjectNode ecvet = JSON.createObjectNode().put("type", "CreditPoint").put("point", "18");
        ecvet.set("framework", JSON.valueToTree(java.util.Map.of("id", Vocabularies.ECVET.uri().toString(), "type", "Concept",
                "prefLabel", java.util.Map.of("en", "Our ECVET"))));
        ArrayNode points = spec.putArray("creditPoint");
        points.add(ecvet);
        points.add(ects);

        MicroCredential c = JsonTesting.read(codec, JSON.writeValueAsBytes(doc));
        Workload w = c.specification().workload().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("2")), w.ects());
        assertEquals(MultilingualText.of("en", "Our ECVET"), w.otherCredits().get(0).system().label().orElseThrow());

        JsonTesting.Written written = JsonTesting.write(codec, c);
        assertEquals(List.of(), written.losses());
        JsonNode out = written.tree().at("/credentialSubject/hasClaim/0/specifiedBy/creditPoint");
        // ECTS first, carrying its own label and member; the ECVET point keeps its label
        assertEquals(Vocabularies.ECTS.uri().toString(), out.at("/0/framework/id").textValue());
        assertEquals("Credits of the ECTS kind", out.at("/0/framework/prefLabel/en").textValue());
        assertEquals("kept on the ECTS point", out.at("/0/note").textValue());
        assertEquals(Vocabularies.ECVET.uri().toString(), out.at("/1/framework/id").textValue());
        assertEquals("Our ECVET", out.at("/1/framework/prefLabel/en").textValue());
        assertTrue(out.at("/1/note").isMissingNode());
        assertEquals(c, JsonTesting.read(codec, written.bytes()));
    }
}
