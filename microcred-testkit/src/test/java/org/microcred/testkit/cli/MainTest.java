package org.microcred.testkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.testkit.Manifest;
import org.microcred.testkit.Scenario;
import org.w3c.dom.Document;

/** The {@code microcred} command, run in-process on the kit's own fixtures. */
class MainTest {
    @TempDir
    static Path dir;
    static Manifest manifest;
    static Path valid;
    static Path complete;
    static Path missingE06;
    static Path truncated;
    static Path batch;

    @BeforeAll
    static void copyFixtures() throws IOException {
        manifest = Manifest.load();
        valid = copy("valid-eu2022-typical", Format.JSON, "typical.json");
        complete = copy("valid-neset2020-complete", Format.JSON, "complete.json");
        missingE06 = copy("invalid-eu2022-missing-e06", Format.JSON, "missing-e06.json");
        truncated = copy("hostile-json-truncated", Format.JSON, "truncated.json");
        batch = copy("batch-json-json-lines", Format.JSON, "batch.jsonl");
    }

    static Path copy(String scenario, Format f, String name) throws IOException {
        Scenario s = manifest.scenario(scenario).orElseThrow();
        return Files.write(dir.resolve(name), manifest.bytes(s.documents().get(f)));
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: microcred"), r.out());
        for (String command : List.of("validate", "convert", "inspect", "conformance run", "conformance export",
                "conformance check-consumer", "conformance check-producer")) {
            assertTrue(r.out().contains("  " + command), command);
        }
        assertEquals(0, Cli.run("validate", "--help").status());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndNoStackTraceUnlessVerbose() {
        Cli r = Cli.run("frobnicate");
        assertEquals(2, r.status());
        assertEquals("microcred: unknown command 'frobnicate' (see microcred --help)\n", r.err());
        assertEquals(2, Cli.run().status());
        Cli badProfile = Cli.run("validate", "--profile", "eu-2023", valid.toString());
        assertEquals(2, badProfile.status());
        assertEquals(1, badProfile.err().lines().count(), badProfile.err());
        assertTrue(badProfile.err().contains("Unknown profile 'eu-2023'"), badProfile.err());
        Cli verbose = Cli.run("--verbose", "validate", "--profile", "eu-2023", valid.toString());
        assertTrue(verbose.err().lines().count() > 3 && verbose.err().contains("\tat "), verbose.err());
        assertEquals(2, Cli.run("convert", valid.toString()).status(), "missing --to");
        assertEquals(2, Cli.run("validate", "--output").status(), "option without value");
    }

    @Test
    void validateExitsZeroOnAValidFileAndPrintsNothing() {
        Cli r = Cli.run("validate", valid.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validatePrintsOneLinePerViolationAndExitsOne() {
        Cli r = Cli.run("validate", missingE06.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(missingE06 + ": E06 specification.learningOutcomes: missing\n", r.out());
        // the structural profile does not require learning outcomes
        assertEquals(0, Cli.run("validate", "--profile", "structural", missingE06.toString()).status());
        // a mix: the worst status wins, every file is reported
        Cli mix = Cli.run("validate", valid.toString(), missingE06.toString(), truncated.toString());
        assertEquals(2, mix.status());
        assertTrue(mix.out().contains("E06"), mix.out());
        assertTrue(mix.err().startsWith("microcred: " + truncated + ": json: "), mix.err());
        assertEquals(1, mix.err().lines().count(), mix.err());
    }

    @Test
    void validateWritesJsonWithOneObjectPerFile() throws IOException {
        Cli r = Cli.run("validate", "--output", "json", valid.toString(), missingE06.toString(), truncated.toString());
        assertEquals(2, r.status());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.size());
        assertEquals(valid.toString(), json.get(0).get("file").asText());
        assertEquals("json", json.get(0).get("format").asText());
        assertTrue(json.get(0).get("valid").asBoolean());
        assertEquals(0, json.get(0).get("violations").size());
        JsonNode v = json.get(1).get("violations").get(0);
        assertFalse(json.get(1).get("valid").asBoolean());
        assertEquals("E06", v.get("element").asText());
        assertEquals("specification.learningOutcomes", v.get("path").asText());
        assertEquals("ERROR", v.get("severity").asText());
        assertEquals("missing", v.get("message").asText());
        assertFalse(json.get(2).get("valid").asBoolean());
        assertTrue(json.get(2).get("error").asText().contains("truncated"), json.get(2).toString());
    }

    @Test
    void unreadableInputExitsTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        Cli r = Cli.run("validate", text.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("microcred: " + text + ": unknown format"), r.err());
        Cli missing = Cli.run("inspect", dir.resolve("nope.json").toString());
        assertEquals(2, missing.status());
        assertEquals("microcred: " + dir.resolve("nope.json") + ": no such file\n", missing.err());
        Cli hostile = Cli.run("convert", "--to", "json", truncated.toString());
        assertEquals(2, hostile.status());
        assertEquals(1, hostile.err().lines().count(), hostile.err());
    }

    @Test
    void validateReadsStandardInput() {
        Cli r = Cli.runWithInput(manifest.bytes(manifest.scenario("invalid-eu2022-missing-e06").orElseThrow()
                .documents().get(Format.JSON)), "validate", "-");
        assertEquals(1, r.status());
        assertEquals("-: E06 specification.learningOutcomes: missing\n", r.out());
    }

    @Test
    void convertWritesTheDocumentAndReadsBackTheSameCredential() throws IOException {
        MicroCredential original = Codecs.of(Format.JSON).read(Files.newInputStream(complete)).credential();
        for (Format to : installed()) {
            Cli r = Cli.run("convert", "--to", to.id(), complete.toString());
            assertEquals(0, r.status(), r.err());
            assertEquals("", r.err());
            MicroCredential back = Codecs.of(to).read(new ByteArrayInputStream(r.outBytes())).credential();
            assertEquals(original, back, to.id());
        }
        Path out = dir.resolve("out.json");
        Cli r = Cli.run("convert", "--from", "json", "--to", "json", complete.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(original, Codecs.of(Format.JSON).read(Files.newInputStream(out)).credential());
    }

    @Test
    void convertStreamsBatches() throws IOException {
        List<MicroCredential> expected = new ArrayList<>();
        Codecs.of(Format.JSON).readAll(Files.newInputStream(batch)).forEachRemaining(expected::add);
        assertEquals(3, expected.size());
        for (Format to : installed()) {
            Cli r = Cli.run("convert", "--to", to.id(), batch.toString());
            assertEquals(0, r.status(), r.err());
            List<MicroCredential> back = new ArrayList<>();
            Codecs.of(to).readAll(new ByteArrayInputStream(r.outBytes())).forEachRemaining(back::add);
            assertEquals(expected, back, to.id());
        }
        Path array = copy("batch-json-array", Format.JSON, "array.json");
        Cli lines = Cli.run("convert", "--to", "json", array.toString());
        assertEquals(3, lines.out().strip().lines().count(), "JSON Lines out: " + lines.out());
    }

    @Test
    void convertReportsLossesAndStrictExitsOne() throws IOException {
        Scenario lossy = manifest.scenarios().stream().filter(s -> s.kind() == Scenario.Kind.CONVERSION && !s.losses().isEmpty())
                .filter(s -> installed().containsAll(List.of(s.documents().keySet().iterator().next(), s.target().get())))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(lossy != null, "no lossy conversion between the installed codecs");
        Format from = lossy.documents().keySet().iterator().next();
        Path in = copy(lossy.id(), from, "lossy." + from.id());
        Cli r = Cli.run("convert", "--to", lossy.target().get().id(), in.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("lost: S08 "), r.err());
        r.err().lines().forEach(l -> assertTrue(l.startsWith("lost: S08 "), l));
        Cli strict = Cli.run("convert", "--strict", "--to", lossy.target().get().id(), in.toString());
        assertEquals(1, strict.status());
        assertEquals(r.err(), strict.err());
    }

    @Test
    void inspectPrintsEveryElementInAnnexOrderInTheCredentialsLanguage() {
        Cli r = Cli.run("inspect", complete.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Credit supplement: Fondamentaux de la cybersécurité\nLanguage: fr\n"), r.out());
        int last = -1;
        for (org.microcred.core.Element e : org.microcred.core.Element.values()) {
            int at = r.out().indexOf("\n" + e.id() + "  " + e.title() + "\n");
            assertTrue(at > last, e.id() + " out of order or missing");
            last = at;
        }
        assertTrue(r.out().contains("Identifier les menaces courantes."), "learning outcome in French");
        assertFalse(r.out().contains("Identify common threats."), "not in English");
        assertFalse(r.out().contains("MISSING"), "complete credential");

        Cli missing = Cli.run("inspect", missingE06.toString());
        assertTrue(missing.out().contains("\nE06  learning outcomes\n     MISSING (mandatory)\n"), missing.out());
        assertTrue(missing.out().contains("\nN01  provider\n     not given\n"), missing.out());
    }

    @Test
    void inspectHtmlIsOneWellFormedPageWithEveryElement() throws Exception {
        Cli r = Cli.run("inspect", "--html", missingE06.toString());
        assertEquals(0, r.status(), r.err());
        Document page = parseXhtml(r.out());
        assertEquals("html", page.getDocumentElement().getLocalName());
        var rows = page.getElementsByTagName("tr");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            var row = (org.w3c.dom.Element) rows.item(i);
            if (!row.getAttribute("id").isEmpty()) {
                ids.add(row.getAttribute("id"));
                boolean missing = row.getAttribute("class").contains("missing");
                String value = row.getElementsByTagName("td").item(2).getTextContent();
                assertEquals(missing, value.equals("not given") || value.equals("MISSING (mandatory)"), row.getTextContent());
                assertEquals(row.getAttribute("id").equals("E06"), value.equals("MISSING (mandatory)"), row.getTextContent());
            }
        }
        assertEquals(java.util.Arrays.stream(org.microcred.core.Element.values()).map(org.microcred.core.Element::id).toList(), ids);
        assertFalse(r.out().contains("<script") || r.out().contains("src=") || r.out().contains("href="), "self-contained");
        assertTrue(r.out().contains("MISSING (mandatory)"));
    }

    static Document parseXhtml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void conformanceRunPrintsTheSummaryAndWritesJUnitXmlAndJson() throws Exception {
        Path junit = dir.resolve("report.xml");
        Path json = dir.resolve("report.json");
        Cli r = Cli.run("conformance", "run", "--format", "json", "--junit", junit.toString(), "--json", json.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("microcred conformance kit 1: microcred ("), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ passed, 0 failed, 0 skipped\\n$"), r.out());
        Document xml = parseXhtml(Files.readString(junit));
        assertEquals("testsuites", xml.getDocumentElement().getNodeName());
        assertEquals("0", xml.getDocumentElement().getAttribute("failures"));
        assertTrue(xml.getElementsByTagName("testsuite").getLength() > 10);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("microcred", report.get("implementation").asText());
        assertTrue(report.get("success").asBoolean());
        assertEquals(report.get("passed").asInt(), report.get("results").size());
        assertEquals(2, Cli.run("conformance", "run", "--format", "yaml").status());
        assertEquals(2, Cli.run("conformance", "frob").status());
    }

    static List<Format> installed() {
        return Codecs.installed().stream().map(c -> c.format()).toList();
    }
}
