package org.microcred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The module boundary: only API packages are exported; internals only to sibling modules. */
class ModuleDescriptorTest {

    @Test
    void test_exports() throws IOException {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertEquals("org.microcred.core", d.name());
        Map<String, Set<String>> exports = new TreeMap<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            exports.put(e.source(), e.targets());
        }
        assertEquals(Map.of(
                "org.microcred.core", Set.of(),
                "org.microcred.core.format", Set.of(),
                "org.microcred.core.validation", Set.of(),
                "org.microcred.core.validation.constraints", Set.of(),
                "org.microcred.core.verification", Set.of(),
                "org.microcred.core.vocabulary", Set.of(),
                "org.microcred.core.internal", Set.of("org.microcred.json", "org.microcred.xml", "org.microcred.testkit")),
                exports);
        assertEquals(Set.of("jakarta.validation", "java.base"),
                d.requires().stream().map(ModuleDescriptor.Requires::name).collect(java.util.stream.Collectors.toSet()));
    }
}
