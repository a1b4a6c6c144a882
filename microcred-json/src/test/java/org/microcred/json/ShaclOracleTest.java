package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.json.internal.Jackson;

/** Shows that the SHACL oracle can fail: the official unsigned sample lacks what sealing adds. */
class ShaclOracleTest {

    @Test
    void signedSamplePayloadConforms() throws Exception {
        var wrapper = Jackson.mapper().readTree(JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-signed.jsonld"));
        byte[] payload = wrapper.get("payload").textValue().getBytes(StandardCharsets.UTF_8);
        System.out.println(ShaclOracle.violationsNoCv(payload));
        System.out.println(ShaclOracle.violationsFull(payload));
    }

    @Test
    void unsignedSampleMissesWhatSealingAdds() {
        List<String> v = ShaclOracle.violationsNoCv(JsonTesting.resource("/org/microcred/json/elm/samples/Sample-MC-Annex1-unsigned.jsonld"));
        System.out.println(v);
        assertFalse(v.isEmpty());
    }
}
