package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.json.internal.Jackson;

/** The SHACL oracle itself: it accepts what EDC seals and fails for the right reason on what EDC has not sealed yet. */
class ShaclOracleTest {

    @Test
    void signedSamplePayloadConforms() throws Exception {
        var wrapper = Jackson.mapper().readTree(JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-signed.jsonld"));
        byte[] payload = wrapper.get("payload").textValue().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), ShaclOracle.violationsNoCv(payload));
        assertEquals(List.of(), ShaclOracle.violationsFull(payload));
    }

    @Test
    void unsignedSampleMissesExactlyWhatSealingAdds() {
        List<String> v = ShaclOracle.violationsNoCv(JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-unsigned.jsonld"));
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.get(0).contains("credentials#issued") && v.get(0).contains("minCount"), v.get(0));
        assertTrue(v.get(1).contains("IssuerNodeShape"), v.get(1));
    }
}
