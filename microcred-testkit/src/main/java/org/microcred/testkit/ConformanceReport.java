package org.microcred.testkit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.microcred.core.Element;
import org.microcred.testkit.CheckResult.Status;

/**
 * The results of a conformance run, with its three renderings: a console summary per requirement, JUnit XML
 * (one test suite per requirement, understood by CI servers) and JSON.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConformanceReport {
    private final String implementation;
    private final Manifest manifest;
    private final List<CheckResult> results;
    private final Duration duration;

    /**
     * Creates a report.
     *
     * @param implementation the name of the implementation checked, not null
     * @param manifest the manifest the scenarios came from, not null
     * @param results the results, in run order, not null
     * @param duration how long the run took, not null
     */
    public ConformanceReport(String implementation, Manifest manifest, List<CheckResult> results, Duration duration) {
        this.implementation = Objects.requireNonNull(implementation, "implementation");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.results = List.copyOf(results);
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * Gets the name of the implementation checked.
     *
     * @return the name, not null
     */
    public String implementation() {
        return implementation;
    }

    /**
     * Gets every result, in run order.
     *
     * @return the results, not null
     */
    public List<CheckResult> results() {
        return results;
    }

    /**
     * Gets the failed results.
     *
     * @return the failures, not null
     */
    public List<CheckResult> failures() {
        return results.stream().filter(r -> r.status() == Status.FAILED).toList();
    }

    /**
     * Counts the results with a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /**
     * Checks whether the run succeeded: no check failed and at least one passed.
     *
     * @return true if conformant on everything checked
     */
    public boolean isSuccess() {
        return count(Status.FAILED) == 0 && count(Status.PASSED) > 0;
    }

    /**
     * Groups the results by requirement, in the manifest's requirement order (unknown ones last).
     *
     * @return the results per requirement id, not null
     */
    public Map<String, List<CheckResult>> byRequirement() {
        Map<String, List<CheckResult>> map = new LinkedHashMap<>();
        manifest.requirements().forEach(r -> map.put(r.id(), new ArrayList<>()));
        for (CheckResult r : results) {
            map.computeIfAbsent(r.requirement(), k -> new ArrayList<>()).add(r);
        }
        map.values().removeIf(List::isEmpty);
        return map;
    }

    /**
     * Renders the console summary: one line per requirement with passed, failed and skipped counts, then
     * every failure with its reason, then the totals.
     *
     * @return the summary, lines ending in {@code \n}, not null
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("microcred conformance kit ").append(manifest.version()).append(": ").append(implementation)
                .append(" (").append(manifest.fixtureCount()).append(" fixtures, ").append(manifest.scenarios().size())
                .append(" scenarios)\n\n");
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %7s  %s%n", "requirement", "passed", "failed", "skipped", "title"));
        for (Map.Entry<String, List<CheckResult>> e : byRequirement().entrySet()) {
            List<CheckResult> rs = e.getValue();
            long failed = rs.stream().filter(r -> r.status() == Status.FAILED).count();
            sb.append(String.format(Locale.ROOT, "%-22s %6d %6d %7d  %s%s%n", e.getKey(),
                    rs.stream().filter(r -> r.status() == Status.PASSED).count(), failed,
                    rs.stream().filter(r -> r.status() == Status.SKIPPED).count(),
                    manifest.requirement(e.getKey()).map(Requirement::title).orElse(""), failed > 0 ? "  <-- FAILED" : ""));
        }
        List<CheckResult> failures = failures();
        if (!failures.isEmpty()) {
            sb.append("\nFailures:\n");
            for (CheckResult r : failures) {
                sb.append("  ").append(r.requirement()).append(' ').append(r.name()).append(": ").append(r.message()).append('\n');
            }
            TreeSet<Element> elements = new TreeSet<>();
            failures.forEach(r -> elements.addAll(r.elements()));
            if (!elements.isEmpty()) {
                sb.append("Elements concerned: ").append(String.join(", ", elements.stream().map(Element::id).toList())).append('\n');
            }
        }
        sb.append('\n').append(count(Status.PASSED)).append(" passed, ").append(count(Status.FAILED)).append(" failed, ")
                .append(count(Status.SKIPPED)).append(" skipped\n");
        return sb.toString();
    }

    /**
     * Writes the report as JUnit XML: a {@code testsuites} element with one {@code testsuite} per requirement
     * and one {@code testcase} per check.
     *
     * @param out the output, not null, not closed
     */
    public void writeJUnitXml(OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "microcred conformance: " + implementation);
            attributes(w, results, duration);
            w.writeCharacters("\n");
            for (Map.Entry<String, List<CheckResult>> e : byRequirement().entrySet()) {
                w.writeStartElement("testsuite");
                w.writeAttribute("name", e.getKey() + " " + manifest.requirement(e.getKey()).map(Requirement::title).orElse(""));
                attributes(w, e.getValue(), Duration.ZERO);
                w.writeCharacters("\n");
                for (CheckResult r : e.getValue()) {
                    w.writeStartElement("testcase");
                    w.writeAttribute("classname", "microcred.conformance." + e.getKey());
                    w.writeAttribute("name", r.name());
                    w.writeAttribute("time", "0");
                    switch (r.status()) {
                        case FAILED -> {
                            w.writeStartElement("failure");
                            w.writeAttribute("message", r.message());
                            w.writeAttribute("type", "conformance");
                            w.writeCharacters(r.message());
                            w.writeEndElement();
                        }
                        case SKIPPED -> {
                            w.writeStartElement("skipped");
                            w.writeAttribute("message", r.message());
                            w.writeEndElement();
                        }
                        default -> {
                        }
                    }
                    w.writeEndElement();
                    w.writeCharacters("\n");
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Cannot write the JUnit XML report: " + e.getMessage(), e));
        }
    }

    private static void attributes(XMLStreamWriter w, List<CheckResult> rs, Duration time) throws XMLStreamException {
        w.writeAttribute("tests", String.valueOf(rs.size()));
        w.writeAttribute("failures", String.valueOf(rs.stream().filter(r -> r.status() == Status.FAILED).count()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", String.valueOf(rs.stream().filter(r -> r.status() == Status.SKIPPED).count()));
        w.writeAttribute("time", String.format(Locale.ROOT, "%.3f", time.toMillis() / 1000.0));
    }

    /**
     * Writes the report as JSON: the implementation, the totals, a summary per requirement and every result.
     *
     * @param out the output, not null, not closed
     */
    public void writeJson(OutputStream out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("implementation", implementation);
            g.writeStringField("manifestVersion", manifest.version());
            g.writeNumberField("fixtures", manifest.fixtureCount());
            g.writeNumberField("passed", count(Status.PASSED));
            g.writeNumberField("failed", count(Status.FAILED));
            g.writeNumberField("skipped", count(Status.SKIPPED));
            g.writeBooleanField("success", isSuccess());
            g.writeArrayFieldStart("requirements");
            for (Map.Entry<String, List<CheckResult>> e : byRequirement().entrySet()) {
                g.writeStartObject();
                g.writeStringField("id", e.getKey());
                g.writeStringField("title", manifest.requirement(e.getKey()).map(Requirement::title).orElse(""));
                for (Status s : Status.values()) {
                    g.writeNumberField(s.name().toLowerCase(Locale.ROOT), e.getValue().stream().filter(r -> r.status() == s).count());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (CheckResult r : results) {
                g.writeStartObject();
                g.writeStringField("scenario", r.scenario());
                g.writeStringField("requirement", r.requirement());
                if (r.format().isPresent()) {
                    g.writeStringField("format", r.format().get().id());
                }
                g.writeStringField("check", r.check());
                g.writeStringField("status", r.status().name());
                if (!r.message().isEmpty()) {
                    g.writeStringField("message", r.message());
                }
                if (!r.elements().isEmpty()) {
                    g.writeArrayFieldStart("elements");
                    for (Element e : r.elements()) {
                        g.writeString(e.id());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON report: " + e.getMessage(), e);
        }
    }
}
