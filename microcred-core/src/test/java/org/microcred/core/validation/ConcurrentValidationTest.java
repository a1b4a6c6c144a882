package org.microcred.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.testing.RandomCredentials;

/** One shared validator used from 8 threads gives the results it gives on one thread. */
class ConcurrentValidationTest {

    @Test
    @Timeout(60)
    void test_sharedValidator_eightThreads() throws Exception {
        CredentialValidator shared = CredentialValidator.create();
        Random random = new Random(7);
        List<MicroCredential> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            MicroCredential c = RandomCredentials.credential(random);
            inputs.add(i % 3 == 0 ? c.without(Element.values()[i % 11]) : c);
        }
        List<List<Violation>> expected = inputs.stream().map(c -> shared.validate(c, Profile.NESET_2020)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Violation>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> inputs.stream().map(c -> shared.validate(c, Profile.NESET_2020)).toList()));
            }
            for (Future<List<List<Violation>>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(true, expected.stream().anyMatch(v -> !v.isEmpty()), "some inputs have violations");
    }
}
