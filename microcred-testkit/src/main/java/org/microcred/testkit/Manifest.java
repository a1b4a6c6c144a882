package org.microcred.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.microcred.core.Element;
import org.microcred.core.format.Format;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Severity;

/**
 * The manifest of the conformance kit: the requirements and the scenarios, with their documents.
 *
 * <p>The manifest shipped in this jar ({@link #load()}) is the file
 * {@code org/microcred/testkit/conformance/manifest.json}; its documents lie next to it. Vendors in other
 * languages read the same file from {@code microcred conformance export DIR}. Its JSON form:
 * <pre>{@code
 * {"version": "1",
 *  "requirements": [{"id": "E06", "title": "learning outcomes"}, ...],
 *  "scenarios": [{"id": "invalid-eu2022-missing-e06", "kind": "invalid", "requirement": "E06",
 *                 "description": "...", "profile": "eu-2022",
 *                 "documents": {"json": "documents/invalid-eu2022-missing-e06.json", ...},
 *                 "expected": "expected/invalid-eu2022-missing-e06.json",
 *                 "violations": [{"element": "E06", "severity": "ERROR"}]}, ...]}
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Manifest {
    /** The resource folder of the shipped manifest. */
    public static final String RESOURCE_ROOT = "org/microcred/testkit/conformance/";
    /** The file name of a manifest. */
    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String version;
    private final List<Requirement> requirements;
    private final List<Scenario> scenarios;
    private final Source source;

    private Manifest(String version, List<Requirement> requirements, List<Scenario> scenarios, Source source) {
        this.version = version;
        this.requirements = List.copyOf(requirements);
        this.scenarios = List.copyOf(scenarios);
        this.source = source;
    }

    /**
     * Obtains a manifest from its parts; its documents are opened with {@code source}.
     *
     * @param version the manifest version, not null
     * @param requirements the requirements, not null
     * @param scenarios the scenarios, not null
     * @param source opens a document from its relative path, not null
     * @return the manifest, not null
     */
    public static Manifest of(String version, List<Requirement> requirements, List<Scenario> scenarios, Source source) {
        return new Manifest(Objects.requireNonNull(version, "version"), requirements, scenarios,
                Objects.requireNonNull(source, "source"));
    }

    /**
     * Loads the manifest shipped in this jar.
     *
     * @return the manifest, not null
     * @throws IllegalStateException if the manifest is missing from the class path or broken
     */
    public static Manifest load() {
        ClassLoader loader = Manifest.class.getClassLoader();
        Source source = path -> {
            InputStream in = loader.getResourceAsStream(RESOURCE_ROOT + path);
            if (in == null) {
                throw new IllegalStateException("Conformance document missing from the class path: " + RESOURCE_ROOT + path);
            }
            return in;
        };
        try (InputStream in = source.open(FILE_NAME)) {
            return parse(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the conformance manifest: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a manifest from a directory, such as one written by {@code microcred conformance export}.
     *
     * @param directory the directory holding {@code manifest.json}, not null
     * @return the manifest, not null
     * @throws UncheckedIOException if the manifest cannot be read
     * @throws IllegalArgumentException if the manifest is broken
     */
    public static Manifest load(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Source source = path -> {
            Path p = root.resolve(path).normalize();
            if (!p.startsWith(root)) {
                throw new IllegalArgumentException("Document path leaves the manifest directory: " + path);
            }
            return Files.newInputStream(p);
        };
        try (InputStream in = source.open(FILE_NAME)) {
            return parse(in, source);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("No " + FILE_NAME + " in " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a manifest.
     *
     * @param in the JSON manifest, not null, not closed
     * @param source opens the documents it names, not null
     * @return the manifest, not null
     * @throws IllegalArgumentException if the manifest is broken, naming the scenario and field
     */
    public static Manifest parse(InputStream in, Source source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Conformance manifest is not JSON: " + e.getMessage(), e);
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode r : root.path("requirements")) {
            requirements.add(new Requirement(text(r, "id", "requirement"), text(r, "title", "requirement")));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode s : root.path("scenarios")) {
            String id = text(s, "id", "scenario");
            try {
                scenarios.add(scenario(id, s));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Scenario " + id + ": " + e.getMessage(), e);
            }
        }
        return new Manifest(root.path("version").asText("1"), requirements, scenarios, source);
    }

    private static Scenario scenario(String id, JsonNode s) {
        Map<Format, String> documents = new EnumMap<>(Format.class);
        s.path("documents").fields().forEachRemaining(e -> documents.put(Format.of(e.getKey()), e.getValue().asText()));
        List<Scenario.ExpectedViolation> violations = new ArrayList<>();
        for (JsonNode v : s.path("violations")) {
            violations.add(new Scenario.ExpectedViolation(Element.of(text(v, "element", id)),
                    Severity.valueOf(text(v, "severity", id))));
        }
        Optional<Scenario.Rejection> rejection = Optional.empty();
        JsonNode r = s.get("rejection");
        if (r != null) {
            rejection = Optional.of(new Scenario.Rejection(
                    Scenario.RejectionType.valueOf(text(r, "exception", id).toUpperCase(java.util.Locale.ROOT)),
                    r.hasNonNull("element") ? Optional.of(Element.of(r.get("element").asText())) : Optional.empty()));
        }
        List<Element> losses = new ArrayList<>();
        for (JsonNode l : s.path("losses")) {
            losses.add(Element.of(l.asText()));
        }
        return new Scenario(id, Scenario.Kind.valueOf(text(s, "kind", id).toUpperCase(java.util.Locale.ROOT)),
                text(s, "requirement", id), s.path("description").asText(""),
                optional(s, "profile").map(Profile::of), documents, optional(s, "expected"), violations, rejection,
                optional(s, "target").map(Format::of), losses);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "' in " + where);
        }
        return v.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    /**
     * Writes this manifest as JSON, pretty-printed with sorted, stable ordering.
     *
     * @param out the output, not null, not closed
     */
    public void write(OutputStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", version);
        List<Map<String, String>> reqs = new ArrayList<>();
        for (Requirement r : requirements) {
            Map<String, String> rm = new LinkedHashMap<>();
            rm.put("id", r.id());
            rm.put("title", r.title());
            reqs.add(rm);
        }
        root.put("requirements", reqs);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("kind", s.kind().id());
            m.put("requirement", s.requirement());
            m.put("description", s.description());
            s.profile().ifPresent(p -> m.put("profile", p.id()));
            Map<String, String> docs = new LinkedHashMap<>();
            s.documents().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> docs.put(e.getKey().id(), e.getValue()));
            m.put("documents", docs);
            s.expected().ifPresent(e -> m.put("expected", e));
            if (s.kind() == Scenario.Kind.VALID || s.kind() == Scenario.Kind.INVALID) {
                m.put("violations", s.violations().stream().map(v -> {
                    Map<String, String> vm = new LinkedHashMap<>();
                    vm.put("element", v.element().id());
                    vm.put("severity", v.severity().name());
                    return vm;
                }).toList());
            }
            s.rejection().ifPresent(r -> {
                Map<String, String> rm = new LinkedHashMap<>();
                rm.put("exception", r.exception().id());
                r.element().ifPresent(e -> rm.put("element", e.id()));
                m.put("rejection", rm);
            });
            s.target().ifPresent(t -> m.put("target", t.id()));
            if (s.kind() == Scenario.Kind.CONVERSION) {
                m.put("losses", s.losses().stream().map(Element::id).toList());
            }
            list.add(m);
        }
        root.put("scenarios", list);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets the manifest version.
     *
     * @return the version, not null
     */
    public String version() {
        return version;
    }

    /**
     * Gets the requirements, in catalogue order.
     *
     * @return the requirements, not null
     */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * Gets a requirement by id.
     *
     * @param id the id, not null
     * @return the requirement, not null
     */
    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Gets the scenarios, in manifest order.
     *
     * @return the scenarios, not null
     */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * Gets a scenario by id.
     *
     * @param id the id, not null
     * @return the scenario, not null
     */
    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Gets the number of fixtures (documents) over all scenarios.
     *
     * @return the count
     */
    public int fixtureCount() {
        return scenarios.stream().mapToInt(Scenario::fixtureCount).sum();
    }

    /**
     * Counts the fixtures per format.
     *
     * @return the counts, in format order, not null
     */
    public Map<Format, Long> fixturesPerFormat() {
        return scenarios.stream().flatMap(s -> s.documents().keySet().stream())
                .collect(Collectors.groupingBy(f -> f, () -> new EnumMap<>(Format.class), Collectors.counting()));
    }

    /**
     * Opens a document or expected model named by a scenario.
     *
     * @param path the path relative to the manifest, not null
     * @return the stream, to be closed by the caller, not null
     * @throws UncheckedIOException if it cannot be opened
     */
    public InputStream open(String path) {
        try {
            return source.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open conformance document " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document or expected model named by a scenario, whole.
     *
     * @param path the path relative to the manifest, not null
     * @return the bytes, not null
     * @throws UncheckedIOException if it cannot be read
     */
    public byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read conformance document " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the documents of a manifest by their relative path.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface Source {
        /**
         * Opens a document.
         *
         * @param path the path relative to the manifest, not null
         * @return the stream, not null
         * @throws IOException if it cannot be opened
         */
        InputStream open(String path) throws IOException;
    }
}
