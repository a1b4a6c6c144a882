package org.microcred.json.internal;

import static org.microcred.json.internal.ElmVocabulary.MC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
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
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.ReadWarning;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Languages;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * Reads an ELM v3 European Digital Credential (VC 1.1 or VCDM 2.0 envelope) into the model. What it maps
 * is consumed; every other property is a candidate extension, kept unless the writer regenerates it
 * (see {@link RegeneratedFilter}). Not thread-safe; one per record.
 */
final class ElmReader {
    // compiled once: String.matches compiles the pattern on every call (a hot spot when reading)
    private static final java.util.regex.Pattern EQF_URI = java.util.regex.Pattern.compile("http://data\\.europa\\.eu/snb/eqf/[1-8]");

    private final ReadContext ctx;
    private final List<Concept> assessmentTypes = new ArrayList<>();
    private Supervision supervision;
    private Concept schedule;
    private Organisation provider;

    private ElmReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    static MicroCredential read(ObjectIn root) {
        return new ElmReader(root.context()).credential(root);
    }

    private MicroCredential credential(ObjectIn root) {
        if (ctx.tree().basePointer().endsWith("/payload")) {
            ctx.warn(new ReadWarning(Location.of(ctx.tree().basePointer(), 0, 0), Optional.empty(),
                    "read the credential from the payload of a JAdES signature; the signature was not verified and is not kept"));
        }
        notAnotherFormat(root);
        consumeKnownContext(root);
        MicroCredential.Builder b = MicroCredential.builder();
        root.uri("id", Element.S01).ifPresent(b::id);
        Optional<Organisation> issuer = root.object("issuer", Element.S02).map(o -> organisation(o, Element.S02));
        Optional<OffsetDateTime> issued = root.dateTime("issued", Element.E05);
        if (issued.isEmpty()) {
            issued = root.dateTime("issuanceDate", Element.E05);
        }
        boolean validFromNotGiven = root.bool(MC + "validFromNotGiven", Element.S05).orElse(false);
        Optional<OffsetDateTime> validFrom = root.dateTime("validFrom", Element.S05);
        if (!validFromNotGiven) {
            validFrom.ifPresent(b::validFrom);
        }
        Optional<OffsetDateTime> validUntil = root.dateTime("validUntil", Element.S05);
        if (validUntil.isEmpty()) {
            validUntil = root.dateTime("expirationDate", Element.S05);
        }
        validUntil.ifPresent(b::validUntil);

        ObjectIn subject = root.object("credentialSubject", Element.E01)
                .orElseThrow(() -> root.missing("credentialSubject", Element.E01));
        person(subject).ifPresent(b::learner);
        List<ObjectIn> claims = subject.objects("hasClaim", null);
        // the award is the first LearningAchievement; a certificate of participation has a LearningActivity instead
        ObjectIn claim = claims.stream().filter(c -> hasType(c, "LearningAchievement")).findFirst()
                .or(() -> claims.stream().filter(c -> hasType(c, "LearningActivity")).findFirst()).orElse(null);
        for (ObjectIn c : claims) {
            if (c != claim) {
                subject.keepWhole(c);
            }
        }
        if (claim == null) {
            throw new UnsupportedContentException(Format.ELM, ctx.location(subject.realPath() + "/hasClaim"), Element.S07, null,
                    "no LearningAchievement or LearningActivity claim to read the award from", null);
        }
        final ObjectIn achievement = claim;
        ObjectIn process = achievement.object("awardedBy", Element.E04).orElseThrow(() -> root.missing("awardedBy", Element.E04));
        List<Organisation> bodies = new ArrayList<>();
        process.objects("awardingBody", Element.E04).forEach(o -> bodies.add(organisation(o, Element.E04)));
        b.awardingBodies(bodies);
        if (issued.isEmpty()) {
            issued = process.dateTime("awardingDate", Element.E05);
        }
        issued.ifPresent(b::issued);
        if (validFromNotGiven && issued.isEmpty()) {
            validFrom.ifPresent(b::validFrom);
        }
        boolean graded = false;
        for (ObjectIn a : achievement.objects("provenBy", Element.E14)) {
            if (!graded && a.has("grade")) {
                b.grade(grade(a));
                graded = true;
            } else {
                achievement.keepWhole(a);
            }
        }
        boolean timed = false;
        Optional<ObjectIn> ownPeriod = achievement.object("temporal", Element.N03);
        if (ownPeriod.isPresent()) {
            Optional<LocalDate> start = date(ownPeriod.get(), "startDate", Element.N03);
            Optional<LocalDate> end = date(ownPeriod.get(), "endDate", Element.N03);
            if (start.isPresent() || end.isPresent()) {
                b.timePeriod(ownPeriod.get().build(Element.N03, () -> new TimePeriod(start, end)));
                timed = true;
            }
        }
        for (ObjectIn activity : achievement.objects("influencedBy", Element.N03)) {
            Optional<ObjectIn> temporal = timed ? Optional.empty() : activity.object("temporal", Element.N03);
            if (temporal.isPresent()) {
                Optional<LocalDate> start = date(temporal.get(), "startDate", Element.N03);
                Optional<LocalDate> end = date(temporal.get(), "endDate", Element.N03);
                if (start.isPresent() || end.isPresent()) {
                    b.timePeriod(temporal.get().build(Element.N03, () -> new TimePeriod(start, end)));
                }
                timed = true;
            } else {
                achievement.keepWhole(activity);
            }
        }
        achievement.object("learningOpportunity", Element.N01).ifPresent(lo -> {
            List<ObjectIn> providers = lo.objects("providedBy", Element.N01);
            for (int i = 0; i < providers.size(); i++) {
                if (i == 0) {
                    provider = organisation(providers.get(0), Element.N01);
                } else {
                    lo.keepWhole(providers.get(i));
                }
            }
            conceptFull(lo, "learningSchedule", Element.E10).ifPresent(c -> schedule = c);
        });
        ObjectIn spec = achievement.object("specifiedBy", Element.S07).orElseThrow(() -> achievement.missing("specifiedBy", Element.S07));
        CredentialSpecification.Builder sb = specification(spec.asSpecificationRoot());
        if (sb.build().title().isEmpty()) {
            achievement.languageMap("title", Element.E02).ifPresent(sb::title);
        }
        issuer.ifPresent(i -> {
            // the writer writes the first awarding body as the issuer when the model has none
            if (!bodies.stream().findFirst().map(i::equals).orElse(false)) {
                b.issuer(i);
            }
        });

        ctx.finishAll();
        MicroCredential base = root.build(null, () -> b.specification(sb.build()).build());
        ObjectNode expected = ElmWriter.write(base, new ArrayList<>(), false);
        JsonNode expectedSpec = expected.at("/credentialSubject/hasClaim/0/specifiedBy");
        List<org.microcred.core.Extension> specExt = RegeneratedFilter.keepNew(ctx.specificationExtensions(), expectedSpec, true);
        List<org.microcred.core.Extension> credExt = RegeneratedFilter.keepNew(ctx.credentialExtensions(), expected, false);
        return root.build(null, () -> base.toBuilder().extensions(credExt)
                .specification(base.specification().toBuilder().extensions(specExt).build()).build());
    }

    // another format's document is reported as such, not as a member missing deep inside
    private void notAnotherFormat(ObjectIn root) {
        if (hasType(root, "OpenBadgeCredential") || hasType(root, "AchievementCredential")) {
            throw new UnsupportedContentException(Format.ELM, ctx.location(root.realPath() + "/type"), null, null,
                    "not an ELM credential: an Open Badges 3.0 credential (read it with the ob3 codec)", null);
        }
        if (!root.has("credentialSubject")) {
            String what = root.has(NativeMapping.MARKER) ? "a microcred JSON document (read it with the json codec)"
                    : "no \"credentialSubject\" member";
            throw new MalformedDocumentException(Format.ELM, ctx.location(root.realPath()), Element.E01, null,
                    "not an ELM credential: " + what, null);
        }
    }

    private void consumeKnownContext(ObjectIn root) {
        Optional<JsonNode> context = root.peek("@context");
        if (context.isPresent() && context.get().isArray() && context.get().size() >= 2
                && ElmVocabulary.CONTEXT_VC1.equals(context.get().get(0).asText())
                && ElmVocabulary.CONTEXT_EDC.equals(context.get().get(1).asText())
                && (context.get().size() == 2 || (context.get().size() == 3 && context.get().get(2).isObject()
                        && context.get().get(2).size() == 1
                        && ElmVocabulary.MC_NAMESPACE.equals(context.get().get(2).path("mc").asText())))) {
            // the EDC form (VC 1.1 + edc-ap, with or without microcred's prefix) is what the writer writes
            root.consume("@context");
        }
    }

    private static boolean hasType(ObjectIn o, String type) {
        JsonNode t = o.node().get("type");
        if (t == null) {
            return false;
        }
        if (t.isTextual()) {
            return t.textValue().equals(type);
        }
        for (JsonNode x : t) {
            if (type.equals(x.asText())) {
                return true;
            }
        }
        return false;
    }

    //-----------------------------------------------------------------------
    private Optional<Person> person(ObjectIn in) {
        Person.Builder p = Person.builder();
        boolean any = false;
        Optional<URI> id = in.uri("id", Element.E01);
        if (id.isPresent()) {
            p.id(id.get());
            any = true;
        }
        Optional<String> given = in.firstText("givenName", Element.E01);
        Optional<String> family = in.firstText("familyName", Element.E01);
        Optional<String> full = in.firstText("fullName", Element.E01);
        given.ifPresent(p::givenName);
        family.ifPresent(p::familyName);
        full.ifPresent(p::fullName);
        any |= given.isPresent() || family.isPresent() || full.isPresent();
        date(in, "dateOfBirth", Element.E01).ifPresent(p::dateOfBirth);
        List<Identifier> ids = new ArrayList<>();
        in.objects("identifier", Element.E01).forEach(i -> ids.add(identifier(i, Element.E01, "identifier")));
        in.object("nationalID", Element.E01).ifPresent(i -> addNew(ids, identifier(i, Element.E01, Identifier.NATIONAL_ID)));
        for (ObjectIn cp : in.objects("contactPoint", Element.E01)) {
            for (ObjectIn mail : cp.objects("emailAddress", Element.E01)) {
                String address = mail.requiredString("id", Element.E01);
                addNew(ids, Identifier.of(Identifier.EMAIL, address.startsWith("mailto:") ? address.substring(7) : address));
            }
        }
        ids.forEach(p::identifier);
        any |= !ids.isEmpty();
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(in.build(Element.E01, p::build));
    }

    private static void addNew(List<Identifier> ids, Identifier id) {
        if (ids.stream().noneMatch(i -> i.scheme().equals(id.scheme()) && i.value().equals(id.value()))) {
            ids.add(id);
        }
    }

    private Identifier identifier(ObjectIn in, Element e, String defaultScheme) {
        String value = in.requiredString("notation", e);
        String scheme = in.nonBlank("schemeName", e).orElse(defaultScheme);
        Optional<Country> country = in.object("spatial", e).map(s -> country(s, e));
        return in.build(e, () -> new Identifier(scheme, value, country));
    }

    private Country country(ObjectIn concept, Element e) {
        String id = concept.requiredString("id", e);
        try {
            return Country.fromUri(Uris.create(id));
        } catch (IllegalArgumentException ex) {
            throw concept.fail("id", e, id, "not a country of the EU authority table (expected "
                    + Country.EU_AUTHORITY + "XXX)");
        }
    }

    private Organisation organisation(ObjectIn in, Element e) {
        Organisation.Builder o = Organisation.builder();
        in.uri("id", e).ifPresent(o::id);
        o.legalName(in.languageMap("legalName", e).orElseThrow(() -> in.missing("legalName", e)));
        List<Identifier> ids = new ArrayList<>();
        in.objects("identifier", e).forEach(i -> ids.add(identifier(i, e, "identifier")));
        in.object("registration", e).ifPresent(i -> addNew(ids, identifier(i, e, Identifier.REGISTRATION)));
        in.object("vatIdentifier", e).ifPresent(i -> addNew(ids, identifier(i, e, Identifier.VAT)));
        in.object("eIDASIdentifier", e).ifPresent(i -> addNew(ids, identifier(i, e, Identifier.EIDAS)));
        ids.forEach(o::identifier);
        List<ObjectIn> locations = in.objects("location", Element.E03);
        if (!locations.isEmpty()) {
            ObjectIn location = locations.get(0);
            for (int i = 1; i < locations.size(); i++) {
                in.keepWhole(locations.get(i));
            }
            List<ObjectIn> addresses = location.objects("address", Element.E03);
            for (int i = 0; i < addresses.size(); i++) {
                if (i == 0) {
                    addresses.get(0).object("countryCode", Element.E03).ifPresent(c -> o.country(country(c, Element.E03)));
                } else {
                    location.keepWhole(addresses.get(i));
                }
            }
            conceptsFull(location, "spatialCode", Element.E03).forEach(o::region);
        }
        List<ObjectIn> homepages = in.objects("homepage", e);
        for (int i = 0; i < homepages.size(); i++) {
            if (i == 0) {
                o.homepage(homepages.get(0).uri("contentURL", e).orElseThrow(() -> homepages.get(0).missing("contentURL", e)));
            } else {
                in.keepWhole(homepages.get(i));
            }
        }
        return in.build(e, o::build);
    }

    private Grade grade(ObjectIn a) {
        ObjectIn note = a.object("grade", Element.E14).get();
        String value = note.firstText("noteLiteral", Element.E14).orElseThrow(() -> note.missing("noteLiteral", Element.E14));
        Optional<GradeStatus> status = Optional.empty();
        Optional<JsonNode> statusNode = a.peek("gradeStatus");
        if (statusNode.isPresent()) {
            String uri = statusNode.get().isObject() ? statusNode.get().path("id").asText() : statusNode.get().asText();
            for (GradeStatus s : GradeStatus.values()) {
                if (ElmVocabulary.gradeStatus(s).uri().toString().equals(uri)) {
                    status = Optional.of(s);
                    a.object("gradeStatus", Element.E14).ifPresent(c -> c.consume("id"));
                }
            }
        }
        Optional<MultilingualText> distribution = a.languageMap(MC + "gradeDistribution", Element.E14);
        a.object("idVerification", Element.E13).ifPresent(c -> {
            URI uri = c.uri("id", Element.E13).orElseThrow(() -> c.missing("id", Element.E13));
            Optional<Supervision> s = Supervision.fromUri(uri);
            if (s.isPresent()) {
                supervision = s.get();
            } else {
                a.keepWhole(c);
            }
        });
        Optional<URI> schemeId = Optional.empty();
        Optional<MultilingualText> schemeDescription = Optional.empty();
        Optional<ObjectIn> las = a.object("specifiedBy", Element.E09);
        if (las.isPresent()) {
            conceptFull(las.get(), "dcType", Element.E09).ifPresent(assessmentTypes::add);
            Optional<ObjectIn> scheme = las.get().object("gradingScheme", Element.E14);
            if (scheme.isPresent()) {
                schemeId = scheme.get().uri("id", Element.E14);
                schemeDescription = scheme.get().languageMap("description", Element.E14);
            }
        }
        Optional<URI> sid = schemeId;
        Optional<MultilingualText> sdesc = schemeDescription;
        Optional<GradeStatus> st = status;
        return a.build(Element.E14, () -> new Grade(value, sid, sdesc, st, distribution));
    }

    //-----------------------------------------------------------------------
    private CredentialSpecification.Builder specification(ObjectIn in) {
        CredentialSpecification.Builder s = CredentialSpecification.builder();
        in.uri("id", Element.S07).ifPresent(s::id);
        in.languageMap("title", Element.E02).ifPresent(s::title);
        in.languageMap("description", Element.N02).ifPresent(s::description);
        conceptFull(in, "dcType", Element.S06).ifPresent(s::opportunityType);
        for (ObjectIn lo : in.objects("learningOutcome", Element.E06)) {
            MultilingualText statement = lo.languageMap("title", Element.E06).orElseThrow(() -> lo.missing("title", Element.E06));
            List<Concept> skills = new ArrayList<>(conceptsFull(lo, "relatedESCOSkill", Element.E06));
            skills.addAll(conceptsFull(lo, "relatedSkill", Element.E06));
            Optional<Concept> type = conceptFull(lo, "dcType", Element.E06);
            Optional<Concept> reuse = conceptFull(lo, "reusabilityLevel", Element.E06);
            s.learningOutcome(lo.build(Element.E06, () -> new LearningOutcome(statement, skills, type, reuse)));
        }
        workload(in).ifPresent(s::workload);
        level(in).ifPresent(s::level);
        for (ObjectIn las : in.objects("provenBy", Element.E09)) {
            Optional<Concept> t = conceptFull(las, "dcType", Element.E09);
            if (t.isPresent()) {
                assessmentTypes.add(t.get());
            } else {
                in.keepWhole(las);
            }
        }
        s.assessmentTypes(assessmentTypes);
        // the model's form of participation needs a mode: without one, setting, schedule and activity types
        // stay unread and are kept as extensions
        if (in.has("mode")) {
            List<Concept> modes = conceptsFull(in, "mode", Element.E10);
            Optional<Concept> setting = conceptFull(in, "learningSetting", Element.E10);
            Optional<Concept> mcSchedule = conceptFull(in, MC + "learningSchedule", Element.E10);
            Optional<Concept> sched = mcSchedule.or(() -> Optional.ofNullable(schedule));
            List<Concept> activities = new ArrayList<>();
            for (ObjectIn las : in.objects("influencedBy", Element.E10)) {
                Optional<Concept> t = conceptFull(las, "dcType", Element.E10);
                if (t.isPresent()) {
                    activities.add(t.get());
                } else {
                    in.keepWhole(las);
                }
            }
            s.participation(in.build(Element.E10, () -> new Participation(modes, setting, sched, activities)));
        }
        s.qualityAssurance(qualityAssurance(in));
        Optional<MultilingualText> entry = in.object("entryRequirement", Element.E12)
                .map(n -> n.languageMap("noteLiteral", Element.E12).orElseThrow(() -> n.missing("noteLiteral", Element.E12)));
        List<URI> required = new ArrayList<>();
        for (String u : in.strings(MC + "requiredCredential", Element.E12)) {
            required.add(in.toUri(MC + "requiredCredential", Element.E12, u));
        }
        if (entry.isPresent() || !required.isEmpty()) {
            s.prerequisites(in.build(Element.E12, () -> new Prerequisites(entry, required)));
        }
        in.object(MC + "idVerification", Element.E13).ifPresent(c -> {
            URI uri = c.uri("id", Element.E13).orElseThrow(() -> c.missing("id", Element.E13));
            Supervision.fromUri(uri).ifPresentOrElse(v -> supervision = v, () -> in.keepWhole(c));
        });
        if (supervision != null) {
            s.supervision(supervision);
        }
        stackability(in).ifPresent(s::stackability);
        List<MultilingualText> notes = new ArrayList<>();
        for (ObjectIn n : in.objects("additionalNote", Element.E16)) {
            notes.add(n.languageMap("noteLiteral", Element.E16).orElseThrow(() -> n.missing("noteLiteral", Element.E16)));
        }
        List<WebLink> links = webLinks(in, "homepage", Element.E16);
        List<WebLink> documents = webLinks(in, "supplementaryDocument", Element.E16);
        if (!notes.isEmpty() || !links.isEmpty() || !documents.isEmpty()) {
            s.furtherInformation(in.build(Element.E16, () -> new FurtherInformation(notes, links, documents)));
        }
        if (provider != null) {
            s.provider(provider);
        }
        s.learningResources(webLinks(in, MC + "learningResource", Element.N04));
        for (ObjectIn e : in.objects("entitlesTo", Element.N05)) {
            successOutcome(e).ifPresentOrElse(s::successOutcome, () -> in.keepWhole(e));
        }
        s.fieldsOfEducation(conceptsFull(in, "thematicArea", Element.S03));
        for (ObjectIn lang : in.objects("language", Element.S04)) {
            s.language(language(lang));
        }
        return s;
    }

    private Optional<Workload> workload(ObjectIn in) {
        Optional<BigDecimal> ects = Optional.empty();
        List<CreditValue> other = new ArrayList<>();
        int ectsAt = ectsPointIndex(in);
        for (ObjectIn cp : in.objects("creditPoint", Element.E07, ectsFirst(ectsAt))) {
            BigDecimal point = cp.decimal("point", Element.E07, true).orElseThrow(() -> cp.missing("point", Element.E07));
            ObjectIn fw = cp.object("framework", Element.E07).orElseThrow(() -> cp.missing("framework", Element.E07));
            if (ects.isEmpty() && isEcts(fw.node())) {
                fw.consume("id");
                ects = Optional.of(point);
            } else {
                Concept system = conceptOf(fw, Element.E07);
                other.add(cp.build(Element.E07, () -> CreditValue.of(system, point)));
            }
        }
        Optional<JsonNode> volume = in.peek("volumeOfLearning");
        Optional<JsonNode> noted = in.peek(MC + "notionalHours");
        Optional<BigDecimal> fromVolume = volume.filter(JsonNode::isTextual).flatMap(v -> Durations.toHours(v.textValue()));
        if (fromVolume.isPresent() && noted.isPresent() && noted.get().isNumber()
                && noted.get().decimalValue().compareTo(fromVolume.get()) != 0) {
            // microcred's exact hours contradict the standard volumeOfLearning: ELM's own property wins, and the
            // other is kept as an extension, so that the written document is the one read
            in.consume("volumeOfLearning");
            return workload(ects, fromVolume, other, in);
        }
        Optional<BigDecimal> hours = in.decimal(MC + "notionalHours", Element.E07, false);
        if (hours.isEmpty() && volume.isPresent() && volume.get().isTextual()) {
            hours = Durations.toHours(volume.get().textValue());
            if (hours.isPresent()) {
                in.consume("volumeOfLearning");
            }
        }
        return workload(ects, hours, other, in);
    }

    // The writers put the ECTS credit point first: the document's first ECTS point is read as the ECTS credits,
    // and every point's extension path uses its written index, so that what is kept of a point lands on it again
    private static int ectsPointIndex(ObjectIn in) {
        JsonNode points = in.peek("creditPoint").orElse(null);
        if (points == null) {
            return -1;
        }
        if (!points.isArray()) {
            return isEcts(framework(points)) ? 0 : -1;
        }
        for (int i = 0; i < points.size(); i++) {
            if (isEcts(framework(points.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.function.IntUnaryOperator ectsFirst(int ectsAt) {
        return i -> ectsAt < 0 || i > ectsAt ? i : i == ectsAt ? 0 : i + 1;
    }

    // the framework as ObjectIn.object opens it: in JSON-LD an array of one object stands for the object
    private static JsonNode framework(JsonNode point) {
        JsonNode f = point.path("framework");
        return f.isArray() && f.size() == 1 ? f.get(0) : f;
    }

    private static boolean isEcts(JsonNode framework) {
        JsonNode id = framework.path("id");
        return id.isTextual() && Vocabularies.ECTS.uri().toString().equals(id.textValue());
    }

    private static Optional<Workload> workload(Optional<BigDecimal> ects, Optional<BigDecimal> hours, List<CreditValue> other,
            ObjectIn in) {
        if (ects.isEmpty() && hours.isEmpty() && other.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(in.build(Element.E07, () -> new Workload(ects, hours, other)));
    }

    private Optional<Level> level(ObjectIn in) {
        Optional<Integer> eqf = Optional.empty();
        Optional<ObjectIn> eqfNode = in.object("eqfLevel", Element.E08);
        if (eqfNode.isPresent()) {
            String id = eqfNode.get().requiredString("id", Element.E08);
            if (!EQF_URI.matcher(id).matches()) {
                throw eqfNode.get().fail("id", Element.E08, id, "not an EQF level (expected " + ElmVocabulary.EQF + "1 to 8)");
            }
            eqf = Optional.of(Integer.parseInt(id.substring(ElmVocabulary.EQF.length())));
        }
        List<Concept> nqf = conceptsFull(in, "nqfLevel", Element.E08);
        Optional<Cycle> cycle = in.enumValue(MC + "qfEheaCycle", Element.E08, Cycle.class);
        boolean notApplicable = in.bool(MC + "levelNotApplicable", Element.E08).orElse(false);
        if (eqf.isEmpty() && nqf.isEmpty() && cycle.isEmpty() && !notApplicable) {
            return Optional.empty();
        }
        Optional<Integer> e = eqf;
        return Optional.of(in.build(Element.E08, () -> new Level(e, cycle, nqf, notApplicable)));
    }

    private List<QualityAssurance> qualityAssurance(ObjectIn in) {
        List<QualityAssurance> accredited = new ArrayList<>();
        for (ObjectIn a : in.objects("accreditation", Element.E11)) {
            accredited.add(accreditation(a));
        }
        TreeMap<Integer, QualityAssurance> placed = new TreeMap<>();
        for (ObjectIn a : in.objects(MC + "qualityAssurance", Element.E11)) {
            int position = a.raw(MC + "position").filter(JsonNode::canConvertToInt).map(JsonNode::intValue)
                    .orElseThrow(() -> a.missing(MC + "position", Element.E11));
            placed.put(position, accreditation(a));
        }
        List<QualityAssurance> out = new ArrayList<>(accredited);
        placed.forEach((position, qa) -> out.add(Math.max(0, Math.min(position, out.size())), qa));
        return out;
    }

    private QualityAssurance accreditation(ObjectIn a) {
        Concept type = conceptFull(a, "dcType", Element.E11).orElseThrow(() -> a.missing("dcType", Element.E11));
        Optional<MultilingualText> title = titleUnlessStandIn(a, Element.E11);
        Optional<Organisation> body = a.object("accreditingAgent", Element.E11).map(o -> organisation(o, Element.E11));
        Optional<URI> decision = a.object("decision", Element.E11).map(c -> c.uri("id", Element.E11)
                .orElseThrow(() -> c.missing("id", Element.E11)));
        Optional<URI> report = a.object("report", Element.E11).map(w -> w.uri("contentURL", Element.E11)
                .orElseThrow(() -> w.missing("contentURL", Element.E11)));
        Optional<LocalDate> issued = date(a, "dateIssued", Element.E11);
        Optional<LocalDate> expires = date(a, "expiryDate", Element.E11);
        return a.build(Element.E11, () -> new QualityAssurance(type, title, body, decision, report, issued, expires));
    }

    private Optional<Stackability> stackability(ObjectIn in) {
        Optional<JsonNode> partial = in.peek("isPartialQualification");
        if (partial.isEmpty() || !partial.get().isBoolean()) {
            return Optional.empty();
        }
        boolean stackable = in.bool("isPartialQualification", Element.E15).orElse(false);
        if (!stackable) {
            return Optional.of(Stackability.ofStandalone());
        }
        List<StackingTarget> targets = new ArrayList<>();
        for (ObjectIn t : in.objects("isPartOf", Element.E15)) {
            Optional<URI> id = t.uri("id", Element.E15);
            Optional<MultilingualText> title = titleUnlessStandIn(t, Element.E15);
            Optional<BigDecimal> ects = Optional.empty();
            for (ObjectIn cp : t.objects("creditPoint", Element.E15, ectsFirst(ectsPointIndex(t)))) {
                if (ects.isEmpty() && isEcts(framework(cp.node()))) {
                    ects = cp.decimal("point", Element.E15, true);
                    cp.object("framework", Element.E15).ifPresent(f -> f.consume("id"));
                } else {
                    t.keepWhole(cp);
                }
            }
            Optional<BigDecimal> e = ects;
            targets.add(t.build(Element.E15, () -> new StackingTarget(id, title, e)));
        }
        if (targets.isEmpty()) {
            throw new UnsupportedContentException(Format.ELM, ctx.location(in.realPath() + "/isPartialQualification"), Element.E15,
                    "true", "a partial qualification needs isPartOf naming what it is part of", null);
        }
        return Optional.of(new Stackability(Stackability.Option.STACKABLE, targets));
    }

    private static Optional<MultilingualText> titleUnlessStandIn(ObjectIn in, Element e) {
        boolean standIn = in.bool(MC + "titleNotGiven", e).orElse(false);
        Optional<MultilingualText> title = in.languageMap("title", e);
        return standIn ? Optional.empty() : title;
    }

    private Optional<SuccessOutcome> successOutcome(ObjectIn e) {
        String typeUri = e.node().path("dcType").path("id").asText(e.node().path("dcType").asText());
        SuccessOutcome.Type type = null;
        for (SuccessOutcome.Type t : SuccessOutcome.Type.values()) {
            if (ElmVocabulary.successOutcome(t).uri().toString().equals(typeUri)) {
                type = t;
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        e.object("dcType", Element.N05).ifPresent(c -> c.consume("id"));
        Optional<MultilingualText> description = e.languageMap("description", Element.N05);
        Optional<URI> target = e.uri(MC + "target", Element.N05);
        SuccessOutcome.Type t = type;
        return Optional.of(e.build(Element.N05, () -> new SuccessOutcome(t, description, target)));
    }

    private List<WebLink> webLinks(ObjectIn in, String name, Element e) {
        List<WebLink> out = new ArrayList<>();
        for (ObjectIn w : in.objects(name, e)) {
            URI url = w.uri("contentURL", e).orElseThrow(() -> w.missing("contentURL", e));
            Optional<MultilingualText> title = w.languageMap("title", e);
            out.add(w.build(e, () -> new WebLink(url, title)));
        }
        return out;
    }

    private String language(ObjectIn lang) {
        String id = lang.requiredString("id", Element.S04);
        Optional<JsonNode> notation = lang.peek("notation");
        if (notation.isPresent() && notation.get().isTextual() && Languages.isWellFormed(notation.get().textValue())) {
            try {
                if (Languages.toEuUri(notation.get().textValue()).toString().equals(id)) {
                    lang.consume("notation");
                    return notation.get().textValue();
                }
            } catch (IllegalArgumentException ignored) {
                // a notation that is not a language tag (EDC writes "language") is kept as an extension
            }
        }
        try {
            return Languages.fromEuUri(Uris.create(id));
        } catch (IllegalArgumentException ex) {
            throw lang.fail("id", Element.S04, id, "not a language of the EU authority table (expected "
                    + Languages.EU_AUTHORITY + "XXX)");
        }
    }

    //-----------------------------------------------------------------------
    private List<Concept> conceptsFull(ObjectIn in, String name, Element e) {
        List<Concept> out = new ArrayList<>();
        List<JsonNode> items = in.peek(name).map(v -> v.isArray() ? toList(v) : List.of(v)).orElse(List.of());
        if (items.stream().allMatch(JsonNode::isTextual)) {
            for (String s : in.strings(name, e)) {
                out.add(Concept.of(in.toUri(name, e, s)));
            }
            return out;
        }
        for (ObjectIn c : in.objects(name, e)) {
            out.add(conceptOf(c, e));
        }
        return out;
    }

    private Optional<Concept> conceptFull(ObjectIn in, String name, Element e) {
        Optional<JsonNode> v = in.peek(name);
        if (v.isPresent() && v.get().isTextual()) {
            return in.string(name, e).map(s -> Concept.of(in.toUri(name, e, s)));
        }
        return in.object(name, e).map(c -> conceptOf(c, e));
    }

    private Concept conceptOf(ObjectIn c, Element e) {
        URI uri = c.uri("id", e).orElseThrow(() -> c.missing("id", e));
        Optional<MultilingualText> label = c.languageMap("prefLabel", e);
        Optional<URI> scheme = Optional.empty();
        Optional<JsonNode> in = c.peek("inScheme");
        if (in.isPresent() && in.get().isTextual()) {
            scheme = c.uri("inScheme", e);
        } else if (in.isPresent()) {
            scheme = c.object("inScheme", e).map(s -> s.uri("id", e).orElseThrow(() -> s.missing("id", e)));
        }
        Optional<String> notation = c.nonBlank("notation", e);
        Optional<URI> sc = scheme;
        return c.build(e, () -> new Concept(uri, label, sc, notation));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> l = new ArrayList<>();
        array.forEach(l::add);
        return l;
    }

    // ELM writes dates as xsd:dateTime (even the date of birth); a plain date is accepted too
    private Optional<LocalDate> date(ObjectIn in, String name, Element e) {
        return in.string(name, e).map(s -> {
            try {
                return s.length() == 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException ex) {
                throw in.fail(name, e, s, "not a date-time with offset (expected e.g. 2024-05-01T00:00:00Z)");
            }
        });
    }
}
