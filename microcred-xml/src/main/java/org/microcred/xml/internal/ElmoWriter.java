package org.microcred.xml.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.Identifier;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.Workload;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * Writes credentials of one learner as one ELMO 1.7 document, streaming: a report per run of credentials
 * with the same first awarding body and date of issuing (at most {@value #MAX_COURSES_PER_REPORT} courses
 * each), one learning opportunity specification with its instance per credential. What ELMO has no exact
 * slot for goes into the microcred extension element ({@link ElmoExtension}); extensions read from ELMO
 * (S08) go back to where their path says.
 *
 * <p>Not thread-safe: one per document.
 */
public final class ElmoWriter {
    // compiled once: String.matches compiles the pattern on every call (a hot spot when reading)
    private static final java.util.regex.Pattern ISCED_CODE = java.util.regex.Pattern.compile("[0-9]{2,4}");

    /** The most courses written in one report, so that a reader holds at most that many credentials. */
    public static final int MAX_COURSES_PER_REPORT = 1000;
    /** The identifier type microcred uses for its own URIs (credential, specification, organisation). */
    public static final String ID_TYPE = "microcred-id";
    /** The identifier type of the placeholder issuer identifier ELMO requires when there is none. */
    public static final String NONE_TYPE = "microcred-none";

    private static final String NS = Namespaces.ELMO_V1;
    private static final String MC_EXTENSION = "{" + Namespaces.ELMO_EXTENSION + "}" + ElmoExtension.ROOT;
    private static final Map<String, String> OPPORTUNITY_CODES = Map.of("Course", "05053c1cbe", "Class", "7e1ac538db",
            "Module", "0f7dac46ca", "Degree Programme", "79343569f3");

    /** The countries ELMO 1.7 accepts (its Europass country code list has no Kosovo, for one). */
    static final java.util.Set<String> ELMO_COUNTRIES = loadCountries();

    private final XmlOutput out;
    private final OffsetDateTime generated;
    private boolean started;
    private Optional<Person> learner;
    private List<Kept> learnerKept;
    private boolean reportOpen;
    private Organisation reportIssuer;
    private Optional<OffsetDateTime> reportIssued;
    private int coursesInReport;
    private final Map<String, Optional<MultilingualText>> schemes = new LinkedHashMap<>();
    private final List<Kept> reportKept = new ArrayList<>();
    private final List<Kept> documentKept = new ArrayList<>();
    private int synthetic;

    /** An element kept from an ELMO source: its container, name (as in paths) and content. */
    private record Kept(String container, String name, ExtensionNode value, String path) {
    }

    /**
     * Creates a writer.
     *
     * @param out the output, its own namespace ELMO 1.x
     * @param generated the time of writing (generatedDate, and the issueDate of a credential without one), not null
     */
    public ElmoWriter(XmlOutput out, OffsetDateTime generated) {
        this.out = out;
        this.generated = generated;
        out.prefer(Namespaces.ELMO_EXTENSION, "mce").prefer(Namespaces.XML, "mc");
    }

    private static java.util.Set<String> loadCountries() {
        try (java.io.InputStream in = ElmoWriter.class.getResourceAsStream("/org/microcred/xml/elmo-countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: /org/microcred/xml/elmo-countries.txt");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return java.util.Set.of(text.trim().split("\\s+"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Maps an identifier scheme of a learner between the model and ELMO.
     *
     * @param scheme the scheme
     * @param toElmo true for model to ELMO
     * @return the mapped scheme
     */
    public static String personScheme(String scheme, boolean toElmo) {
        if (scheme == null) {
            return "local";
        }
        if (toElmo) {
            return scheme.equals(Identifier.NATIONAL_ID) ? "nationalIdentifier" : scheme;
        }
        return scheme.equals("nationalIdentifier") ? Identifier.NATIONAL_ID : scheme;
    }

    /**
     * Maps an ELMO learning opportunity type to the ELM learning opportunity concept.
     *
     * @param elmo the ELMO value
     * @return the concept, or null if not one of the four ELMO values
     */
    public static Concept opportunityType(String elmo) {
        String code = OPPORTUNITY_CODES.get(elmo);
        return code == null ? null : Vocabularies.LEARNING_OPPORTUNITY.get(code);
    }

    private static String opportunityTypeName(Concept c) {
        for (Map.Entry<String, String> e : OPPORTUNITY_CODES.entrySet()) {
            if (Vocabularies.LEARNING_OPPORTUNITY.get(e.getValue()).equals(c)) {
                return e.getKey();
            }
        }
        return null;
    }

    //-----------------------------------------------------------------------
    /**
     * Writes one credential.
     *
     * @param c the credential
     * @param index its position, for losses
     * @param losses receives what cannot be carried
     */
    public void write(MicroCredential c, int index, List<Loss> losses) {
        String at = index < 0 ? "" : "credentials[" + index + "].";
        Map<String, List<Kept>> kept = route(c, at, losses);
        List<Kept> myLearnerKept = kept.getOrDefault("learner", List.of());
        if (!started) {
            started = true;
            learner = c.learner();
            learnerKept = myLearnerKept;
            out.startDocument();
            out.start(NS, "elmo");
            out.declare(Namespaces.ELMO_EXTENSION);
            out.declare(Namespaces.XML);
            out.leaf(NS, "generatedDate", NativeWriter.DATE_TIME.format(generated));
            writeLearner(c.learner(), myLearnerKept);
        } else if (!learner.equals(c.learner()) || !learnerKept.equals(myLearnerKept)) {
            losses.add(new Loss(Element.E01, at + "learner", "ELMO holds one learner per document and this credential's "
                    + "learner differs from the first one's: the credential is not written"));
            return;
        }
        Organisation issuer = c.awardingBodies().isEmpty()
                ? c.issuer().orElse(Organisation.builder().legalName(MultilingualText.of("en", "(not stated)")).build())
                : c.awardingBodies().get(0);
        if (!reportOpen || !issuer.equals(reportIssuer) || !c.issued().equals(reportIssued)
                || coursesInReport >= MAX_COURSES_PER_REPORT) {
            closeReport();
            openReport(issuer, c.issued());
        }
        coursesInReport++;
        // the credentials of one report (document) all carry its kept elements: those written for an earlier
        // credential are not written again, but a repeated element of one credential is
        List<Kept> inReport = List.copyOf(reportKept);
        for (Kept k : kept.getOrDefault("report", List.of())) {
            if (!inReport.contains(k)) {
                reportKept.add(k);
            }
        }
        List<Kept> document = new ArrayList<>(kept.getOrDefault("elmo", List.of()));
        document.addAll(kept.getOrDefault("elmo-ext", List.of())); // foreign elements, in the elmo extension element
        List<Kept> inDocument = List.copyOf(documentKept);
        for (Kept k : document) {
            if (!inDocument.contains(k)) {
                if (k.name().equals("groups") && documentKept.stream().anyMatch(d -> d.name().equals("groups"))) {
                    losses.add(new Loss(Element.S08, at + k.path(), "ELMO has one groups element per document"));
                } else {
                    documentKept.add(k);
                }
            }
        }
        if (c.awardingBodies().size() > 1) {
            for (int i = 1; i < c.awardingBodies().size(); i++) {
                losses.add(new Loss(Element.E04, at + "awardingBodies[" + i + "]", "ELMO has one issuer per report: this "
                        + "awarding body is written only to the microcred extension, which other ELMO consumers ignore"));
            }
        }
        writeLos(c, kept, at, losses);
    }

    /**
     * Ends the document.
     *
     * @return false if no credential was written (ELMO needs a learner and a report)
     */
    public boolean finish() {
        if (!started) {
            return false;
        }
        closeReport();
        Slots slots = new Slots("elmo");
        List<Kept> ext = new ArrayList<>();
        for (Kept k : documentKept) {
            if (k.container().equals("elmo-ext")) {
                ext.add(k);
            } else {
                slots.kept(k);
            }
        }
        if (!ext.isEmpty()) {
            slots.add("extension", () -> {
                out.start(NS, "extension");
                ext.forEach(k -> ExtensionTrees.write(out, k.name(), k.value()));
                out.end();
            });
        }
        slots.write();
        out.end();
        out.endDocument();
        return true;
    }

    //-----------------------------------------------------------------------
    private Map<String, List<Kept>> route(MicroCredential c, String at, List<Loss> losses) {
        Map<String, List<Kept>> map = new LinkedHashMap<>();
        List<Extension> all = new ArrayList<>(c.extensions());
        all.addAll(c.specification().extensions());
        for (Extension e : all) {
            if (e.format() != Format.ELMO) {
                losses.add(new Loss(Element.S08, at + e.path(), "an extension read from format '" + e.format().id()
                        + "' has no place in ELMO"));
                continue;
            }
            String[] split = Paths.split(e.path());
            String why = split == null ? "not an element path" : ExtensionTrees.unwritable(split[1], e.value(), NS);
            String container = why == null ? container(split[0], split[1]) : null;
            if (why == null && container == null) {
                why = "ELMO 1.7 has no place for it";
            }
            if (why != null) {
                losses.add(new Loss(Element.S08, at + e.path(), why));
                continue;
            }
            map.computeIfAbsent(container, k -> new ArrayList<>()).add(new Kept(container, split[1], e.value(), e.path()));
        }
        return map;
    }

    private static String container(String parent, String name) {
        boolean foreign = name.startsWith("{");
        String elmo = switch (parent) {
            case "" -> foreign ? "loi-ext" : "learningOpportunityInstance";
            case "/specification" -> foreign ? "los-ext" : "learningOpportunitySpecification";
            case "/specification/specifies" -> foreign ? "specifies-ext" : null;
            case "/credit" -> "credit";
            case "/level" -> "level";
            case "/resultDistribution" -> "resultDistribution";
            case "/learner" -> "learner";
            case "/report" -> "report";
            case "/elmo" -> foreign ? "elmo-ext" : "elmo";
            default -> null;
        };
        if (elmo == null || elmo.endsWith("-ext")) {
            return elmo;
        }
        return ElmoOrder.inV1(elmo, name) && !name.equals("extension") && !name.equals("specifies")
                && !name.equals("learningOpportunitySpecification") && !name.equals("learner")
                && !name.equals("report") && !name.equals("hasPart") && !name.equals("issuer") ? elmo : null;
    }

    //-----------------------------------------------------------------------
    private void writeLearner(Optional<Person> person, List<Kept> kept) {
        out.start(NS, "learner");
        Slots slots = new Slots("learner");
        kept.forEach(slots::kept);
        Person p = person.orElse(null);
        if (p != null) {
            for (Identifier i : p.identifiers()) {
                slots.add("identifier", () -> identifier(personScheme(i.scheme(), true), i.value()));
            }
        }
        slots.add("givenNames", () -> out.leaf(NS, "givenNames", p == null ? "" : p.givenName().orElse("")));
        slots.add("familyName", () -> out.leaf(NS, "familyName", p == null ? "" : p.familyName().orElse("")));
        if (p != null) {
            p.dateOfBirth().ifPresent(d -> slots.add("bday", () -> out.leaf(NS, "bday", d.toString())));
        }
        slots.write();
        out.end();
    }

    private void identifier(String type, String value) {
        out.start(NS, "identifier");
        out.attribute("", "type", type);
        out.text(value);
        out.end();
    }

    private void openReport(Organisation issuer, Optional<OffsetDateTime> issued) {
        reportOpen = true;
        reportIssuer = issuer;
        reportIssued = issued;
        coursesInReport = 0;
        schemes.clear();
        reportKept.clear();
        out.start(NS, "report");
        out.element(Element.E04);
        out.start(NS, "issuer");
        issuer.country().filter(c -> ELMO_COUNTRIES.contains(c.alpha2()))
                .ifPresent(c -> out.leaf(NS, "country", c.alpha2()));
        issuer.id().ifPresent(id -> identifier(ID_TYPE, id.toString()));
        for (Identifier i : issuer.identifiers()) {
            identifier(i.scheme(), i.value());
        }
        if (issuer.id().isEmpty() && issuer.identifiers().isEmpty()) {
            identifier(NONE_TYPE, "");
        }
        text("title", issuer.legalName());
        out.leaf(NS, "url", issuer.homepage().map(URI::toString).orElse(""));
        out.end();
    }

    private Set<String> keptSchemeIds() {
        Set<String> ids = new java.util.HashSet<>();
        for (Kept k : reportKept) {
            if (k.name().equals("gradingScheme") && k.value() instanceof ExtensionNode.Structure st) {
                for (ExtensionNode.Member m : st.members()) {
                    if (m.name().equals("@localId") && m.value() instanceof ExtensionNode.Scalar v) {
                        ids.add(v.text());
                    }
                }
            }
        }
        return ids;
    }

    private void closeReport() {
        if (!reportOpen) {
            return;
        }
        reportOpen = false;
        Slots slots = new Slots("report");
        slots.add("issueDate", () -> out.leaf(NS, "issueDate", NativeWriter.DATE_TIME.format(reportIssued.orElse(generated))));
        for (Map.Entry<String, Optional<MultilingualText>> s : schemes.entrySet()) {
            slots.add("gradingScheme", () -> {
                out.start(NS, "gradingScheme");
                out.attribute("", "localId", s.getKey());
                s.getValue().ifPresent(d -> text("description", d));
                out.end();
            });
        }
        reportKept.forEach(slots::kept);
        slots.write();
        out.end();
    }

    private void text(String name, MultilingualText t) {
        for (Map.Entry<String, String> e : t.values().entrySet()) {
            out.langLeaf(NS, name, e.getKey(), e.getValue(), true);
        }
    }

    //-----------------------------------------------------------------------
    private void writeLos(MicroCredential c, Map<String, List<Kept>> kept, String at, List<Loss> losses) {
        CredentialSpecification s = c.specification();
        ElmoExtension mc = new ElmoExtension();
        List<Kept> distributionKept = kept.getOrDefault("resultDistribution", List.of());

        // E01, E04, S02, S05, E05: award-level values without an exact slot
        c.learner().ifPresentOrElse(p -> {
            if (!exactLearner(p)) {
                mc.learner = p;
            }
        }, () -> mc.absent.add("learner"));
        if (c.awardingBodies().size() != 1 || !exactOrganisation(c.awardingBodies().get(0))) {
            mc.awardingBodies = c.awardingBodies();
        }
        mc.issuer = c.issuer().orElse(null);
        mc.validFrom = c.validFrom().orElse(null);
        mc.validUntil = c.validUntil().orElse(null);
        if (c.issued().isEmpty()) {
            mc.absent.add("issued");
        }
        // E14
        Grade grade = c.grade().orElse(null);
        String schemeId = null;
        if (grade != null) {
            boolean exact = grade.distribution().isEmpty() || distributionKept.stream().anyMatch(k -> k.name().equals("category"));
            if (grade.schemeId().isPresent() || grade.schemeDescription().isPresent()) {
                String id = grade.schemeId().map(URI::toString).orElse(null);
                if (id != null && !grade.schemeId().get().isAbsolute()) {
                    exact = false;
                }
                // a gradingScheme kept whole from the source report holds its localId: the grade must not take it
                Set<String> taken = keptSchemeIds();
                if (id == null || schemes.containsKey(id) && !schemes.get(id).equals(grade.schemeDescription())
                        || taken.contains(id)) {
                    exact &= id == null;
                    do {
                        id = "microcred-scheme-" + (++synthetic);
                    } while (schemes.containsKey(id) || taken.contains(id));
                }
                schemes.putIfAbsent(id, grade.schemeDescription());
                schemeId = id;
            }
            if (!exact) {
                mc.grade = grade;
            }
        }
        // spec-level
        if (s.title().isEmpty()) {
            mc.absent.add("title");
        }
        if (!s.learningOutcomes().isEmpty()) {
            mc.learningOutcomes = s.learningOutcomes();
        }
        Workload w = s.workload().orElse(null);
        if (w != null && (w.hours().isPresent() || !w.otherCredits().isEmpty())) {
            mc.workload = w;
        }
        Level l = s.level().orElse(null);
        if (l != null && (l.eqf().isEmpty() || l.cycle().isPresent() || !l.nqf().isEmpty() || l.notApplicable())) {
            mc.level = l;
        }
        if (!s.assessmentTypes().isEmpty()) {
            mc.assessmentTypes = s.assessmentTypes();
        }
        mc.participation = s.participation().orElse(null);
        if (!s.qualityAssurance().isEmpty()) {
            mc.qualityAssurance = s.qualityAssurance();
        }
        mc.prerequisites = s.prerequisites().orElse(null);
        mc.supervision = s.supervision().orElse(null);
        mc.stackability = s.stackability().orElse(null);
        FurtherInformation fi = s.furtherInformation().orElse(null);
        if (fi != null && !(fi.notes().isEmpty() && fi.documents().isEmpty() && fi.links().size() == 1
                && fi.links().get(0).title().isEmpty())) {
            mc.furtherInformation = fi;
        }
        mc.provider = s.provider().orElse(null);
        if (!s.learningResources().isEmpty()) {
            mc.learningResources = s.learningResources();
        }
        if (!s.successOutcomes().isEmpty()) {
            mc.successOutcomes = s.successOutcomes();
        }
        Concept isced = s.fieldsOfEducation().stream().filter(ElmoWriter::isIsced).findFirst().orElse(null);
        if (!s.fieldsOfEducation().isEmpty() && (s.fieldsOfEducation().size() != 1 || isced == null)) {
            mc.fieldsOfEducation = s.fieldsOfEducation();
        }
        if (s.languages().size() > 1) {
            mc.languages = s.languages();
        }
        String type = s.opportunityType().map(ElmoWriter::opportunityTypeName).orElse(null);
        if (s.opportunityType().isPresent() && type == null) {
            mc.opportunityType = s.opportunityType().get();
        }

        // children kept from a source element that is written only for a model value: without the value, no place
        if (s.workload().flatMap(Workload::ects).isEmpty()) {
            lost(kept.remove("credit"), at, "ELMO credit element is written only for the ECTS credits (E07), which "
                    + "this credential does not have", losses);
        }
        if (s.level().flatMap(Level::eqf).isEmpty()) {
            lost(kept.remove("level"), at, "ELMO level element is written only for the EQF level (E08), which this "
                    + "credential does not have", losses);
        }
        if (distributionKept.stream().noneMatch(k -> k.name().equals("category"))) {
            lost(kept.remove("resultDistribution"), at, "ELMO resultDistribution element is written only with its "
                    + "categories, which this credential does not have", losses);
        }

        // the learning opportunity specification
        out.element(Element.S07);
        out.start(NS, "learningOpportunitySpecification");
        Slots los = new Slots("learningOpportunitySpecification");
        kept.getOrDefault("learningOpportunitySpecification", List.of()).forEach(los::kept);
        s.id().ifPresent(id -> los.add("identifier", () -> identifier(ID_TYPE, id.toString())));
        los.add("title", () -> {
            if (s.title().isPresent()) {
                text("title", s.title().get());
            } else {
                out.leaf(NS, "title", "");
            }
        });
        if (type != null) {
            los.add("type", () -> out.leaf(NS, "type", type));
        }
        if (isced != null) {
            los.add("iscedCode", () -> out.leaf(NS, "iscedCode", isced.notation().orElseThrow()));
        }
        if (fi != null && !fi.links().isEmpty()) {
            los.add("url", () -> out.leaf(NS, "url", fi.links().get(0).url().toString()));
        }
        s.description().ifPresent(d -> los.add("description", () -> text("description", d)));
        String gradingSchemeId = schemeId;
        los.add("specifies", () -> {
            out.start(NS, "specifies");
            writeLoi(c, mc, kept, gradingSchemeId);
            containerExtension(kept.getOrDefault("specifies-ext", List.of()));
            out.end();
        });
        los.add("extension", () -> containerExtension(kept.getOrDefault("los-ext", List.of())));
        los.write();
        out.end();
        out.element(null);
    }

    private static void lost(List<Kept> list, String at, String why, List<Loss> losses) {
        if (list != null) {
            list.forEach(k -> losses.add(new Loss(Element.S08, at + k.path(), why)));
        }
    }

    private void containerExtension(List<Kept> list) {
        if (list.isEmpty()) {
            return;
        }
        out.start(NS, "extension");
        list.forEach(k -> ExtensionTrees.write(out, k.name(), k.value()));
        out.end();
    }

    private void writeLoi(MicroCredential c, ElmoExtension mc, Map<String, List<Kept>> kept, String schemeId) {
        CredentialSpecification s = c.specification();
        out.start(NS, "learningOpportunityInstance");
        Slots loi = new Slots("learningOpportunityInstance");
        kept.getOrDefault("learningOpportunityInstance", List.of()).forEach(loi::kept);
        c.id().ifPresent(id -> loi.add("identifier", () -> identifier(ID_TYPE, id.toString())));
        c.timePeriod().ifPresent(t -> {
            t.start().ifPresent(d -> loi.add("start", () -> out.leaf(NS, "start", d.toString())));
            t.end().ifPresent(d -> loi.add("date", () -> out.leaf(NS, "date", d.toString())));
        });
        c.grade().ifPresent(g -> {
            g.status().ifPresent(st -> loi.add("status", () -> out.leaf(NS, "status", st.name().toLowerCase(java.util.Locale.ROOT))));
            if (schemeId != null) {
                loi.add("gradingSchemeLocalId", () -> out.leaf(NS, "gradingSchemeLocalId", schemeId));
            }
            loi.add("resultLabel", () -> out.leaf(NS, "resultLabel", g.value()));
        });
        List<Kept> distribution = kept.getOrDefault("resultDistribution", List.of());
        if (distribution.stream().anyMatch(k -> k.name().equals("category"))) {
            loi.add("resultDistribution", () -> {
                out.start(NS, "resultDistribution");
                Slots d = new Slots("resultDistribution");
                distribution.forEach(d::kept);
                c.grade().flatMap(Grade::distribution).ifPresent(t -> d.add("description", () -> text("description", t)));
                d.write();
                out.end();
            });
        }
        s.workload().flatMap(Workload::ects).ifPresent(ects -> loi.add("credit", () -> {
            out.start(NS, "credit");
            Slots cr = new Slots("credit");
            cr.add("scheme", () -> out.leaf(NS, "scheme", "ects"));
            kept.getOrDefault("credit", List.of()).forEach(cr::kept);
            cr.add("value", () -> out.leaf(NS, "value", out.decimal(Element.E07, ects)));
            cr.write();
            out.end();
        }));
        s.level().flatMap(Level::eqf).ifPresent(eqf -> loi.add("level", () -> {
            out.start(NS, "level");
            Slots lv = new Slots("level");
            lv.add("type", () -> out.leaf(NS, "type", "EQF"));
            kept.getOrDefault("level", List.of()).forEach(lv::kept);
            lv.add("value", () -> out.leaf(NS, "value", eqf.toString()));
            lv.write();
            out.end();
        }));
        if (!s.languages().isEmpty()) {
            loi.add("languageOfInstruction", () -> out.leaf(NS, "languageOfInstruction", s.languages().get(0)));
        }
        List<Kept> ext = kept.getOrDefault("loi-ext", List.of());
        // a reader takes the first microcred extension element as microcred's: written first, and written (if
        // empty) before one kept from a source, which would otherwise be read back as the credential's
        boolean ownFirst = !mc.isEmpty() || ext.stream().anyMatch(k -> k.name().equals(MC_EXTENSION));
        if (!ext.isEmpty() || ownFirst) {
            loi.add("extension", () -> {
                out.start(NS, "extension");
                if (ownFirst) {
                    mc.write(out);
                }
                ext.forEach(k -> ExtensionTrees.write(out, k.name(), k.value()));
                out.end();
            });
        }
        loi.write();
        out.end();
    }

    //-----------------------------------------------------------------------
    private static boolean exactLearner(Person p) {
        if (p.id().isPresent() || p.fullName().isPresent()) {
            return false;
        }
        for (Identifier i : p.identifiers()) {
            if (i.country().isPresent() || !personScheme(personScheme(i.scheme(), true), false).equals(i.scheme())) {
                return false;
            }
        }
        return p.givenName().isPresent() || p.familyName().isPresent() || !p.identifiers().isEmpty();
    }

    private static boolean exactOrganisation(Organisation o) {
        if (!o.regions().isEmpty() || o.country().filter(c -> !ELMO_COUNTRIES.contains(c.alpha2())).isPresent()) {
            return false;
        }
        for (Identifier i : o.identifiers()) {
            if (i.country().isPresent() || i.scheme().equals(ID_TYPE) || i.scheme().equals(NONE_TYPE)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIsced(Concept c) {
        return c.notation().isPresent() && c.equals(iscedConcept(c.notation().get()));
    }

    /**
     * Gets the concept microcred reads for an ELMO {@code iscedCode}: the listed ISCED-F 2013 concept, or for
     * a well-formed code the vocabulary does not list, a concept of the ISCED-F namespace with that notation.
     *
     * @param code the code, e.g. {@code 0613}
     * @return the concept, or null if the code is not a 2-4 digit ISCED-F code
     */
    public static Concept iscedConcept(String code) {
        if (!ISCED_CODE.matcher(code).matches()) {
            return null;
        }
        URI uri = URI.create(Vocabularies.ISCED_F.namespace() + code);
        return Vocabularies.ISCED_F.find(uri).orElse(Concept.of(uri).withNotation(code));
    }

    /**
     * Children of one ELMO element, written in schema order whatever order they were added in; of siblings
     * with the same name, those from the model come before those kept from a source document.
     */
    private final class Slots {
        private final String container;
        private final List<Object[]> parts = new ArrayList<>();

        Slots(String container) {
            this.container = container;
        }

        void add(String name, Runnable r) {
            parts.add(new Object[] {ElmoOrder.index(container, name), 0, r});
        }

        void kept(Kept k) {
            parts.add(new Object[] {ElmoOrder.index(container, k.name()), 1,
                (Runnable) () -> ExtensionTrees.write(out, k.name(), k.value())});
        }

        void write() {
            List<Object[]> sorted = new ArrayList<>(parts);
            sorted.sort(Comparator.<Object[]>comparingInt(e -> (Integer) e[0]).thenComparingInt(e -> (Integer) e[1]));
            sorted.forEach(e -> ((Runnable) e[2]).run());
        }
    }
}
