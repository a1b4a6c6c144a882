package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;

/**
 * Round trip model -> ELMO 1.7 -> model over the shared generators: equal for every element (ELMO slots
 * plus the microcred extension), every written document valid against the ELMO 1.7.0 schema together with
 * the microcred extension schema, and the only losses the second awarding bodies (E04).
 */
class ElmoCodecProperties {
    private final ElmoCodec codec = new ElmoCodec();

    @Provide
    Arbitrary<MicroCredential> any() {
        return Arbitraries.oneOf(CredentialArbitraries.credentials(), CredentialArbitraries.completeCredentials(),
                CredentialArbitraries.credentialsWithExtensions(Format.ELMO));
    }

    static List<Loss> expectedLosses(MicroCredential c, String prefix) {
        List<Loss> expected = new ArrayList<>();
        for (int i = 1; i < c.awardingBodies().size(); i++) {
            expected.add(new Loss(Element.E04, prefix + "awardingBodies[" + i + "]", "ELMO has one issuer per report: this "
                    + "awarding body is written only to the microcred extension, which other ELMO consumers ignore"));
        }
        return expected;
    }

    @Property(tries = 150)
    void roundTripIsExactAndSchemaValid(@ForAll("any") MicroCredential c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        assertEquals(expectedLosses(c, ""), losses);
        Schemas.validate(Schemas.Elmo.V1, out.toByteArray());
        CredentialCodec.ReadResult read = codec.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(c, read.credential());
        // microcred's own document contradicts nothing of itself
        assertEquals(List.of(), read.warnings().stream().filter(w -> w.message().contains("contradicts")).toList());
    }

    @Provide
    Arbitrary<List<MicroCredential>> oneLearner() {
        return any().list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<MicroCredential> same = new ArrayList<>();
            for (MicroCredential c : list) {
                same.add(list.get(0).learner().map(l -> c.toBuilder().learner(l).build())
                        .orElse(c.toBuilder().clearLearner().build()));
            }
            return same;
        });
    }

    @Property(tries = 25)
    void writeAllOfOneLearnerReadsBackInOrder(@ForAll("oneLearner") List<MicroCredential> list) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.writeAll(list.iterator(), out);
        List<Loss> expected = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            expected.addAll(expectedLosses(list.get(i), "credentials[" + i + "]."));
        }
        assertEquals(expected, losses);
        Schemas.validate(Schemas.Elmo.V1, out.toByteArray());
        List<MicroCredential> back = new ArrayList<>();
        codec.readAll(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(back::add);
        assertEquals(list, back);
    }
}
