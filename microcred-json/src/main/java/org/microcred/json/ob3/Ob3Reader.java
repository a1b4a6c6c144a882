package org.microcred.json.ob3;

import static org.microcred.json.ob3.Ob3Terms.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.Element;
import org.microcred.core.Extension;
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
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.json.ob3.Source.Cursor;

/**
 * Maps an OB 3.0 document tree (VCDM 2.0 or 1.1) to the model. An element comes from the microcred extension
 * when the document has it, else from the native OB slot; a native value that is only the writer's projection
 * of an extension value is consumed when it still matches, and kept as an extension (S08) when it was changed.
 */
final class Ob3Reader {
    private static final Pattern EQF = Pattern.compile("http://data\\.europa\\.eu/snb/eqf/([1-8])");

    private final Source src;
    private String documentLanguage = MultilingualText.UNDETERMINED;

    private Ob3Reader(Source src) {
        this.src = src;
    }

    /**
     * Reads one credential document.
     *
     * @param source the document
     * @return the credential and the warnings
     */
    static MicroCredential read(Source source) {
        return new Ob3Reader(source).read();
    }

    private MicroCredential read() {
        Cursor r = src.root();
        if (!r.node().isObject()) {
            throw src.malformed(r, null, "expected a JSON object (an OB 3.0 credential)");
        }
        context(r);
        credentialTypes(r);
        Cursor subject = subject(r);
        Cursor achievement = src.member(subject, "achievement").filter(c -> c.node().isObject()).orElseThrow(
                () -> src.malformed(subject, Element.S07, "an OB 3.0 credentialSubject needs an achievement object"));
        src.member(achievement, "inLanguage").filter(c -> c.node().isTextual())
                .map(c -> c.node().asText()).filter(l -> Ob3Writer.OB_LANGUAGE.matcher(l).matches())
                .ifPresent(l -> documentLanguage = l);

        MicroCredential.Builder b = MicroCredential.builder();
        Set<String> unset = unset(r);
        if (unset.contains("id")) {
            src.consumeMember(r, "id");
        } else {
            src.uri(r, "id", Element.S01).ifPresent(b::id);
        }
        dates(r, unset, b);
        awardingBodies(r, b);
        learner(subject).ifPresent(b::learner);
        timePeriod(subject).ifPresent(b::timePeriod);
        grade(subject, achievement).ifPresent(b::grade);

        CredentialSpecification spec = specification(achievement);
        spec.title().ifPresent(t -> src.consumeIfEqual(src.member(r, "name"), Ob3Writer.NODES.textNode(Ob3Writer.text(t))));
        for (Cursor s : src.items(r, "credentialSchema")) {
            if (isSchemaEntry(s.node(), OB_SCHEMA) || isSchemaEntry(s.node(), MICROCRED_SCHEMA)) {
                src.consume(s);
            }
        }

        List<Extension> credentialExtensions = new ArrayList<>();
        List<Extension> specExtensions = new ArrayList<>();
        src.extensions(credentialExtensions, specExtensions);
        return b.specification(spec.toBuilder().extensions(specExtensions).build())
                .extensions(credentialExtensions).build();
    }

    private static boolean isSchemaEntry(JsonNode n, String id) {
        return n.isObject() && n.size() == 2 && id.equals(n.path("id").asText())
                && SCHEMA_VALIDATOR.equals(n.path("type").asText());
    }

    // --- envelope ---

    private void context(Cursor r) {
        List<Cursor> contexts = src.items(r, "@context");
        boolean ob = false;
        for (Cursor c : contexts) {
            if (!c.node().isTextual()) {
                continue;
            }
            String url = c.node().asText();
            if (url.startsWith(CLR_CONTEXT_PREFIX)) {
                throw unsupported(c, "a CLR 2.0 credential is not a single OB 3.0 credential");
            }
            if (url.startsWith(OB_CONTEXT_PREFIX)) {
                ob = true;
            }
            if (url.equals(VC2_CONTEXT) || url.equals(VC1_CONTEXT) || url.startsWith(OB_CONTEXT_PREFIX)
                    || url.equals(OB_EXTENSIONS_CONTEXT) || url.equals(MICROCRED_CONTEXT)) {
                src.consume(c);
            }
        }
        if (!ob && contexts.stream().noneMatch(c -> VC2_CONTEXT.equals(c.node().asText()) || VC1_CONTEXT.equals(c.node().asText()))) {
            // not a verifiable credential at all (such as microcred JSON): a document of another format
            throw new MalformedDocumentException(Format.OB3, src.location(src.member(r, "@context").orElse(r).src()), null, null,
                    "not an OB 3.0 credential: not a verifiable credential (no @context " + VC2_CONTEXT + ")", null);
        }
        if (!ob) {
            Cursor at = src.member(r, "@context").orElse(r);
            throw unsupported(at, "not an OB 3.0 credential: @context lacks " + OB_CONTEXT_PREFIX + "[-3.0.x].json");
        }
    }

    private void credentialTypes(Cursor r) {
        List<Cursor> types = src.items(r, "type");
        Set<String> names = new HashSet<>();
        for (Cursor t : types) {
            names.add(t.node().asText());
        }
        Cursor at = src.member(r, "type").orElse(r);
        if (!names.contains(VERIFIABLE_CREDENTIAL)
                || !(names.contains(OPEN_BADGE_CREDENTIAL) || names.contains(ACHIEVEMENT_CREDENTIAL))) {
            throw unsupported(at, "not an OB 3.0 credential: type must hold VerifiableCredential and OpenBadgeCredential"
                    + " (or AchievementCredential)");
        }
        for (String n : names) {
            if (NOT_OB.contains(n)) {
                throw unsupported(at, "a " + n + " is not an OB 3.0 achievement credential");
            }
        }
        // another spelling (AchievementCredential, a single string, more types) is kept and written back as it was
        src.consumeIfEqual(src.member(r, "type"), Ob3Writer.NODES.arrayNode().add(VERIFIABLE_CREDENTIAL).add(OPEN_BADGE_CREDENTIAL));
    }

    private Cursor subject(Cursor r) {
        Optional<Cursor> m = src.member(r, "credentialSubject");
        if (m.isEmpty()) {
            throw src.malformed(r, Element.E01, "an OB 3.0 credential needs a credentialSubject");
        }
        Cursor s = m.get();
        if (s.node().isArray()) {
            if (s.node().size() != 1) {
                throw unsupported(s, "an OB 3.0 credential has exactly one credentialSubject");
            }
            s = src.relocate(new Cursor(s.node().get(0), s.src() + "/0", s.out()), s.out());
        }
        if (!s.node().isObject()) {
            throw src.malformed(s, Element.E01, "expected credentialSubject to be an object");
        }
        return s;
    }

    private Set<String> unset(Cursor obj) {
        Set<String> names = new HashSet<>();
        for (Cursor c : src.items(obj, UNSET)) {
            names.add(src.text(c, null));
        }
        return names;
    }

    private static boolean hasName(JsonNode resultDescription) {
        JsonNode name = resultDescription.path("name");
        return name.isTextual() && !name.textValue().isBlank();
    }

    private Set<String> peekUnset(Cursor obj) {
        Set<String> names = new HashSet<>();
        src.member(obj, UNSET).ifPresent(c -> (c.node().isArray() ? c.node() : Ob3Writer.NODES.arrayNode().add(c.node()))
                .forEach(n -> names.add(n.asText())));
        return names;
    }

    /** E05 and S05: see the mapping table in the package documentation. */
    private void dates(Cursor r, Set<String> unset, MicroCredential.Builder b) {
        Optional<OffsetDateTime> validFrom = src.dateTime(r, "validFrom", Element.E05)
                .or(() -> src.dateTime(r, "issuanceDate", Element.E05));
        Optional<OffsetDateTime> awarded = src.dateTime(r, "awardedDate", Element.E05);
        Optional<OffsetDateTime> validUntil = src.dateTime(r, "validUntil", Element.S05)
                .or(() -> src.dateTime(r, "expirationDate", Element.S05));
        if (unset.contains("validFrom")) {
            validFrom = Optional.empty();
        }
        if (awarded.isPresent()) {
            b.issued(awarded.get());
            validFrom.ifPresent(b::validFrom);
        } else if (unset.contains("awardedDate")) {
            validFrom.ifPresent(b::validFrom);
        } else {
            validFrom.ifPresent(b::issued);
        }
        validUntil.ifPresent(b::validUntil);
    }

    private void awardingBodies(Cursor r, MicroCredential.Builder b) {
        Optional<Cursor> issuer = src.member(r, "issuer");
        Optional<Organisation> issuerOrg = issuer.flatMap(c -> profile(c, Element.E04));
        Optional<String> issuerId = issuer.filter(c -> c.node().isObject()).map(c -> c.node().path("id").asText());
        if (src.member(r, AWARDING_BODY).isEmpty()) {
            issuerOrg.ifPresent(b::awardingBody);
            return;
        }
        boolean issuerAwards = false;
        for (Cursor c : src.items(r, AWARDING_BODY)) {
            if (c.node().isTextual() && issuerId.isPresent() && c.node().asText().equals(issuerId.get())) {
                src.consume(c);
                issuerAwards = true;
                issuerOrg.ifPresent(b::awardingBody);
            } else if (c.node().isObject()) {
                profile(c, Element.E04).ifPresent(b::awardingBody);
            }
        }
        if (!issuerAwards) {
            issuerOrg.ifPresent(b::issuer);
        }
        // items not read (a reference to no issuer, a profile without a name) are kept after the writer's
        src.appendUnread(src.member(r, AWARDING_BODY));
    }

    // --- learner (E01), time period (N03), grade (E14) ---

    private Optional<Person> learner(Cursor s) {
        Person.Builder p = Person.builder();
        src.uri(s, "id", Element.E01).ifPresent(p::id);
        types(s, "AchievementSubject");
        boolean extension = src.member(s, FULL_NAME).isPresent() || src.member(s, GIVEN_NAME).isPresent()
                || src.member(s, FAMILY_NAME).isPresent() || src.member(s, DATE_OF_BIRTH).isPresent()
                || src.member(s, IDENTIFIER).isPresent();
        if (extension) {
            src.string(s, FULL_NAME, Element.E01).ifPresent(p::fullName);
            src.string(s, GIVEN_NAME, Element.E01).ifPresent(p::givenName);
            src.string(s, FAMILY_NAME, Element.E01).ifPresent(p::familyName);
            src.date(s, DATE_OF_BIRTH, Element.E01).ifPresent(p::dateOfBirth);
            identifiers(s, Element.E01).forEach(p::identifier);
        } else {
            identityObjects(s, p);
        }
        Person person;
        try {
            person = p.build();
        } catch (IllegalArgumentException e) {
            if (extension) {
                throw src.malformed(s, Element.E01, "a learner needs an id, a name or an identifier", e);
            }
            return Optional.empty(); // neither id, name nor identifier: no learner
        }
        if (extension) {
            src.consumeContained(src.member(s, "identifier"), Ob3Writer.identityObjects(person));
        }
        return Optional.of(person);
    }

    private void types(Cursor obj, String expected) {
        Optional<Cursor> t = src.member(obj, "type");
        if (t.isEmpty()) {
            return;
        }
        JsonNode n = t.get().node();
        boolean only = n.isTextual() ? n.asText().equals(expected)
                : n.isArray() && n.size() >= 1 && allEqual(n, expected);
        if (only) {
            src.consume(t.get());
        }
    }

    private static boolean allEqual(JsonNode array, String expected) {
        for (JsonNode n : array) {
            if (!n.asText().equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /** Native identity objects: an unhashed name is the full name; other unhashed ones are identifiers. */
    private void identityObjects(Cursor s, Person.Builder p) {
        List<Cursor> items = src.items(s, "identifier");
        int nameAt = -1;
        for (int i = 0; i < items.size() && nameAt < 0; i++) {
            if (plainIdentity(items.get(i)) && items.get(i).node().get("identityType").asText().equals("name")) {
                nameAt = i;
            }
        }
        int out = nameAt >= 0 ? 1 : 0;
        for (int i = 0; i < items.size(); i++) {
            Cursor c = items.get(i);
            if (!plainIdentity(c)) {
                continue; // hashed or incomplete: kept as it is
            }
            String type = c.node().get("identityType").asText();
            String value = c.node().get("identityHash").asText();
            if (i == nameAt) {
                p.fullName(value);
                consumeIdentity(src.relocate(c, Source.index(src.member(s, "identifier").get(), 0)));
            } else if (!type.equals("name") && Ob3Writer.identifierType(scheme(type)).equals(Optional.of(type))
                    && !value.isBlank()) {
                p.identifier(Identifier.of(scheme(type), value));
                consumeIdentity(src.relocate(c, Source.index(src.member(s, "identifier").get(), out++)));
            }
        }
    }

    private static boolean plainIdentity(Cursor c) {
        JsonNode n = c.node();
        return n.isObject() && n.path("identityType").isTextual() && n.path("identityHash").isTextual()
                && n.path("hashed").isBoolean() && !n.path("hashed").booleanValue();
    }

    private void consumeIdentity(Cursor c) {
        for (String m : List.of("identityHash", "identityType", "hashed")) {
            src.consumeMember(c, m);
        }
        src.consumeIfEqual(src.member(c, "type"), Ob3Writer.NODES.textNode("IdentityObject"));
    }

    /** Model scheme of an OB identifier type; {@link Ob3Writer#identifierType} is its inverse. */
    static String scheme(String type) {
        return switch (type) {
            case "emailAddress" -> Identifier.EMAIL;
            case "nationalIdentityNumber" -> Identifier.NATIONAL_ID;
            default -> type.startsWith("ext:") ? type.substring(4) : type;
        };
    }

    private List<Identifier> identifiers(Cursor obj, Element element) {
        List<Identifier> out = new ArrayList<>();
        for (Cursor c : src.items(obj, IDENTIFIER)) {
            requireObject(c, element);
            String scheme = src.string(c, SCHEME, element).orElseThrow(() -> missing(c, element, SCHEME));
            String value = src.string(c, VALUE, element).orElseThrow(() -> missing(c, element, VALUE));
            Optional<Country> country = src.string(c, COUNTRY, element).map(code -> src.build(c, element, () -> Country.of(code)));
            out.add(src.build(c, element, () -> new Identifier(scheme, value, country)));
        }
        return out;
    }

    private Optional<TimePeriod> timePeriod(Cursor s) {
        Optional<LocalDate> start = activityDate(s, "activityStartDate");
        Optional<LocalDate> end = activityDate(s, "activityEndDate");
        return start.isEmpty() && end.isEmpty() ? Optional.empty() : Optional.of(new TimePeriod(start, end));
    }

    /** OB writes these as date-times (its context says xsd:date); the model keeps the day. */
    private Optional<LocalDate> activityDate(Cursor s, String name) {
        return src.member(s, name).map(c -> {
            String text = src.text(c, Element.N03);
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text);
                }
                OffsetDateTime t = OffsetDateTime.parse(text);
                if (!t.toLocalTime().equals(LocalTime.MIDNIGHT) || !t.getOffset().equals(ZoneOffset.UTC)) {
                    src.warn(c, Element.N03, "kept the day " + t.toLocalDate() + " of " + name + " '" + text
                            + "'; the time of day is not part of the model");
                }
                return t.toLocalDate();
            } catch (DateTimeParseException e) {
                throw src.malformed(c, Element.N03, "expected a date-time, e.g. 2024-06-30T00:00:00Z", e);
            }
        });
    }

    private Optional<Grade> grade(Cursor s, Cursor achievement) {
        List<Cursor> results = src.items(s, "result");
        Optional<Cursor> found = results.stream()
                .filter(c -> c.node().isObject() && c.node().path("value").isTextual()).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cursor r = src.relocate(found.get(), Source.index(src.member(s, "result").get(), 0));
        String value = src.string(r, "value", Element.E14).orElseThrow();
        types(r, "Result");
        Optional<GradeStatus> status = src.member(r, "status").filter(c -> c.node().isTextual()).flatMap(c -> {
            Optional<GradeStatus> st = switch (c.node().asText()) {
                case "Completed" -> Optional.of(GradeStatus.PASSED);
                case "Failed" -> Optional.of(GradeStatus.FAILED);
                default -> Optional.empty();
            };
            st.ifPresent(x -> src.consume(c));
            return st;
        });
        Optional<MultilingualText> scheme = src.languageMap(r, GRADING_SCHEME, Element.E14);
        Optional<URI> schemeId = Optional.empty();
        boolean linked = false;
        Optional<Cursor> ref = src.member(r, "resultDescription").filter(c -> c.node().isTextual());
        if (ref.isPresent()) {
            String id = ref.get().node().asText();
            Optional<Cursor> rd = src.items(achievement, "resultDescription").stream()
                    .filter(c -> c.node().isObject() && c.node().path("id").asText().equals(id)).findFirst();
            if (rd.isPresent() && scheme.isEmpty() && peekUnset(rd.get()).contains("id") && !hasName(rd.get().node())) {
                // a ResultDescription with a minted id and no name gives the grade no scheme, so the writer writes
                // none: it is kept as it is, with the link to it, not taken apart into pieces written without it
                ref = Optional.empty();
            }
        }
        if (ref.isPresent()) {
            String id = ref.get().node().asText();
            Optional<Cursor> rd = src.items(achievement, "resultDescription").stream()
                    .filter(c -> c.node().isObject() && c.node().path("id").asText().equals(id)).findFirst();
            boolean minted = false;
            linked = rd.isPresent();
            if (rd.isPresent()) {
                Cursor d = src.relocate(rd.get(), Source.index(src.member(achievement, "resultDescription").get(), 0));
                minted = unset(d).contains("id");
                src.consumeMember(d, "id");
                types(d, "ResultDescription");
                src.consumeIfEqual(src.member(d, "resultType"), Ob3Writer.NODES.textNode("Result"));
                Optional<Cursor> name = src.member(d, "name");
                if (scheme.isPresent()) {
                    src.consumeIfEqual(name, Ob3Writer.NODES.textNode(Ob3Writer.text(scheme.get())));
                } else if (name.isPresent() && name.get().node().isTextual()) {
                    String n = src.text(name.get(), Element.E14);
                    if (!n.isBlank()) {
                        scheme = Optional.of(MultilingualText.of(documentLanguage, n));
                    }
                }
            }
            if (!minted) {
                schemeId = Optional.of(src.uri(ref.get(), Element.E14));
            } else {
                src.consume(ref.get());
            }
        }
        Optional<MultilingualText> distribution = src.languageMap(r, GRADE_DISTRIBUTION, Element.E14);
        Optional<MultilingualText> description = scheme;
        Optional<URI> id = schemeId;
        Grade grade = src.build(r, Element.E14, () -> new Grade(value, id, description, status, distribution));
        Optional<ObjectNode> derived = Ob3Writer.resultDescription(grade);
        if (derived.isPresent()) {
            if (!linked) {
                // the writer's own ResultDescription whose link from the result was changed: still derived from the grade
                src.items(achievement, "resultDescription").stream().filter(c -> c.node().equals(derived.get())).findFirst()
                        .ifPresent(c -> src.consume(src.relocate(c, Source.index(src.member(achievement, "resultDescription").get(), 0))));
            }
            // the writer writes this grade's ResultDescription there: others are kept after it, not over it
            src.appendUnread(src.member(achievement, "resultDescription"));
        }
        return Optional.of(grade);
    }

    // --- specification ---

    private CredentialSpecification specification(Cursor a) {
        CredentialSpecification.Builder s = CredentialSpecification.builder();
        if (unset(a).contains("id")) {
            src.consumeMember(a, "id");
        } else {
            src.uri(a, "id", Element.S07).ifPresent(s::id);
        }
        types(a, "Achievement");
        src.consumeIfEqual(src.member(a, "achievementType"), Ob3Writer.NODES.textNode(MICRO_CREDENTIAL));
        text(a, TITLE, "name", Element.E02).ifPresent(s::title);
        text(a, DESCRIPTION, "description", Element.N02).ifPresent(s::description);
        learningOutcomes(a).forEach(s::learningOutcome);
        workload(a).ifPresent(s::workload);
        level(a).ifPresent(s::level);
        concepts(a, ASSESSMENT_TYPE, Element.E09).forEach(s::assessmentType);
        participation(a).ifPresent(s::participation);
        for (Cursor c : src.items(a, QUALITY_ASSURANCE)) {
            s.addQualityAssurance(qualityAssurance(c));
        }
        prerequisites(a).ifPresent(s::prerequisites);
        src.member(a, SUPERVISION).ifPresent(c -> {
            Optional<Supervision> sv = c.node().isTextual() && isAbsoluteUri(c.node().asText())
                    ? Supervision.fromUri(URI.create(c.node().asText())) : Optional.empty();
            if (sv.isPresent()) {
                src.consume(c);
                s.supervision(sv.get());
            } else {
                src.warn(c, Element.E13, "kept a supervision value the model does not know as an extension: '"
                        + Source.shown(c.node()) + "'");
            }
        });
        stackability(a).ifPresent(s::stackability);
        furtherInformation(a).ifPresent(s::furtherInformation);
        src.member(a, PROVIDER).flatMap(c -> profile(c, Element.N01)).ifPresent(s::provider);
        links(a, LEARNING_RESOURCE, Element.N04).forEach(s::learningResource);
        for (Cursor c : src.items(a, SUCCESS_OUTCOME)) {
            s.successOutcome(successOutcome(c));
        }
        List<Concept> fields = concepts(a, FIELD_OF_EDUCATION, Element.S03);
        fields.forEach(s::fieldOfEducation);
        if (!fields.isEmpty()) {
            src.consumeIfEqual(src.member(a, "fieldOfStudy"), Ob3Writer.NODES.textNode(Ob3Writer.fieldOfStudy(fields).get()));
        }
        languages(a).forEach(s::language);
        src.member(a, OPPORTUNITY_TYPE).map(c -> concept(c, Element.S06)).ifPresent(s::opportunityType);

        CredentialSpecification spec = s.build();
        ArrayNode alignment = Ob3Writer.alignments(spec);
        if (!alignment.isEmpty()) {
            src.consumeContained(src.member(a, "alignment"), alignment);
        }
        return spec;
    }

    /** A text from its extension language map, else from its native string (in the document's language). */
    private Optional<MultilingualText> text(Cursor obj, String term, String nativeName, Element element) {
        Optional<MultilingualText> ext = src.languageMap(obj, term, element);
        Optional<Cursor> n = src.member(obj, nativeName);
        if (ext.isPresent()) {
            src.consumeIfEqual(n, Ob3Writer.NODES.textNode(Ob3Writer.text(ext.get())));
            return ext;
        }
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get().node().isObject()) {
            return Optional.of(src.languageMap(n.get(), element)); // the compacted JSON-LD form OB's schema allows
        }
        String s = src.text(n.get(), element);
        return s.isBlank() ? Optional.empty() : Optional.of(MultilingualText.of(documentLanguage, s));
    }

    private List<LearningOutcome> learningOutcomes(Cursor a) {
        List<LearningOutcome> out = new ArrayList<>();
        Optional<Cursor> criteria = src.member(a, "criteria");
        if (src.member(a, LEARNING_OUTCOME).isPresent()) {
            for (Cursor c : src.items(a, LEARNING_OUTCOME)) {
                requireObject(c, Element.E06);
                MultilingualText statement = src.languageMap(c, STATEMENT, Element.E06)
                        .orElseThrow(() -> missing(c, Element.E06, STATEMENT));
                List<Concept> skills = concepts(c, RELATED_SKILL, Element.E06);
                Optional<Concept> type = src.member(c, SKILL_TYPE).map(x -> concept(x, Element.E06));
                Optional<Concept> reuse = src.member(c, REUSE_LEVEL).map(x -> concept(x, Element.E06));
                out.add(new LearningOutcome(statement, skills, type, reuse));
            }
            src.consumeContained(criteria, Ob3Writer.criteria(out));
            return out;
        }
        if (criteria.isPresent() && criteria.get().node().isObject()) {
            Cursor c = criteria.get();
            Optional<Cursor> narrative = src.member(c, "narrative");
            if (narrative.isPresent() && narrative.get().node().isTextual() && !narrative.get().node().asText().isBlank()) {
                out.add(LearningOutcome.of(MultilingualText.of(documentLanguage, src.text(narrative.get(), Element.E06))));
            } else if (c.node().isEmpty()) {
                src.consume(c); // the empty criteria OB requires
            }
        }
        return out;
    }

    private Optional<Workload> workload(Cursor a) {
        Optional<BigDecimal> ects = src.decimal(a, "creditsAvailable", Element.E07);
        Optional<BigDecimal> hours = src.decimal(a, NOTIONAL_HOURS, Element.E07);
        List<CreditValue> others = new ArrayList<>();
        for (Cursor c : src.items(a, OTHER_CREDIT)) {
            requireObject(c, Element.E07);
            Concept system = src.member(c, CREDIT_SYSTEM).map(x -> concept(x, Element.E07))
                    .orElseThrow(() -> missing(c, Element.E07, CREDIT_SYSTEM));
            BigDecimal value = src.decimal(c, CREDITS, Element.E07).orElseThrow(() -> missing(c, Element.E07, CREDITS));
            others.add(CreditValue.of(system, value));
        }
        if (ects.isEmpty() && hours.isEmpty() && others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Workload(ects, hours, others));
    }

    private Optional<Level> level(Cursor a) {
        Optional<Integer> eqf = src.member(a, EQF_LEVEL).map(c -> {
            URI u = src.uri(c, Element.E08);
            Matcher m = EQF.matcher(u.toString());
            if (!m.matches()) {
                throw src.malformed(c, Element.E08, "expected an EQF level http://data.europa.eu/snb/eqf/1 to .../8");
            }
            return Integer.parseInt(m.group(1));
        });
        Optional<Cycle> cycle = src.member(a, CYCLE).map(c -> {
            String s = src.text(c, Element.E08);
            for (Cycle cy : Cycle.values()) {
                if (Ob3Writer.cycleName(cy).equals(s)) {
                    return cy;
                }
            }
            throw src.malformed(c, Element.E08, "expected a QF-EHEA cycle: short, first, second or third");
        });
        List<Concept> nqf = concepts(a, NQF_LEVEL, Element.E08);
        boolean notApplicable = src.bool(a, LEVEL_NOT_APPLICABLE, Element.E08).orElse(false);
        if (eqf.isEmpty() && cycle.isEmpty() && nqf.isEmpty() && !notApplicable) {
            return Optional.empty();
        }
        Cursor at = src.member(a, EQF_LEVEL).or(() -> src.member(a, LEVEL_NOT_APPLICABLE)).orElse(a);
        return Optional.of(src.build(at, Element.E08, () -> new Level(eqf, cycle, nqf, notApplicable)));
    }

    private Optional<Participation> participation(Cursor a) {
        List<Concept> modes = concepts(a, MODE, Element.E10);
        Optional<Concept> setting = src.member(a, LEARNING_SETTING).map(c -> concept(c, Element.E10));
        Optional<Concept> schedule = src.member(a, LEARNING_SCHEDULE).map(c -> concept(c, Element.E10));
        List<Concept> activities = concepts(a, LEARNING_ACTIVITY, Element.E10);
        if (modes.isEmpty() && setting.isEmpty() && schedule.isEmpty() && activities.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(src.build(a, Element.E10, () -> new Participation(modes, setting, schedule, activities)));
    }

    private QualityAssurance qualityAssurance(Cursor c) {
        requireObject(c, Element.E11);
        Concept type = src.member(c, QA_TYPE).map(x -> concept(x, Element.E11))
                .orElseThrow(() -> missing(c, Element.E11, QA_TYPE));
        Optional<MultilingualText> title = src.languageMap(c, TITLE, Element.E11);
        Optional<Organisation> body = src.member(c, QA_BODY).flatMap(x -> profile(x, Element.E11));
        Optional<URI> decision = src.uri(c, DECISION, Element.E11);
        Optional<URI> report = src.uri(c, REPORT, Element.E11);
        Optional<LocalDate> issued = src.date(c, ISSUED, Element.E11);
        Optional<LocalDate> expires = src.date(c, EXPIRES, Element.E11);
        return src.build(c, Element.E11, () -> new QualityAssurance(type, title, body, decision, report, issued, expires));
    }

    private Optional<Prerequisites> prerequisites(Cursor a) {
        Optional<MultilingualText> text = src.languageMap(a, ENTRY_REQUIREMENT, Element.E12);
        List<URI> required = new ArrayList<>();
        for (Cursor c : src.items(a, REQUIRED_CREDENTIAL)) {
            required.add(src.uri(c, Element.E12));
        }
        return text.isEmpty() && required.isEmpty() ? Optional.empty() : Optional.of(new Prerequisites(text, required));
    }

    private Optional<Stackability> stackability(Cursor a) {
        Optional<Cursor> option = src.member(a, STACKABILITY);
        List<StackingTarget> targets = new ArrayList<>();
        for (Cursor c : src.items(a, STACKING_TARGET)) {
            requireObject(c, Element.E15);
            Optional<URI> id = src.uri(c, "id", Element.E15);
            Optional<MultilingualText> title = src.languageMap(c, TITLE, Element.E15);
            Optional<BigDecimal> ects = src.decimal(c, ECTS_COUNTED, Element.E15);
            targets.add(src.build(c, Element.E15, () -> new StackingTarget(id, title, ects)));
        }
        if (option.isEmpty()) {
            if (!targets.isEmpty()) {
                throw src.malformed(a, Element.E15, STACKING_TARGET + " without " + STACKABILITY);
            }
            return Optional.empty();
        }
        String o = src.text(option.get(), Element.E15);
        Stackability.Option opt = switch (o) {
            case "standalone" -> Stackability.Option.STANDALONE;
            case "stackable" -> Stackability.Option.STACKABLE;
            default -> throw src.malformed(option.get(), Element.E15, "expected standalone or stackable");
        };
        return Optional.of(src.build(option.get(), Element.E15, () -> new Stackability(opt, targets)));
    }

    private Optional<FurtherInformation> furtherInformation(Cursor a) {
        List<MultilingualText> notes = new ArrayList<>();
        for (Cursor c : src.items(a, ADDITIONAL_NOTE)) {
            requireObject(c, Element.E16);
            notes.add(src.languageMap(c, TEXT, Element.E16).orElseThrow(() -> missing(c, Element.E16, TEXT)));
        }
        List<WebLink> links = links(a, FURTHER_LINK, Element.E16);
        List<WebLink> documents = links(a, SUPPLEMENTARY_DOCUMENT, Element.E16);
        if (notes.isEmpty() && links.isEmpty() && documents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FurtherInformation(notes, links, documents));
    }

    private SuccessOutcome successOutcome(Cursor c) {
        requireObject(c, Element.N05);
        Cursor t = src.member(c, OUTCOME_TYPE).orElseThrow(() -> missing(c, Element.N05, OUTCOME_TYPE));
        String name = src.text(t, Element.N05);
        SuccessOutcome.Type type;
        try {
            type = SuccessOutcome.Type.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw src.malformed(t, Element.N05, "expected admission, credit or certification", e);
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw src.malformed(t, Element.N05, "expected admission, credit or certification");
        }
        Optional<MultilingualText> text = src.languageMap(c, TEXT, Element.N05);
        Optional<URI> target = src.uri(c, TARGET, Element.N05);
        return new SuccessOutcome(type, text, target);
    }

    private List<String> languages(Cursor a) {
        List<String> out = new ArrayList<>();
        Optional<Cursor> native_ = src.member(a, "inLanguage");
        if (src.member(a, LANGUAGE).isPresent()) {
            for (Cursor c : src.items(a, LANGUAGE)) {
                out.add(src.text(c, Element.S04));
            }
            Optional<String> projection = Ob3Writer.inLanguage(out);
            projection.ifPresent(p -> src.consumeIfEqual(native_, Ob3Writer.NODES.textNode(p)));
        } else if (native_.isPresent() && native_.get().node().isTextual()) {
            out.add(src.text(native_.get(), Element.S04));
        }
        return out;
    }

    // --- shared values ---

    /** An organisation from an OB Profile; empty (and nothing consumed) when the profile has no name. */
    private Optional<Organisation> profile(Cursor p, Element element) {
        if (!p.node().isObject()) {
            return Optional.empty(); // a bare issuer URL: kept as it is
        }
        Optional<Cursor> name = src.member(p, "name").filter(c -> c.node().isTextual() && !c.node().asText().isBlank());
        if (src.member(p, LEGAL_NAME).isEmpty() && name.isEmpty()) {
            if (peekUnset(p).contains("id") && p.node().size() == 3 && src.member(p, "type").isPresent()) {
                // the placeholder written for a credential without issuer or awarding body
                unset(p);
                src.consumeMember(p, "id");
                types(p, "Profile");
            }
            return Optional.empty();
        }
        Organisation.Builder o = Organisation.builder();
        if (unset(p).contains("id")) {
            src.consumeMember(p, "id");
        } else {
            src.uri(p, "id", element).ifPresent(o::id);
        }
        types(p, "Profile");
        o.legalName(text(p, LEGAL_NAME, "name", element).orElseThrow());
        src.uri(p, "url", element).ifPresent(o::homepage);
        List<Concept> regions = concepts(p, REGION, Element.E03);
        regions.forEach(o::region);
        src.member(p, "address").filter(c -> c.node().isObject()).ifPresent(a -> {
            boolean mapped = false;
            Optional<Cursor> code = src.member(a, "addressCountryCode");
            if (code.isPresent()) {
                String text = src.text(code.get(), Element.E03);
                if (text.length() != 2) {
                    throw src.malformed(code.get(), Element.E03, "expected an ISO 3166-1 alpha-2 country code");
                }
                o.country(src.build(code.get(), Element.E03, () -> Country.of(text)));
                mapped = true;
            }
            Optional<Cursor> region = src.member(a, "addressRegion");
            if (!regions.isEmpty()) {
                mapped |= src.consumeIfEqual(region, Ob3Writer.NODES.textNode(regions.get(0).uri().toString()));
            } else if (region.isPresent() && region.get().node().isTextual() && isAbsoluteUri(region.get().node().asText())) {
                o.region(Concept.of(src.uri(region.get(), Element.E03)));
                mapped = true;
            }
            if (mapped || !regions.isEmpty()) {
                types(a, "Address"); // the writer writes the address again only when it has a country or region
            }
        });
        if (src.member(p, IDENTIFIER).isPresent()) {
            List<Identifier> ids = identifiers(p, element);
            ids.forEach(o::identifier);
            src.consumeContained(src.member(p, "otherIdentifier"), Ob3Writer.otherIdentifiers(ids));
        } else {
            int out = 0;
            for (Cursor c : src.items(p, "otherIdentifier")) {
                JsonNode n = c.node();
                if (!n.isObject() || !n.path("identifier").isTextual() || !n.path("identifierType").isTextual()
                        || n.path("identifier").asText().isBlank()) {
                    continue;
                }
                String type = n.get("identifierType").asText();
                if (Ob3Writer.identifierType(scheme(type)).equals(Optional.of(type))) {
                    o.identifier(Identifier.of(scheme(type), n.get("identifier").asText()));
                    Cursor placed = src.relocate(c, Source.index(src.member(p, "otherIdentifier").get(), out++));
                    src.consumeMember(placed, "identifier");
                    src.consumeMember(placed, "identifierType");
                    src.consumeIfEqual(src.member(placed, "type"), Ob3Writer.NODES.textNode("IdentifierEntry"));
                }
            }
        }
        return Optional.of(o.build());
    }

    private static boolean isAbsoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private List<Concept> concepts(Cursor obj, String name, Element element) {
        List<Concept> out = new ArrayList<>();
        for (Cursor c : src.items(obj, name)) {
            out.add(concept(c, element));
        }
        return out;
    }

    /** A concept: an IRI, or a node with {@code id} and SKOS label, scheme and notation. */
    private Concept concept(Cursor c, Element element) {
        if (c.node().isTextual()) {
            return Concept.of(src.uri(c, element));
        }
        requireObject(c, element);
        URI uri = src.uri(c, "id", element).orElseThrow(() -> missing(c, element, "id"));
        Optional<MultilingualText> label = src.languageMap(c, PREF_LABEL, element);
        Optional<URI> scheme = src.uri(c, IN_SCHEME, element);
        Optional<String> notation = src.string(c, NOTATION, element);
        return src.build(c, element, () -> new Concept(uri, label, scheme, notation));
    }

    private List<WebLink> links(Cursor obj, String name, Element element) {
        List<WebLink> out = new ArrayList<>();
        for (Cursor c : src.items(obj, name)) {
            if (c.node().isTextual()) {
                out.add(new WebLink(src.uri(c, element), Optional.empty()));
            } else {
                requireObject(c, element);
                URI url = src.uri(c, "id", element).orElseThrow(() -> missing(c, element, "id"));
                Optional<MultilingualText> title = src.languageMap(c, TITLE, element);
                out.add(new WebLink(url, title));
            }
        }
        return out;
    }

    private void requireObject(Cursor c, Element element) {
        if (!c.node().isObject()) {
            throw src.malformed(c, element, "expected an object");
        }
    }

    private RuntimeException missing(Cursor c, Element element, String member) {
        return src.malformed(c, element, "missing " + member);
    }

    private UnsupportedContentException unsupported(Cursor c, String problem) {
        return new UnsupportedContentException(Format.OB3, src.location(c.src()), null, Source.shown(c.node()), problem, null);
    }
}
