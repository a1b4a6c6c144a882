package org.microcred.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.benchmarks.Targets.Kind;
import org.microcred.benchmarks.Targets.Outcome;
import org.microcred.benchmarks.Targets.Rate;
import org.microcred.benchmarks.Targets.Target;

class TargetsTest {
    private static Target target(String id) {
        return Targets.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void speedupIsMicrocredThroughputOverBaseline() {
        Outcome met = Targets.evaluate(target("P2b"), Rate.of(5000, 10), Rate.of(50, 1));
        assertEquals(100.0, met.ratio().orElseThrow(), 1e-9);
        assertEquals("met", met.status());
        Outcome missed = Targets.evaluate(target("P2b"), Rate.of(4000, 10), Rate.of(100, 1));
        assertEquals(40.0, missed.ratio().orElseThrow(), 1e-9);
        assertEquals("missed", missed.status());
    }

    @Test
    void costIsSubjectTimeOverReferenceTime() {
        // P4: validation at 3000 ops/s, parse at 1000 ops/s: validation takes a third of the parse time
        Outcome p4 = Targets.evaluate(target("P4"), Rate.of(3000, 0), Rate.of(1000, 0));
        assertEquals(1.0 / 3, p4.ratio().orElseThrow(), 1e-9);
        assertEquals("met", p4.status());
        // P6: single-document 30,000 rec/s, batch 15,000 rec/s: the batch is 2x slower
        Outcome p6 = Targets.evaluate(target("P6a"), Rate.of(15_000, 0), Rate.of(30_000, 0));
        assertEquals(2.0, p6.ratio().orElseThrow(), 1e-9);
        assertEquals("missed", p6.status());
        // P7: validate 200 ms (5 runs/s), java -version 50 ms (20 runs/s)
        Outcome p7 = Targets.evaluate(target("P7"), Rate.of(5, 0), Rate.of(20, 0));
        assertEquals(4.0, p7.ratio().orElseThrow(), 1e-9);
        assertFalse(p7.met());
    }

    @Test
    void goalOnTheBoundaryIsMet() {
        assertTrue(Targets.evaluate(target("P1"), Rate.of(50, 0), Rate.of(100, 0)).met());
        assertTrue(Targets.evaluate(target("P7"), Rate.of(10, 0), Rate.of(30, 0)).met());
    }

    @Test
    void missingSideGivesItsReasonAndNoRatio() {
        Outcome o = Targets.evaluate(target("P3a"), Rate.none("skipped: elmo codec not available"), Rate.of(1000, 0));
        assertTrue(o.ratio().isEmpty());
        assertEquals("skipped: elmo codec not available", o.status());
        Map<String, Rate> rates = new HashMap<>();
        rates.put("P3Elmo.staxScan", Rate.of(1000, 0));
        Outcome unmeasured = Targets.evaluate(rates).stream().filter(x -> x.target().id().equals("P3a")).findFirst().orElseThrow();
        assertEquals("failed: no result for P3Elmo.microcredRead", unmeasured.status());
    }

    @Test
    void infoRowsAreNeverJudged() {
        Outcome o = Targets.evaluate(target("P1*"), Rate.of(1, 0), Rate.of(1000, 0));
        assertEquals("info", o.status());
    }

    @Test
    void goalsAreThoseOfTheIssue() {
        Map<String, String> goals = new HashMap<>();
        Targets.all().forEach(t -> goals.put(t.id(), t.goalText()));
        assertEquals(">= 0.5x", goals.get("P1"));
        assertEquals(">= 20x", goals.get("P2a"));
        assertEquals(">= 50x", goals.get("P2b"));
        assertEquals(">= 20x", goals.get("P2c"));
        assertEquals(">= 50x", goals.get("P2d"));
        assertEquals(">= 0.7x", goals.get("P3a"));
        assertEquals(">= 2x", goals.get("P3b"));
        assertEquals("<= 0.5", goals.get("P4"));
        assertEquals(">= 0.7x", goals.get("P5"));
        assertEquals("<= 1.5", goals.get("P6a"));
        assertEquals("<= 1.5", goals.get("P6b"));
        assertEquals("<= 3", goals.get("P7"));
        assertEquals(List.of(Kind.COST), Targets.all().stream().filter(t -> t.id().equals("P4")).map(Target::kind).toList());
    }

    @Test
    void numbersHaveThreeSignificantDigits() {
        assertEquals("0.512", Targets.number(0.5123));
        assertEquals("12.3", Targets.number(12.34));
        assertEquals("1,235", Targets.number(1234.6));
        assertEquals("2", Targets.number(2.0));
    }
}
