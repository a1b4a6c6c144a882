package org.microcred.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcred.benchmarks.Catalogue.Bench;
import org.microcred.benchmarks.Targets.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

class CatalogueTest {
    @Test
    void everyCatalogueEntryIsAJmhBenchmarkWithDeclaredParameterValues() throws Exception {
        for (Bench b : Catalogue.all()) {
            Method m = b.type().getMethod(b.method());
            assertTrue(m.isAnnotationPresent(Benchmark.class), b.id() + " is not a @Benchmark");
            for (Map.Entry<String, String> p : b.params().entrySet()) {
                Param param = b.type().getField(p.getKey()).getAnnotation(Param.class);
                assertTrue(Arrays.asList(param.value()).contains(p.getValue()), b.id() + ": undeclared value " + p.getValue());
            }
        }
    }

    @Test
    void everyJmhBenchmarkIsInTheCatalogue() {
        Set<String> catalogued = Catalogue.all().stream().map(b -> b.type().getSimpleName() + "." + b.method()).collect(Collectors.toSet());
        for (Class<?> type : Set.of(P1NativeJson.class, P2ElmJsonLd.class, P3Elmo.class, P4Validation.class, P5Signature.class,
                P6SingleDocument.class)) {
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    assertTrue(catalogued.contains(type.getSimpleName() + "." + m.getName()), m + " is not in the catalogue");
                }
            }
        }
    }

    @Test
    void everyTargetSideIsMeasuredByThisRun() {
        Set<String> ids = Catalogue.byId(Catalogue.all()).keySet();
        for (Target t : Targets.all()) {
            for (String side : new String[] {t.subject(), t.reference()}) {
                boolean known = ids.contains(side) || side.startsWith("batch:") || side.startsWith("startup:");
                assertTrue(known, t.id() + " refers to " + side + ", which nothing measures");
            }
        }
    }

    @Test
    void idsAreUnique() {
        assertEquals(Catalogue.all().size(), Catalogue.byId(Catalogue.all()).size());
    }
}
