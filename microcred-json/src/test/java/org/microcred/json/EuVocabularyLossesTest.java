package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.Cycle;
import org.microcred.core.Element;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.RandomCredentials;
import org.microcred.json.ob3.Ob3Codec;

/**
 * Values that ELM and OB 3.0 write as concepts of the EU's vocabularies, which have none for them, are losses.
 *
 * <p>The model takes an EQF level outside 1 to 8 (the structural profile flags it), but ELM and OB 3.0 write EQF levels
 * as concepts of the EU's vocabulary, which has none: the writer leaves the level out and reports the loss (E08), and
 * writes a document that reads back (the ELM writer used to fail, the OB 3.0 writer to write a URI its reader
 * refuses). Its own JSON format keeps the number.
 */
class EuVocabularyLossesTest {
    enum Codec {
        ELM(new ElmCodec()), OB3(new Ob3Codec()), JSON(new JsonCodec());

        final CredentialCodec codec;

        Codec(CredentialCodec codec) {
            this.codec = codec;
        }
    }

    private static MicroCredential withLevel(Level level) {
        MicroCredential c = RandomCredentials.complete(new Random(1));
        return c.toBuilder().specification(c.specification().toBuilder().level(level).build()).build();
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void aLevelOutsideOneToEightIsALossWhereItIsAConcept(Codec codec) {
        for (int eqf : new int[] {0, 9, -1}) {
            for (boolean withCycle : new boolean[] {false, true}) {
                Level level = withCycle ? Level.of(eqf, Cycle.SECOND) : Level.ofEqf(eqf);
                MicroCredential c = withLevel(level);
                JsonTesting.Written w = JsonTesting.write(codec.codec, c);
                List<Loss> eqfLosses = w.losses().stream().filter(l -> l.element() == Element.E08).toList();
                MicroCredential back = JsonTesting.read(codec.codec, w.bytes());
                if (codec == Codec.JSON) {
                    assertEquals(List.of(), eqfLosses);
                    assertEquals(Optional.of(level), back.specification().level());
                } else {
                    assertEquals(List.of(new Loss(Element.E08, "specification.level.eqf",
                            "the EQF has levels 1 to 8: level " + eqf + " has no concept to write")), eqfLosses, codec + " " + eqf);
                    assertEquals(withCycle ? Optional.of(new Level(Optional.empty(), Optional.of(Cycle.SECOND), List.of(), false))
                            : Optional.empty(), back.specification().level(), codec + " " + eqf);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void levelsOneToEightAreWrittenWithoutLoss(Codec codec) {
        for (int eqf = 1; eqf <= 8; eqf++) {
            MicroCredential c = withLevel(Level.ofEqf(eqf));
            JsonTesting.Written w = JsonTesting.write(codec.codec, c);
            assertEquals(List.of(), w.losses().stream().filter(l -> l.element() == Element.E08).toList());
            assertEquals(Optional.of(Level.ofEqf(eqf)), JsonTesting.read(codec.codec, w.bytes()).specification().level());
        }
    }

    /**
     * ELM writes each language (S04) as the EU authority concept of its ISO 639-2 code: an ill-formed tag (kept as the
     * source wrote it, e.g. {@code en_GB} from an ELMO document) or one without such a code is a loss, the others are
     * written (the ELM writer used to fail on the whole credential).
     */
    @org.junit.jupiter.api.Test
    void elmLanguagesWithoutAnEuConceptAreLosses() {
        MicroCredential c = RandomCredentials.complete(new Random(2));
        c = c.toBuilder().specification(c.specification().toBuilder().languages(List.of("en", "en_GB", "zz", "de-AT")).build()).build();
        JsonTesting.Written w = JsonTesting.write(new ElmCodec(), c);
        assertEquals(List.of(new Loss(Element.S04, "specification.languages[1]",
                        "Ill-formed BCP 47 language tag: 'en_GB': no EU language concept to write"),
                new Loss(Element.S04, "specification.languages[2]", "Language of tag 'zz' has no ISO 639-2 code: no EU language concept to write")),
                w.losses().stream().filter(l -> l.element() == Element.S04).toList());
        assertEquals(List.of("en", "de-AT"), JsonTesting.read(new ElmCodec(), w.bytes()).specification().languages());
    }
}
