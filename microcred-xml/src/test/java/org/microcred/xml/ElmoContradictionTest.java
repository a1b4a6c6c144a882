package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.ExtensionNode.Member;
import org.microcred.core.ExtensionNode.Scalar;
import org.microcred.core.ExtensionNode.Structure;
import org.microcred.core.GradeStatus;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Workload;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * An ELMO element that the microcred extension element ({@code mce:microcredential}) contradicts is not dropped:
 * the extension gives the model value (it carries the component in full), and the ELMO element is kept whole
 * as an extension (S08) in its place, so that writing the credential back writes it again. One hand-written
 * document per pair (in {@code elmo/contradict/}); each test checks the model value, the kept extension and that
 * the document written back is the document read (or, where the writer also writes the slot from the model, the
 * expected document), which reads back to the same credential.
 */
class ElmoContradictionTest {
    private static final String DIR = "/org/microcred/xml/elmo/contradict/";
    private static final String XML_LANG = "@{http://www.w3.org/XML/1998/namespace}lang";

    private final ElmoCodec codec = new ElmoCodec();

    /** E07: {@code credit} (ECTS 5) against {@code mce:workload} with hours and no ECTS. */
    @Test
    void creditAgainstWorkload() {
        MicroCredential c = roundTrip("credit-vs-workload.xml");
        assertEquals(Optional.of(new Workload(Optional.empty(), Optional.of(new BigDecimal("75")), List.of())),
                c.specification().workload());
        assertEquals(List.of(new Extension(Format.ELMO, "/credit", el("scheme", text("ects"), "value", text("5")))),
                c.extensions());
    }

    /** E08: {@code level} (EQF 6) against an {@code mce:level} saying "not applicable". */
    @Test
    void levelAgainstMicrocredLevel() {
        MicroCredential c = roundTrip("level-vs-mce-level.xml");
        assertEquals(Optional.of(Level.ofNotApplicable()), c.specification().level());
        assertEquals(List.of(new Extension(Format.ELMO, "/level", el("type", text("EQF"), "value", text("6")))),
                c.extensions());
    }

    /** S06: {@code type} Course against {@code mce:opportunityType} MOOC. */
    @Test
    void typeAgainstOpportunityType() {
        MicroCredential c = roundTrip("type-vs-opportunity-type.xml");
        assertEquals(Optional.of(Vocabularies.LEARNING_OPPORTUNITY.get("17744a2647")), c.specification().opportunityType());
        assertEquals(List.of(new Extension(Format.ELMO, "/specification/type", text("Course"))),
                c.specification().extensions());
    }

    /** S03: {@code iscedCode} 0613 against {@code mce:fieldsOfEducation} without an ISCED-F field. */
    @Test
    void iscedCodeAgainstFieldsOfEducation() {
        MicroCredential c = roundTrip("isced-vs-fields-of-education.xml");
        assertEquals(List.of(Concept.of(URI.create("https://example.org/fields/data"))), c.specification().fieldsOfEducation());
        assertEquals(List.of(new Extension(Format.ELMO, "/specification/iscedCode", text("0613"))),
                c.specification().extensions());
    }

    /** E16: {@code url} against {@code mce:furtherInformation} with a note and no link. */
    @Test
    void urlAgainstFurtherInformation() {
        MicroCredential c = roundTrip("url-vs-further-information.xml");
        CredentialSpecification s = c.specification();
        assertEquals(List.of(MultilingualText.of("en", "See the handbook.")), s.furtherInformation().orElseThrow().notes());
        assertEquals(List.of(), s.furtherInformation().orElseThrow().links());
        assertEquals(List.of(new Extension(Format.ELMO, "/specification/url", text("https://example.org/courses/old"))),
                s.extensions());
    }

    /** E02: a {@code title} against {@code mce:absent} title (the empty title is the writer's placeholder). */
    @Test
    void titleAgainstAbsentTitle() {
        MicroCredential c = roundTrip("title-vs-absent-title.xml");
        assertEquals(Optional.empty(), c.specification().title());
        assertEquals(List.of(new Extension(Format.ELMO, "/specification/title", el(XML_LANG, Scalar.ofString("en"),
                "#text", Scalar.ofString("Data literacy")))), c.specification().extensions());
    }

    /** E14: {@code status} passed against an {@code mce:grade} without a status. */
    @Test
    void statusAgainstGrade() {
        MicroCredential c = roundTrip("status-vs-grade.xml");
        assertEquals("A", c.grade().orElseThrow().value());
        assertEquals(Optional.empty(), c.grade().orElseThrow().status());
        assertEquals(List.of(new Extension(Format.ELMO, "/status", text("passed"))), c.extensions());
    }

    /** E14: {@code resultLabel} B against {@code mce:grade} A: written back after the grade's own label. */
    @Test
    void resultLabelAgainstGrade() {
        MicroCredential c = roundTrip("result-label-vs-grade.xml", "result-label-vs-grade.expected.xml");
        assertEquals("A", c.grade().orElseThrow().value());
        assertEquals(Optional.of(MultilingualText.of("en", "top 10%")), c.grade().orElseThrow().distribution());
        assertEquals(List.of(new Extension(Format.ELMO, "/resultLabel", text("B"))), c.extensions());
    }

    /** S04: {@code languageOfInstruction} fr against {@code mce:languages} de, en. */
    @Test
    void languageAgainstLanguages() {
        MicroCredential c = roundTrip("language-vs-languages.xml", "language-vs-languages.expected.xml");
        assertEquals(List.of("de", "en"), c.specification().languages());
        assertEquals(List.of(new Extension(Format.ELMO, "/languageOfInstruction", text("fr"))), c.extensions());
    }

    /**
     * {@code microcred-id} identifiers with another attribute: kept whole, attributes and all, rather than read as
     * the credential's and specification's identifiers with the attribute dropped.
     */
    @Test
    void microcredIdWithOtherAttributesIsKeptWhole() {
        MicroCredential c = roundTrip("microcred-id-attributes.xml");
        assertEquals(Optional.empty(), c.id());
        assertEquals(Optional.empty(), c.specification().id());
        assertEquals(List.of(new Extension(Format.ELMO, "/identifier", el("@type", Scalar.ofString("microcred-id"),
                "@{urn:example:x}source", Scalar.ofString("sis"),
                "#text", Scalar.ofString("urn:uuid:22222222-2222-2222-2222-222222222222")))), c.extensions());
        assertEquals(List.of(new Extension(Format.ELMO, "/specification/identifier", el("@type",
                Scalar.ofString("microcred-id"), "@{urn:example:x}checked", Scalar.ofString("2024-01-01"),
                "#text", Scalar.ofString("urn:uuid:11111111-1111-1111-1111-111111111111")))), c.specification().extensions());
    }

    /** A second {@code mce:microcredential}: the first is microcred's, the second is kept (it replaced the first). */
    @Test
    void secondMicrocredExtensionIsKept() {
        MicroCredential c = roundTrip("second-microcred-extension.xml");
        assertEquals(Optional.of(new BigDecimal("75")), c.specification().workload().orElseThrow().hours());
        assertEquals(List.of(new Extension(Format.ELMO, "/{https://w3id.org/microcred/elmo/v1}microcredential",
                el("{https://w3id.org/microcred/elmo/v1}workload", el("{https://w3id.org/microcred/xml/v1}hours",
                        text("80"))))), c.extensions());
    }

    /** A second {@code start}: the first is N03's start, the second is kept (it replaced the first). */
    @Test
    void secondStartIsKept() {
        MicroCredential c = roundTrip("second-start.xml");
        assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), c.timePeriod().orElseThrow().start());
        assertEquals(List.of(new Extension(Format.ELMO, "/start", text("2024-03-01"))), c.extensions());
    }

    /** A component repeated in the microcred extension is refused (one would have replaced the other). */
    @Test
    void repeatedExtensionComponentIsRefused() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> codec.read(new ByteArrayInputStream(resource("workload-repeated.xml"))));
        assertEquals(Optional.of(Element.S08), e.element());
        assertTrue(e.getMessage().contains("a second workload"), e::getMessage);
        assertTrue(e.location().line() > 0, () -> "located: " + e.location());
    }

    /** An absent component the extension does not define is refused, not ignored. */
    @Test
    void unknownAbsentComponentIsRefused() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> codec.read(new ByteArrayInputStream(resource("absent-unknown.xml"))));
        assertTrue(e.getMessage().contains("grade"), e::getMessage);
    }

    //-----------------------------------------------------------------------
    /**
     * E01, E04: the document's learner and the report's issuer belong to every credential of the document, so they
     * cannot be kept in one credential's place: the extension's learner and awarding body are read, and each
     * contradiction is reported as a warning naming both values; so is (E14) a resultDistribution description that
     * the extension's grade contradicts.
     */
    @Test
    void learnerAndIssuerAgainstTheExtensionAreReported() {
        ReadResult r = codec.read(new ByteArrayInputStream(resource("learner-and-issuer-vs-extension.xml")));
        MicroCredential c = r.credential();
        assertEquals(Optional.of("Grace"), c.learner().orElseThrow().givenName());
        assertEquals(MultilingualText.of("en", "Another University"), c.awardingBodies().get(0).legalName());
        List<String> warnings = r.warnings().stream().map(w -> w.message()).filter(m -> m.contains("contradicts")).toList();
        assertEquals(List.of("the ELMO learner (Ada Lovelace) contradicts the microcred extension's learner (Grace Hopper): "
                + "the extension's is read, the ELMO learner ignored",
                "the report's issuer ({en=Example University}) contradicts the microcred extension's first awarding body "
                + "({en=Another University}): the extension's is read, the ELMO issuer ignored",
                "the ELMO resultDistribution description ({en=Most got B}) contradicts the microcred extension's grade "
                + "distribution ({en=Most got A}): the extension's is read, the ELMO description ignored"), warnings);
        assertEquals(MultilingualText.of("en", "Most got A"), c.grade().orElseThrow().distribution().orElseThrow());
        assertEquals(List.of(Optional.of(Element.E01), Optional.of(Element.E04), Optional.of(Element.E14)), r.warnings().stream()
                .filter(w -> w.message().contains("contradicts")).map(w -> w.element()).toList());
    }

    /**
     * E15: a specification nested under another (hasPart) whose microcred extension says it is stand-alone; E05: a
     * report issueDate other than the generation time for a credential the extension says is not issued.
     */
    @Test
    void hasPartAgainstStackabilityIsReported() {
        List<ReadResult> read = new ArrayList<>();
        codec.readResults(new ByteArrayInputStream(resource("has-part-vs-stackability.xml"))).forEachRemaining(read::add);
        assertEquals(1, read.size());
        assertEquals(Optional.of(org.microcred.core.Stackability.ofStandalone()), read.get(0).credential().specification().stackability());
        assertEquals(Optional.empty(), read.get(0).credential().issued());
        assertEquals(List.of("the report's issueDate (2024-05-01T10:00Z) contradicts the microcred extension, which says the "
                + "credential is not issued: the issueDate is ignored",
                "the ELMO hasPart nesting under 'urn:uuid:33333333-3333-3333-3333-333333333333' contradicts the "
                + "microcred extension's stackability, which names no such target: the extension's is read, the nesting ignored"),
                read.get(0).warnings().stream().map(w -> w.message()).filter(m -> m.contains("contradicts")).toList());
    }

    private MicroCredential roundTrip(String name) {
        return roundTrip(name, name);
    }

    /**
     * Reads a document, writes its credential back and checks the written document is the expected one, with
     * the generation time masked; and that the written document reads back to the same credential and is written
     * again unchanged.
     */
    private MicroCredential roundTrip(String name, String expected) {
        List<ReadResult> read = new ArrayList<>();
        codec.readResults(new ByteArrayInputStream(resource(name))).forEachRemaining(read::add);
        assertEquals(1, read.size(), name);
        MicroCredential c = read.get(0).credential();
        byte[] written = write(c);
        assertEquals(masked(resource(expected)), masked(written), name + " is written back as " + expected);
        MicroCredential back = codec.read(new ByteArrayInputStream(written)).credential();
        assertEquals(c, back, () -> Diff.first(c, back));
        assertEquals(masked(written), masked(write(back)));
        return c;
    }

    private byte[] write(MicroCredential c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        assertEquals(List.of(), losses);
        return out.toByteArray();
    }

    /**
     * The content of a document, one line per element, attribute and text: names with their namespace URI (not
     * the prefix), attributes sorted, namespace declarations and white-space-only text (indentation) left out,
     * and the generation time masked.
     */
    private static String masked(byte[] document) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(document));
            StringBuilder sb = new StringBuilder();
            content(d.getDocumentElement(), "", sb);
            return sb.toString();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void content(org.w3c.dom.Element e, String indent, StringBuilder sb) {
        sb.append(indent).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName()).append('\n');
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            org.w3c.dom.Node a = e.getAttributes().item(i);
            if (!javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                attributes.add("@{" + a.getNamespaceURI() + "}" + a.getLocalName() + "=" + a.getNodeValue());
            }
        }
        attributes.stream().sorted().forEach(a -> sb.append(indent).append("  ").append(a).append('\n'));
        if (e.getLocalName().equals("generatedDate")) {
            return;
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                content(child, indent + "  ", sb);
            } else if (n instanceof org.w3c.dom.Text t && !t.getData().isBlank()) {
                sb.append(indent).append("  \"").append(t.getData()).append("\"\n");
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ElmoContradictionTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Structure text(String text) {
        return new Structure(List.of(new Member("#text", Scalar.ofString(text))));
    }

    /** A structure of name, value pairs. */
    private static Structure el(Object... nameAndValue) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            members.add(new Member((String) nameAndValue[i], (ExtensionNode) nameAndValue[i + 1]));
        }
        return new Structure(members);
    }
}
