package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;

/**
 * Conversion, the SIS use: whatever credential one format reads, every other format either writes (reporting what it
 * cannot carry as losses) into a document that its own reader reads, or refuses with the documented exception family
 * (e.g. a NUL character, which XML 1.0 cannot hold). Never an unchecked exception from a writer, never a written
 * document its reader refuses. The credentials come from mutated documents, as in {@link MutationFuzzTest}, since they
 * reach the corners the model accepts and a writer may not expect (an EQF level 9, a tag like {@code en_GB}, a relative
 * URI, a 2,000-character language tag), each found this way and now a loss or a reading limit.
 *
 * <p>{@code -Dmicrocred.fuzz.crossIterations=N} inputs per source format (600 in the normal run, 100,000 with the
 * {@code fuzz} profile).
 */
class CrossFormatConversionTest {
    private static final int ITERATIONS = Integer.getInteger("microcred.fuzz.crossIterations", 600);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @BeforeAll
    static void heapIsBounded() {
        Base.assertBoundedHeap();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Format.class)
    void everyOtherFormatWritesWhatOneReadsOrRefusesIt(Format from) {
        CredentialCodec source = Base.codec(from);
        List<Documents.Seed> seeds = Documents.seeds(from);
        Mutator mutator = new Mutator(from, seeds.stream().map(Documents.Seed::bytes).toList());
        List<String> failures = new ArrayList<>();
        int converted = 0;
        try (Guard guard = new Guard()) {
            for (int i = 0; i < ITERATIONS && failures.size() < 20; i++) {
                Random random = new Random(0x63726f7373L ^ ((long) from.ordinal() << 40) ^ i);
                byte[] doc = mutator.mutate(seeds.get(random.nextInt(seeds.size())).bytes(), random).bytes();
                Guard.Outcome<MicroCredential> read = guard.run(() -> source.read(new ByteArrayInputStream(doc)).credential(), TIMEOUT);
                if (!read.returned()) {
                    continue; // refusing is MutationFuzzTest's business
                }
                for (Format to : Format.values()) {
                    if (to == from) {
                        continue;
                    }
                    CredentialCodec target = Base.codec(to);
                    Guard.Outcome<String> o = guard.run(() -> convert(read.value(), target), TIMEOUT);
                    String problem = o.timedOut() ? "no answer within " + TIMEOUT.toSeconds() + " s"
                            : o.thrown() != null ? o.thrown().toString() : o.value();
                    if (problem != null) {
                        failures.add(from.id() + " #" + i + " -> " + to.id() + ": " + CredentialFormatException.abbreviate(problem));
                    } else {
                        converted++;
                    }
                }
            }
        }
        assertEquals(List.of(), failures, () -> from.id() + ": " + failures.size() + " conversions broke the contract");
        System.out.printf("cross-format from %s: %d conversions%n", from.id(), converted);
    }

    // null if the conversion kept the contract, else what broke it
    private static String convert(MicroCredential c, CredentialCodec target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            target.write(c, out);
        } catch (CredentialFormatException refused) {
            return null; // a documented refusal, e.g. a character the format cannot hold
        }
        try {
            target.read(new ByteArrayInputStream(out.toByteArray()));
            return null;
        } catch (CredentialFormatException e) {
            return "its own reader refuses what it wrote: " + e.getMessage();
        }
    }
}
