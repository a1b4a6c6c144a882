package org.microcred.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcred.testkit.CheckResult.Status;

/** microcred meets every check of its own kit. */
class SelfConformanceTest {

    @Test
    void microcredPassesEveryCheckOfTheShippedKit() {
        ConformanceReport report = ConformanceRunner.of(Manifest.load(), Implementation.microcred()).run();
        assertEquals(0, report.count(Status.FAILED), report::summary);
        assertEquals(0, report.count(Status.SKIPPED), report::summary);
        assertTrue(report.count(Status.PASSED) > 300, report::summary);
        assertTrue(report.isSuccess());
    }
}
