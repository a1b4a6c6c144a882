package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;

class Ob3RoundTripProperties {
    private final Ob3Codec codec = new Ob3Codec();

    @Property(tries = 200)
    void everyGeneratedCredentialSurvivesTheRoundTrip(@ForAll("credentials") MicroCredential c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        assertEquals(List.of(), losses);
        MicroCredential back = codec.read(new ByteArrayInputStream(out.toByteArray())).credential();
        assertEquals(c, back);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<MicroCredential> credentials() {
        return CredentialArbitraries.credentials();
    }
}
