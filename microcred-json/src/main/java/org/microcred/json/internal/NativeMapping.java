package org.microcred.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.Element;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.LearningOutcome;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Participation;
import org.microcred.core.Person;
import org.microcred.core.Prerequisites;
import org.microcred.core.QualityAssurance;
import org.microcred.core.Stackability;
import org.microcred.core.StackingTarget;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.Supervision;
import org.microcred.core.TimePeriod;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/**
 * microcred's own JSON form of the model ({@code json}): property names mirror the record components,
 * values are as flat as they can be (a concept with only a URI is a string, a country is its alpha-2 code,
 * enumeration constants are lower-case kebab), decimals keep their scale, date-times their offset. Empty
 * lists and absent values are left out. Unknown properties are kept as extensions and written back in
 * place. The JSON Schema in {@code org/microcred/json/microcred-credential.schema.json} describes it.
 */
public final class NativeMapping implements TreeMapping {
    // compiled once: String.matches compiles the pattern on every call (a hot spot when reading)
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** The value of the {@value #MARKER} property that identifies a microcred JSON credential. */
    public static final String VERSION = "1.0";
    /** The property that identifies a microcred JSON document. */
    public static final String MARKER = "microcred";

    private static final Map<String, Element> CREDENTIAL_ELEMENTS = Map.ofEntries(
            Map.entry("id", Element.S01), Map.entry("learner", Element.E01), Map.entry("awardingBodies", Element.E04),
            Map.entry("issuer", Element.S02), Map.entry("issued", Element.E05), Map.entry("validFrom", Element.S05),
            Map.entry("validUntil", Element.S05), Map.entry("timePeriod", Element.N03), Map.entry("grade", Element.E14),
            Map.entry("specification", Element.S07), Map.entry("extensions", Element.S08));
    private static final Map<String, Element> SPECIFICATION_ELEMENTS = Map.ofEntries(
            Map.entry("id", Element.S07), Map.entry("title", Element.E02), Map.entry("description", Element.N02),
            Map.entry("learningOutcomes", Element.E06), Map.entry("workload", Element.E07), Map.entry("level", Element.E08),
            Map.entry("assessmentTypes", Element.E09), Map.entry("participation", Element.E10),
            Map.entry("qualityAssurance", Element.E11), Map.entry("prerequisites", Element.E12),
            Map.entry("supervision", Element.E13), Map.entry("stackability", Element.E15),
            Map.entry("furtherInformation", Element.E16), Map.entry("provider", Element.N01),
            Map.entry("learningResources", Element.N04), Map.entry("successOutcomes", Element.N05),
            Map.entry("fieldsOfEducation", Element.S03), Map.entry("languages", Element.S04),
            Map.entry("opportunityType", Element.S06));

    /** The shared instance. */
    public static final NativeMapping INSTANCE = new NativeMapping();

    private NativeMapping() {
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public boolean setsAsArrays() {
        return false;
    }

    @Override
    public Element elementAt(String pointer) {
        List<String> s = ExtensionPlacer.segments(pointer);
        if (s.isEmpty()) {
            return null;
        }
        // a record in a JSON array starts with its index
        if (!s.isEmpty() && DIGITS.matcher(s.get(0)).matches()) {
            s = s.subList(1, s.size());
        }
        if (s.isEmpty()) {
            return null;
        }
        if (s.get(0).equals("specification")) {
            return s.size() > 1 ? SPECIFICATION_ELEMENTS.getOrDefault(s.get(1), Element.S07) : Element.S07;
        }
        if (s.get(0).equals("awardingBodies") && s.size() > 2 && (s.get(2).equals("country") || s.get(2).equals("regions"))) {
            return Element.E03;
        }
        return CREDENTIAL_ELEMENTS.get(s.get(0));
    }

    //-----------------------------------------------------------------------
    // reading

    @Override
    public MicroCredential read(ObjectIn in) {
        if (!in.has(MARKER) && (in.has("@context") || in.has("credentialSubject"))) {
            // a verifiable credential (ELM, OB 3.0) is another format, not a microcred document missing members
            throw new MalformedDocumentException(Format.JSON, in.context().location(in.realPath()), null, null,
                    "not a microcred JSON document: no \"" + MARKER + "\" member, but \"@context\" or \"credentialSubject\""
                    + " (a verifiable credential: read it with the elm or ob3 codec)", null);
        }
        in.string(MARKER, null).ifPresent(v -> {
            if (!v.equals(VERSION)) {
                throw in.fail(MARKER, null, v, "unsupported microcred JSON version (expected " + VERSION + ")");
            }
        });
        MicroCredential.Builder b = MicroCredential.builder();
        in.uri("id", Element.S01).ifPresent(b::id);
        in.object("learner", Element.E01).ifPresent(p -> b.learner(person(p)));
        in.objects("awardingBodies", Element.E04).forEach(o -> b.awardingBody(organisation(o, Element.E04)));
        in.object("issuer", Element.S02).ifPresent(o -> b.issuer(organisation(o, Element.S02)));
        in.dateTime("issued", Element.E05).ifPresent(b::issued);
        in.dateTime("validFrom", Element.S05).ifPresent(b::validFrom);
        in.dateTime("validUntil", Element.S05).ifPresent(b::validUntil);
        in.object("timePeriod", Element.N03).ifPresent(t -> b.timePeriod(timePeriod(t)));
        in.object("grade", Element.E14).ifPresent(g -> b.grade(grade(g)));
        ObjectIn spec = in.object("specification", Element.S07).orElseThrow(() -> in.missing("specification", Element.S07));
        ObjectIn specRoot = spec.asSpecificationRoot();
        CredentialSpecification.Builder sb = specificationBuilder(specRoot);
        in.finish();
        in.context().finishAll();
        sb.extensions(in.context().specificationExtensions());
        b.specification(specRoot.build(Element.S07, sb::build));
        b.extensions(in.context().credentialExtensions());
        return in.build(null, b::build);
    }

    /**
     * Reads a specification on its own (the root of the record is the specification).
     *
     * @param root the cursor on the root, not null
     * @return the specification, not null
     */
    public CredentialSpecification readSpecification(ObjectIn root) {
        ObjectIn s = root.asSpecificationRoot();
        CredentialSpecification.Builder sb = specificationBuilder(s);
        root.context().finishAll();
        sb.extensions(root.context().specificationExtensions());
        return s.build(Element.S07, sb::build);
    }

    private CredentialSpecification.Builder specificationBuilder(ObjectIn in) {
        CredentialSpecification.Builder s = CredentialSpecification.builder();
        in.uri("id", Element.S07).ifPresent(s::id);
        in.languageMap("title", Element.E02).ifPresent(s::title);
        in.languageMap("description", Element.N02).ifPresent(s::description);
        in.objects("learningOutcomes", Element.E06).forEach(o -> s.learningOutcome(learningOutcome(o)));
        in.object("workload", Element.E07).ifPresent(o -> s.workload(workload(o)));
        in.object("level", Element.E08).ifPresent(o -> s.level(level(o)));
        s.assessmentTypes(concepts(in, "assessmentTypes", Element.E09));
        in.object("participation", Element.E10).ifPresent(o -> s.participation(participation(o)));
        in.objects("qualityAssurance", Element.E11).forEach(o -> s.addQualityAssurance(qualityAssurance(o)));
        in.object("prerequisites", Element.E12).ifPresent(o -> s.prerequisites(prerequisites(o)));
        in.enumValue("supervision", Element.E13, Supervision.class).ifPresent(s::supervision);
        in.object("stackability", Element.E15).ifPresent(o -> s.stackability(stackability(o)));
        in.object("furtherInformation", Element.E16).ifPresent(o -> s.furtherInformation(furtherInformation(o)));
        in.object("provider", Element.N01).ifPresent(o -> s.provider(organisation(o, Element.N01)));
        in.objects("learningResources", Element.N04).forEach(o -> s.learningResource(webLink(o, Element.N04)));
        in.objects("successOutcomes", Element.N05).forEach(o -> s.successOutcome(successOutcome(o)));
        s.fieldsOfEducation(concepts(in, "fieldsOfEducation", Element.S03));
        s.languages(in.strings("languages", Element.S04));
        concept(in, "opportunityType", Element.S06).ifPresent(s::opportunityType);
        in.finish();
        return s;
    }

    private Person person(ObjectIn in) {
        Person.Builder p = Person.builder();
        in.uri("id", Element.E01).ifPresent(p::id);
        in.nonBlank("fullName", Element.E01).ifPresent(p::fullName);
        in.nonBlank("givenName", Element.E01).ifPresent(p::givenName);
        in.nonBlank("familyName", Element.E01).ifPresent(p::familyName);
        in.date("dateOfBirth", Element.E01).ifPresent(p::dateOfBirth);
        in.objects("identifiers", Element.E01).forEach(o -> p.identifier(identifier(o, Element.E01)));
        in.finish();
        return in.build(Element.E01, p::build);
    }

    private Identifier identifier(ObjectIn in, Element e) {
        String scheme = in.requiredString("scheme", e);
        String value = in.requiredString("value", e);
        Optional<Country> country = country(in, "country", e);
        in.finish();
        return in.build(e, () -> new Identifier(scheme, value, country));
    }

    private Optional<Country> country(ObjectIn in, String name, Element e) {
        return in.string(name, e).map(c -> {
            if (c.length() != 2 || !Country.isKnown(c)) {
                throw in.fail(name, e, c, "expected an ISO 3166-1 alpha-2 country code");
            }
            return Country.of(c);
        });
    }

    private Organisation organisation(ObjectIn in, Element e) {
        Organisation.Builder o = Organisation.builder();
        in.uri("id", e).ifPresent(o::id);
        o.legalName(in.languageMap("legalName", e).orElseThrow(() -> in.missing("legalName", e)));
        in.objects("identifiers", e).forEach(i -> o.identifier(identifier(i, e)));
        country(in, "country", Element.E03).ifPresent(o::country);
        concepts(in, "regions", Element.E03).forEach(o::region);
        in.uri("homepage", e).ifPresent(o::homepage);
        in.finish();
        return in.build(e, o::build);
    }

    private TimePeriod timePeriod(ObjectIn in) {
        var start = in.date("start", Element.N03);
        var end = in.date("end", Element.N03);
        in.finish();
        return in.build(Element.N03, () -> new TimePeriod(start, end));
    }

    private Grade grade(ObjectIn in) {
        String value = in.requiredString("value", Element.E14);
        Optional<URI> schemeId = in.uri("schemeId", Element.E14);
        Optional<MultilingualText> schemeDescription = in.languageMap("schemeDescription", Element.E14);
        Optional<GradeStatus> status = in.enumValue("status", Element.E14, GradeStatus.class);
        Optional<MultilingualText> distribution = in.languageMap("distribution", Element.E14);
        in.finish();
        return in.build(Element.E14, () -> new Grade(value, schemeId, schemeDescription, status, distribution));
    }

    private LearningOutcome learningOutcome(ObjectIn in) {
        MultilingualText statement = in.languageMap("statement", Element.E06).orElseThrow(() -> in.missing("statement", Element.E06));
        List<Concept> skills = concepts(in, "relatedSkills", Element.E06);
        Optional<Concept> type = concept(in, "skillType", Element.E06);
        Optional<Concept> reuse = concept(in, "reuseLevel", Element.E06);
        in.finish();
        return in.build(Element.E06, () -> new LearningOutcome(statement, skills, type, reuse));
    }

    private Workload workload(ObjectIn in) {
        Optional<BigDecimal> ects = in.decimal("ects", Element.E07, false);
        Optional<BigDecimal> hours = in.decimal("hours", Element.E07, false);
        List<CreditValue> other = new ArrayList<>();
        for (ObjectIn c : in.objects("otherCredits", Element.E07)) {
            Concept system = concept(c, "system", Element.E07).orElseThrow(() -> c.missing("system", Element.E07));
            BigDecimal value = c.decimal("value", Element.E07, false).orElseThrow(() -> c.missing("value", Element.E07));
            c.finish();
            other.add(c.build(Element.E07, () -> CreditValue.of(system, value)));
        }
        in.finish();
        return in.build(Element.E07, () -> new Workload(ects, hours, other));
    }

    private Level level(ObjectIn in) {
        Optional<Integer> eqf = in.raw("eqf").map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw in.wrongType("eqf", Element.E08, v, "an integer EQF level");
            }
            return v.intValue();
        });
        Optional<Cycle> cycle = in.enumValue("cycle", Element.E08, Cycle.class);
        List<Concept> nqf = concepts(in, "nqf", Element.E08);
        boolean notApplicable = in.bool("notApplicable", Element.E08).orElse(false);
        in.finish();
        return in.build(Element.E08, () -> new Level(eqf, cycle, nqf, notApplicable));
    }

    private Participation participation(ObjectIn in) {
        List<Concept> modes = concepts(in, "modes", Element.E10);
        Optional<Concept> setting = concept(in, "setting", Element.E10);
        Optional<Concept> schedule = concept(in, "schedule", Element.E10);
        List<Concept> activities = concepts(in, "activityTypes", Element.E10);
        in.finish();
        return in.build(Element.E10, () -> new Participation(modes, setting, schedule, activities));
    }

    private QualityAssurance qualityAssurance(ObjectIn in) {
        Concept type = concept(in, "type", Element.E11).orElseThrow(() -> in.missing("type", Element.E11));
        var title = in.languageMap("title", Element.E11);
        var body = in.object("body", Element.E11).map(o -> organisation(o, Element.E11));
        var decision = in.uri("decision", Element.E11);
        var report = in.uri("report", Element.E11);
        var issued = in.date("issued", Element.E11);
        var expires = in.date("expires", Element.E11);
        in.finish();
        return in.build(Element.E11, () -> new QualityAssurance(type, title, body, decision, report, issued, expires));
    }

    private Prerequisites prerequisites(ObjectIn in) {
        var text = in.languageMap("text", Element.E12);
        List<URI> required = new ArrayList<>();
        for (String s : in.strings("requiredCredentials", Element.E12)) {
            required.add(in.toUri("requiredCredentials", Element.E12, s));
        }
        in.finish();
        return in.build(Element.E12, () -> new Prerequisites(text, required));
    }

    private Stackability stackability(ObjectIn in) {
        Stackability.Option option = in.enumValue("option", Element.E15, Stackability.Option.class)
                .orElseThrow(() -> in.missing("option", Element.E15));
        List<StackingTarget> targets = new ArrayList<>();
        for (ObjectIn t : in.objects("targets", Element.E15)) {
            var id = t.uri("id", Element.E15);
            var title = t.languageMap("title", Element.E15);
            var ects = t.decimal("ectsCounted", Element.E15, false);
            t.finish();
            targets.add(t.build(Element.E15, () -> new StackingTarget(id, title, ects)));
        }
        in.finish();
        return in.build(Element.E15, () -> new Stackability(option, targets));
    }

    private FurtherInformation furtherInformation(ObjectIn in) {
        List<MultilingualText> notes = new ArrayList<>();
        for (JsonNode n : in.items("notes", Element.E16)) {
            notes.add(in.toLanguageMap("notes", Element.E16, n));
        }
        List<WebLink> links = new ArrayList<>();
        in.objects("links", Element.E16).forEach(o -> links.add(webLink(o, Element.E16)));
        List<WebLink> documents = new ArrayList<>();
        in.objects("documents", Element.E16).forEach(o -> documents.add(webLink(o, Element.E16)));
        in.finish();
        return in.build(Element.E16, () -> new FurtherInformation(notes, links, documents));
    }

    private WebLink webLink(ObjectIn in, Element e) {
        URI url = in.uri("url", e).orElseThrow(() -> in.missing("url", e));
        var title = in.languageMap("title", e);
        in.finish();
        return in.build(e, () -> new WebLink(url, title));
    }

    private SuccessOutcome successOutcome(ObjectIn in) {
        SuccessOutcome.Type type = in.enumValue("type", Element.N05, SuccessOutcome.Type.class)
                .orElseThrow(() -> in.missing("type", Element.N05));
        var description = in.languageMap("description", Element.N05);
        var target = in.uri("target", Element.N05);
        in.finish();
        return in.build(Element.N05, () -> new SuccessOutcome(type, description, target));
    }

    private List<Concept> concepts(ObjectIn in, String name, Element e) {
        List<Concept> out = new ArrayList<>();
        List<JsonNode> items = in.items(name, e);
        for (int i = 0; i < items.size(); i++) {
            out.add(concept(in, name + "/" + i, e, items.get(i)));
        }
        return out;
    }

    private Optional<Concept> concept(ObjectIn in, String name, Element e) {
        return in.raw(name).map(v -> concept(in, name, e, v));
    }

    // A concept is its URI as a string, or an object {uri, label, scheme, notation}.
    private Concept concept(ObjectIn in, String name, Element e, JsonNode v) {
        if (v.isTextual()) {
            return Concept.of(in.toUri(name, e, v.textValue()));
        }
        if (!v.isObject()) {
            throw in.wrongType(name, e, v, "a concept URI or a concept object");
        }
        JsonNode uri = v.get("uri");
        if (uri == null || !uri.isTextual()) {
            throw in.fail(name, e, ObjectIn.abbreviated(v), "a concept object needs a \"uri\" string");
        }
        Optional<MultilingualText> label = Optional.ofNullable(v.get("label")).map(l -> in.toLanguageMap(name + "/label", e, l));
        Optional<URI> scheme = Optional.ofNullable(v.get("scheme")).map(s -> {
            if (!s.isTextual()) {
                throw in.wrongType(name + "/scheme", e, s, "a URI string");
            }
            return in.toUri(name + "/scheme", e, s.textValue());
        });
        Optional<String> notation = Optional.ofNullable(v.get("notation")).map(n -> {
            if (!n.isTextual()) {
                throw in.wrongType(name + "/notation", e, n, "a string");
            }
            return n.textValue();
        });
        for (var it = v.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!List.of("uri", "label", "scheme", "notation").contains(f)) {
                throw in.fail(name + "/" + f, e, f, "unknown property of a concept (expected uri, label, scheme, notation)");
            }
        }
        URI u = in.toUri(name + "/uri", e, uri.textValue());
        return in.build(e, () -> new Concept(u, label, scheme, notation));
    }

    //-----------------------------------------------------------------------
    // writing

    @Override
    public ObjectNode write(MicroCredential c, List<Loss> losses) {
        ObjectNode o = Trees.object();
        o.put(MARKER, VERSION);
        c.id().ifPresent(v -> Trees.put(o, "id", v));
        c.learner().ifPresent(p -> o.set("learner", person(p)));
        Trees.putList(o, "awardingBodies", c.awardingBodies(), this::organisation);
        c.issuer().ifPresent(v -> o.set("issuer", organisation(v)));
        Trees.putDateTime(o, "issued", c.issued());
        Trees.putDateTime(o, "validFrom", c.validFrom());
        Trees.putDateTime(o, "validUntil", c.validUntil());
        c.timePeriod().ifPresent(t -> {
            ObjectNode n = o.putObject("timePeriod");
            Trees.putDate(n, "start", t.start());
            Trees.putDate(n, "end", t.end());
        });
        c.grade().ifPresent(g -> o.set("grade", grade(g)));
        ObjectNode spec = writeSpecification(c.specification(), losses);
        o.set("specification", spec);
        ExtensionPlacer.place(Format.JSON, c.extensions(), o, false, "extensions", losses);
        return o;
    }

    /**
     * Writes a specification with its extensions.
     *
     * @param s the specification, not null
     * @param losses where losses go, not null
     * @return the tree, not null
     */
    public ObjectNode writeSpecification(CredentialSpecification s, List<Loss> losses) {
        ObjectNode o = Trees.object();
        s.id().ifPresent(v -> Trees.put(o, "id", v));
        Trees.putText(o, "title", s.title());
        Trees.putText(o, "description", s.description());
        Trees.putList(o, "learningOutcomes", s.learningOutcomes(), this::learningOutcome);
        s.workload().ifPresent(w -> o.set("workload", workload(w)));
        s.level().ifPresent(l -> o.set("level", level(l)));
        Trees.putList(o, "assessmentTypes", s.assessmentTypes(), this::concept);
        s.participation().ifPresent(p -> o.set("participation", participation(p)));
        Trees.putList(o, "qualityAssurance", s.qualityAssurance(), this::qualityAssurance);
        s.prerequisites().ifPresent(p -> {
            ObjectNode n = o.putObject("prerequisites");
            Trees.putText(n, "text", p.text());
            Trees.putList(n, "requiredCredentials", p.requiredCredentials(), u -> Jackson.NODES.textNode(u.toString()));
        });
        s.supervision().ifPresent(v -> o.put("supervision", Trees.kebab(v)));
        s.stackability().ifPresent(st -> {
            ObjectNode n = o.putObject("stackability");
            n.put("option", Trees.kebab(st.option()));
            Trees.putList(n, "targets", st.targets(), t -> {
                ObjectNode tn = Trees.object();
                t.id().ifPresent(v -> Trees.put(tn, "id", v));
                Trees.putText(tn, "title", t.title());
                t.ectsCounted().ifPresent(v -> tn.set("ectsCounted", Trees.decimal(v)));
                return tn;
            });
        });
        s.furtherInformation().ifPresent(f -> {
            ObjectNode n = o.putObject("furtherInformation");
            Trees.putList(n, "notes", f.notes(), Trees::languageMap);
            Trees.putList(n, "links", f.links(), this::webLink);
            Trees.putList(n, "documents", f.documents(), this::webLink);
        });
        s.provider().ifPresent(p -> o.set("provider", organisation(p)));
        Trees.putList(o, "learningResources", s.learningResources(), this::webLink);
        Trees.putList(o, "successOutcomes", s.successOutcomes(), so -> {
            ObjectNode n = Trees.object();
            n.put("type", Trees.kebab(so.type()));
            Trees.putText(n, "description", so.description());
            so.target().ifPresent(v -> Trees.put(n, "target", v));
            return n;
        });
        Trees.putList(o, "fieldsOfEducation", s.fieldsOfEducation(), this::concept);
        Trees.putList(o, "languages", s.languages(), Jackson.NODES::textNode);
        s.opportunityType().ifPresent(v -> o.set("opportunityType", concept(v)));
        ExtensionPlacer.place(Format.JSON, s.extensions(), o, true, "specification.extensions", losses);
        return o;
    }

    private ObjectNode person(Person p) {
        ObjectNode o = Trees.object();
        p.id().ifPresent(v -> Trees.put(o, "id", v));
        Trees.put(o, "fullName", p.fullName());
        Trees.put(o, "givenName", p.givenName());
        Trees.put(o, "familyName", p.familyName());
        Trees.putDate(o, "dateOfBirth", p.dateOfBirth());
        Trees.putList(o, "identifiers", p.identifiers(), this::identifier);
        return o;
    }

    private ObjectNode identifier(Identifier i) {
        ObjectNode o = Trees.object();
        o.put("scheme", i.scheme());
        o.put("value", i.value());
        i.country().ifPresent(c -> o.put("country", c.alpha2()));
        return o;
    }

    private ObjectNode organisation(Organisation org) {
        ObjectNode o = Trees.object();
        org.id().ifPresent(v -> Trees.put(o, "id", v));
        o.set("legalName", Trees.languageMap(org.legalName()));
        Trees.putList(o, "identifiers", org.identifiers(), this::identifier);
        org.country().ifPresent(c -> o.put("country", c.alpha2()));
        Trees.putList(o, "regions", org.regions(), this::concept);
        org.homepage().ifPresent(v -> Trees.put(o, "homepage", v));
        return o;
    }

    private ObjectNode grade(Grade g) {
        ObjectNode o = Trees.object();
        o.put("value", g.value());
        g.schemeId().ifPresent(v -> Trees.put(o, "schemeId", v));
        Trees.putText(o, "schemeDescription", g.schemeDescription());
        g.status().ifPresent(s -> o.put("status", Trees.kebab(s)));
        Trees.putText(o, "distribution", g.distribution());
        return o;
    }

    private ObjectNode learningOutcome(LearningOutcome l) {
        ObjectNode o = Trees.object();
        o.set("statement", Trees.languageMap(l.statement()));
        Trees.putList(o, "relatedSkills", l.relatedSkills(), this::concept);
        l.skillType().ifPresent(v -> o.set("skillType", concept(v)));
        l.reuseLevel().ifPresent(v -> o.set("reuseLevel", concept(v)));
        return o;
    }

    private ObjectNode workload(Workload w) {
        ObjectNode o = Trees.object();
        w.ects().ifPresent(v -> o.set("ects", Trees.decimal(v)));
        w.hours().ifPresent(v -> o.set("hours", Trees.decimal(v)));
        Trees.putList(o, "otherCredits", w.otherCredits(), c -> {
            ObjectNode n = Trees.object();
            n.set("system", concept(c.system()));
            n.set("value", Trees.decimal(c.value()));
            return n;
        });
        return o;
    }

    private ObjectNode level(Level l) {
        ObjectNode o = Trees.object();
        l.eqf().ifPresent(v -> o.put("eqf", v));
        l.cycle().ifPresent(v -> o.put("cycle", Trees.kebab(v)));
        Trees.putList(o, "nqf", l.nqf(), this::concept);
        if (l.notApplicable()) {
            o.put("notApplicable", true);
        }
        return o;
    }

    private ObjectNode participation(Participation p) {
        ObjectNode o = Trees.object();
        Trees.putList(o, "modes", p.modes(), this::concept);
        p.setting().ifPresent(v -> o.set("setting", concept(v)));
        p.schedule().ifPresent(v -> o.set("schedule", concept(v)));
        Trees.putList(o, "activityTypes", p.activityTypes(), this::concept);
        return o;
    }

    private ObjectNode qualityAssurance(QualityAssurance q) {
        ObjectNode o = Trees.object();
        o.set("type", concept(q.type()));
        Trees.putText(o, "title", q.title());
        q.body().ifPresent(b -> o.set("body", organisation(b)));
        q.decision().ifPresent(v -> Trees.put(o, "decision", v));
        q.report().ifPresent(v -> Trees.put(o, "report", v));
        Trees.putDate(o, "issued", q.issued());
        Trees.putDate(o, "expires", q.expires());
        return o;
    }

    private ObjectNode webLink(WebLink w) {
        ObjectNode o = Trees.object();
        Trees.put(o, "url", w.url());
        Trees.putText(o, "title", w.title());
        return o;
    }

    private JsonNode concept(Concept c) {
        if (c.label().isEmpty() && c.scheme().isEmpty() && c.notation().isEmpty()) {
            return Jackson.NODES.textNode(c.uri().toString());
        }
        ObjectNode o = Trees.object();
        Trees.put(o, "uri", c.uri());
        Trees.putText(o, "label", c.label());
        c.scheme().ifPresent(v -> Trees.put(o, "scheme", v));
        Trees.put(o, "notation", c.notation());
        return o;
    }
}
