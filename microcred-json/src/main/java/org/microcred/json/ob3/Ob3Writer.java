package org.microcred.json.ob3;

import static org.microcred.json.ob3.Ob3Terms.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.LearningOutcome;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.QualityAssurance;
import org.microcred.core.StackingTarget;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.format.Format;
import org.microcred.core.vocabulary.Concept;
import org.microcred.json.internal.Jackson;

/**
 * Maps the model to an OB 3.0 document tree. Stateless apart from the losses of one call; the reader uses
 * the same projections to recognise what it derived.
 *
 * <p>Native OB slots get the interoperable projection of a value; the microcred extension ({@code mc:}
 * terms) gets whatever the native slot cannot hold exactly. Ids that OB requires but the model lacks are
 * minted from the node's content (name-based UUID, so output is deterministic) and listed in {@code mc:unset}.
 */
final class Ob3Writer {
    /** Exact decimals: 5.0 stays 5.0. */
    static final JsonNodeFactory NODES = Jackson.NODES;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** OB's BCP 47 pattern for {@code inLanguage}. */
    static final Pattern OB_LANGUAGE = Pattern.compile("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$");
    private static final Pattern EXT_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private Ob3Writer() {
    }

    /**
     * Maps a credential, without its extensions (S08), which the codec places afterwards.
     *
     * @param c the credential
     * @return the document
     */
    static ObjectNode write(MicroCredential c) {
        ObjectNode doc = NODES.objectNode();
        ArrayNode context = doc.putArray("@context");
        CONTEXTS.forEach(context::add);
        doc.put("id", "");
        doc.putArray("type").add(VERIFIABLE_CREDENTIAL).add(OPEN_BADGE_CREDENTIAL);
        CredentialSpecification spec = c.specification();
        spec.title().ifPresent(t -> doc.put("name", text(t)));

        ArrayNode unset = NODES.arrayNode();
        Organisation obIssuer = c.issuer().orElse(c.awardingBodies().isEmpty() ? null : c.awardingBodies().get(0));
        ObjectNode issuer = obIssuer == null ? placeholderProfile() : profile(obIssuer);
        doc.set("issuer", issuer);
        if (c.validFrom().isPresent()) {
            doc.put("validFrom", DATE_TIME.format(c.validFrom().get()));
            c.issued().ifPresentOrElse(i -> doc.put("awardedDate", DATE_TIME.format(i)), () -> unset.add("awardedDate"));
        } else if (c.issued().isPresent()) {
            doc.put("validFrom", DATE_TIME.format(c.issued().get()));
        } else {
            doc.put("validFrom", PLACEHOLDER_DATE);
            unset.add("validFrom").add("awardedDate");
        }
        c.validUntil().ifPresent(v -> doc.put("validUntil", DATE_TIME.format(v)));
        doc.set("credentialSubject", subject(c));
        ArrayNode schemas = doc.putArray("credentialSchema");
        schemas.add(schemaEntry(OB_SCHEMA)).add(schemaEntry(MICROCRED_SCHEMA));

        // mc:awardingBody is left out in the common case: the OB issuer is the one awarding body
        if (c.issuer().isPresent()) {
            ArrayNode bodies = doc.putArray(AWARDING_BODY);
            c.awardingBodies().forEach(b -> bodies.add(profile(b)));
        } else if (c.awardingBodies().size() > 1 || !c.awardingBodies().isEmpty() && keepsAwardingBodyItems(c)) {
            // explicit when items kept from a source follow: present, the member lists every awarding body
            ArrayNode bodies = doc.putArray(AWARDING_BODY);
            bodies.add(issuer.get("id").asText());
            c.awardingBodies().subList(1, c.awardingBodies().size()).forEach(b -> bodies.add(profile(b)));
        }
        if (c.id().isPresent()) {
            doc.put("id", c.id().get().toString());
        } else {
            unset.insert(0, "id");
        }
        if (!unset.isEmpty()) {
            doc.set(UNSET, unset);
        }
        if (c.id().isEmpty()) {
            doc.put("id", mint("credential", doc));
        }
        return doc;
    }

    /** Whether extensions (S08) are items of {@code mc:awardingBody}, which make the member present. */
    private static boolean keepsAwardingBodyItems(MicroCredential c) {
        String items = "/" + AWARDING_BODY + "/";
        return c.extensions().stream().anyMatch(e -> e.format() == Format.OB3 && e.path().startsWith(items));
    }

    private static ObjectNode schemaEntry(String id) {
        ObjectNode o = NODES.objectNode();
        o.put("id", id);
        o.put("type", SCHEMA_VALIDATOR);
        return o;
    }

    private static ObjectNode subject(MicroCredential c) {
        ObjectNode s = NODES.objectNode();
        c.learner().flatMap(Person::id).ifPresent(id -> s.put("id", id.toString()));
        s.putArray("type").add("AchievementSubject");
        c.learner().ifPresent(p -> {
            ArrayNode ids = identityObjects(p);
            if (!ids.isEmpty()) {
                s.set("identifier", ids);
            }
        });
        c.timePeriod().ifPresent(tp -> {
            tp.start().ifPresent(d -> s.put("activityStartDate", dateAsDateTime(d)));
            tp.end().ifPresent(d -> s.put("activityEndDate", dateAsDateTime(d)));
        });
        ObjectNode achievement = achievement(c.specification());
        s.set("achievement", achievement);
        c.grade().ifPresent(g -> s.putArray("result").add(result(g, achievement)));
        c.learner().ifPresent(p -> {
            p.fullName().ifPresent(n -> s.put(FULL_NAME, n));
            p.givenName().ifPresent(n -> s.put(GIVEN_NAME, n));
            p.familyName().ifPresent(n -> s.put(FAMILY_NAME, n));
            p.dateOfBirth().ifPresent(d -> s.put(DATE_OF_BIRTH, d.toString()));
            if (!p.identifiers().isEmpty()) {
                ArrayNode a = s.putArray(IDENTIFIER);
                p.identifiers().forEach(i -> a.add(identifier(i)));
            }
        });
        return s;
    }

    /** The native {@code identifier} list of the subject: the full name, then each identifier OB can type. */
    static ArrayNode identityObjects(Person p) {
        ArrayNode a = NODES.arrayNode();
        p.fullName().ifPresent(n -> a.add(identityObject("name", n)));
        for (Identifier i : p.identifiers()) {
            identifierType(i.scheme()).ifPresent(t -> a.add(identityObject(t, i.value())));
        }
        return a;
    }

    private static ObjectNode identityObject(String type, String value) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "IdentityObject");
        o.put("identityHash", value);
        o.put("identityType", type);
        o.put("hashed", false);
        return o;
    }

    /** OB identifier type of a model scheme, if OB can carry it: its enum, else {@code ext:<scheme>}. */
    static Optional<String> identifierType(String scheme) {
        if (scheme.equals(Identifier.EMAIL)) {
            return Optional.of("emailAddress");
        }
        if (scheme.equals(Identifier.NATIONAL_ID)) {
            return Optional.of("nationalIdentityNumber");
        }
        boolean reservedByMapping = scheme.equals("emailAddress") || scheme.equals("nationalIdentityNumber")
                || scheme.equals("name");
        if (IDENTIFIER_TYPES.contains(scheme) && !reservedByMapping) {
            return Optional.of(scheme);
        }
        return EXT_NAME.matcher(scheme).matches() ? Optional.of("ext:" + scheme) : Optional.empty();
    }

    private static ObjectNode result(Grade g, ObjectNode achievement) {
        ObjectNode r = NODES.objectNode();
        r.putArray("type").add("Result");
        r.put("value", g.value());
        g.status().ifPresent(s -> r.put("status", s == GradeStatus.PASSED ? "Completed" : "Failed"));
        resultDescription(g).ifPresent(rd -> {
            achievement.putArray("resultDescription").add(rd);
            r.put("resultDescription", rd.get("id").asText());
        });
        g.schemeDescription().ifPresent(t -> r.set(GRADING_SCHEME, languageMap(t)));
        g.distribution().ifPresent(t -> r.set(GRADE_DISTRIBUTION, languageMap(t)));
        return r;
    }

    /** The achievement's ResultDescription of a grade's scheme, if it has one; its id is minted if the scheme has none. */
    static Optional<ObjectNode> resultDescription(Grade g) {
        if (g.schemeId().isEmpty() && g.schemeDescription().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode rd = NODES.objectNode();
        rd.put("id", g.schemeId().map(URI::toString).orElse(""));
        rd.putArray("type").add("ResultDescription");
        rd.put("name", g.schemeDescription().map(Ob3Writer::text).orElse(""));
        rd.put("resultType", "Result");
        if (g.schemeId().isEmpty()) {
            rd.putArray(UNSET).add("id");
            rd.put("id", mint("resultDescription", rd));
        }
        return Optional.of(rd);
    }

    private static ObjectNode achievement(CredentialSpecification s) {
        ObjectNode a = NODES.objectNode();
        a.put("id", s.id().map(URI::toString).orElse(""));
        a.putArray("type").add("Achievement");
        a.put("achievementType", MICRO_CREDENTIAL);
        a.put("name", s.title().map(Ob3Writer::text).orElse(""));
        a.put("description", s.description().map(Ob3Writer::text).orElse(""));
        a.set("criteria", criteria(s.learningOutcomes()));
        ArrayNode alignment = alignments(s);
        if (!alignment.isEmpty()) {
            a.set("alignment", alignment);
        }
        s.workload().flatMap(Workload::ects).ifPresent(e -> a.put("creditsAvailable", e));
        fieldOfStudy(s.fieldsOfEducation()).ifPresent(f -> a.put("fieldOfStudy", f));
        inLanguage(s.languages()).ifPresent(l -> a.put("inLanguage", l));

        s.title().ifPresent(t -> a.set(TITLE, languageMap(t)));
        s.description().ifPresent(t -> a.set(DESCRIPTION, languageMap(t)));
        if (!s.learningOutcomes().isEmpty()) {
            ArrayNode los = a.putArray(LEARNING_OUTCOME);
            s.learningOutcomes().forEach(lo -> los.add(learningOutcome(lo)));
        }
        s.workload().ifPresent(w -> {
            w.hours().ifPresent(h -> a.put(NOTIONAL_HOURS, h));
            if (!w.otherCredits().isEmpty()) {
                ArrayNode o = a.putArray(OTHER_CREDIT);
                w.otherCredits().forEach(cv -> {
                    ObjectNode n = o.addObject();
                    n.set(CREDIT_SYSTEM, concept(cv.system()));
                    n.put(CREDITS, cv.value());
                });
            }
        });
        s.level().ifPresent(l -> level(l, a));
        concepts(a, ASSESSMENT_TYPE, s.assessmentTypes());
        s.participation().ifPresent(p -> {
            concepts(a, MODE, p.modes());
            p.setting().ifPresent(x -> a.set(LEARNING_SETTING, concept(x)));
            p.schedule().ifPresent(x -> a.set(LEARNING_SCHEDULE, concept(x)));
            concepts(a, LEARNING_ACTIVITY, p.activityTypes());
        });
        if (!s.qualityAssurance().isEmpty()) {
            ArrayNode qas = a.putArray(QUALITY_ASSURANCE);
            s.qualityAssurance().forEach(q -> qas.add(qualityAssurance(q)));
        }
        s.prerequisites().ifPresent(p -> {
            p.text().ifPresent(t -> a.set(ENTRY_REQUIREMENT, languageMap(t)));
            uris(a, REQUIRED_CREDENTIAL, p.requiredCredentials());
        });
        s.supervision().ifPresent(x -> a.put(SUPERVISION, x.toUri().toString()));
        s.stackability().ifPresent(st -> {
            a.put(STACKABILITY, st.option().name().toLowerCase(Locale.ROOT));
            if (!st.targets().isEmpty()) {
                ArrayNode ts = a.putArray(STACKING_TARGET);
                st.targets().forEach(t -> ts.add(stackingTarget(t)));
            }
        });
        s.furtherInformation().ifPresent(f -> furtherInformation(f, a));
        s.provider().ifPresent(p -> a.set(PROVIDER, profile(p)));
        links(a, LEARNING_RESOURCE, s.learningResources());
        if (!s.successOutcomes().isEmpty()) {
            ArrayNode sos = a.putArray(SUCCESS_OUTCOME);
            s.successOutcomes().forEach(so -> sos.add(successOutcome(so)));
        }
        concepts(a, FIELD_OF_EDUCATION, s.fieldsOfEducation());
        if (!s.languages().isEmpty()) {
            ArrayNode l = a.putArray(LANGUAGE);
            s.languages().forEach(l::add);
        }
        s.opportunityType().ifPresent(o -> a.set(OPPORTUNITY_TYPE, concept(o)));
        if (s.id().isEmpty()) {
            a.putArray(UNSET).add("id");
            a.put("id", mint("achievement", a));
        }
        return a;
    }

    /** OB requires {@code criteria}; its narrative is the learning outcomes as text (one, or a Markdown list). */
    static ObjectNode criteria(List<LearningOutcome> outcomes) {
        ObjectNode c = NODES.objectNode();
        if (outcomes.size() == 1) {
            c.put("narrative", text(outcomes.get(0).statement()));
        } else if (outcomes.size() > 1) {
            StringBuilder sb = new StringBuilder();
            for (LearningOutcome lo : outcomes) {
                sb.append(sb.length() == 0 ? "" : "\n").append("- ").append(text(lo.statement()));
            }
            c.put("narrative", sb.toString());
        }
        return c;
    }

    /** Native alignments: the EQF level (a common convention) and every related skill of the outcomes. */
    static ArrayNode alignments(CredentialSpecification s) {
        ArrayNode a = NODES.arrayNode();
        s.level().flatMap(Level::eqf).ifPresent(eqf -> {
            ObjectNode n = a.addObject();
            n.putArray("type").add("Alignment");
            n.put("targetName", "EQF level " + eqf);
            n.put("targetUrl", "http://data.europa.eu/snb/eqf/" + eqf);
            n.put("targetCode", String.valueOf(eqf));
            n.put("targetFramework", "European Qualifications Framework");
            n.put("targetType", "ext:EQF");
        });
        for (LearningOutcome lo : s.learningOutcomes()) {
            for (Concept skill : lo.relatedSkills()) {
                ObjectNode n = a.addObject();
                n.putArray("type").add("Alignment");
                n.put("targetName", skill.label().map(Ob3Writer::text).orElse(skill.uri().toString()));
                n.put("targetUrl", skill.uri().toString());
                if (skill.isIn(LearningOutcome.ESCO_SKILL)) {
                    n.put("targetFramework", "ESCO");
                }
                n.put("targetType", "ceasn:Competency");
            }
        }
        return a;
    }

    static Optional<String> fieldOfStudy(List<Concept> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Concept f = fields.get(0);
        return Optional.of(f.label().map(Ob3Writer::text).or(f::notation).orElse(f.uri().toString()));
    }

    static Optional<String> inLanguage(List<String> languages) {
        return languages.isEmpty() || !OB_LANGUAGE.matcher(languages.get(0)).matches()
                ? Optional.empty() : Optional.of(languages.get(0));
    }

    private static ObjectNode learningOutcome(LearningOutcome lo) {
        ObjectNode n = NODES.objectNode();
        n.set(STATEMENT, languageMap(lo.statement()));
        concepts(n, RELATED_SKILL, lo.relatedSkills());
        lo.skillType().ifPresent(c -> n.set(SKILL_TYPE, concept(c)));
        lo.reuseLevel().ifPresent(c -> n.set(REUSE_LEVEL, concept(c)));
        return n;
    }

    private static void level(Level l, ObjectNode a) {
        l.eqf().ifPresent(e -> a.put(EQF_LEVEL, "http://data.europa.eu/snb/eqf/" + e));
        l.cycle().ifPresent(c -> a.put(CYCLE, cycleName(c)));
        concepts(a, NQF_LEVEL, l.nqf());
        if (l.notApplicable()) {
            a.put(LEVEL_NOT_APPLICABLE, true);
        }
    }

    static String cycleName(Cycle c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode qualityAssurance(QualityAssurance q) {
        ObjectNode n = NODES.objectNode();
        n.set(QA_TYPE, concept(q.type()));
        q.title().ifPresent(t -> n.set(TITLE, languageMap(t)));
        q.body().ifPresent(b -> n.set(QA_BODY, profile(b)));
        q.decision().ifPresent(u -> n.put(DECISION, u.toString()));
        q.report().ifPresent(u -> n.put(REPORT, u.toString()));
        q.issued().ifPresent(d -> n.put(ISSUED, d.toString()));
        q.expires().ifPresent(d -> n.put(EXPIRES, d.toString()));
        return n;
    }

    private static ObjectNode stackingTarget(StackingTarget t) {
        ObjectNode n = NODES.objectNode();
        t.id().ifPresent(u -> n.put("id", u.toString()));
        t.title().ifPresent(x -> n.set(TITLE, languageMap(x)));
        t.ectsCounted().ifPresent(e -> n.put(ECTS_COUNTED, e));
        return n;
    }

    private static void furtherInformation(FurtherInformation f, ObjectNode a) {
        if (!f.notes().isEmpty()) {
            ArrayNode notes = a.putArray(ADDITIONAL_NOTE);
            f.notes().forEach(t -> notes.addObject().set(TEXT, languageMap(t)));
        }
        links(a, FURTHER_LINK, f.links());
        links(a, SUPPLEMENTARY_DOCUMENT, f.documents());
    }

    private static ObjectNode successOutcome(SuccessOutcome so) {
        ObjectNode n = NODES.objectNode();
        n.put(OUTCOME_TYPE, so.type().name().toLowerCase(Locale.ROOT));
        so.description().ifPresent(t -> n.set(TEXT, languageMap(t)));
        so.target().ifPresent(u -> n.put(TARGET, u.toString()));
        return n;
    }

    /** An OB Profile for an organisation; its id is minted if it has none. */
    static ObjectNode profile(Organisation o) {
        ObjectNode p = NODES.objectNode();
        p.put("id", o.id().map(URI::toString).orElse(""));
        p.putArray("type").add("Profile");
        p.put("name", text(o.legalName()));
        o.homepage().ifPresent(h -> p.put("url", h.toString()));
        address(o).ifPresent(a -> p.set("address", a));
        ArrayNode other = otherIdentifiers(o.identifiers());
        if (!other.isEmpty()) {
            p.set("otherIdentifier", other);
        }
        p.set(LEGAL_NAME, languageMap(o.legalName()));
        if (!o.identifiers().isEmpty()) {
            ArrayNode ids = p.putArray(IDENTIFIER);
            o.identifiers().forEach(i -> ids.add(identifier(i)));
        }
        concepts(p, REGION, o.regions());
        if (o.id().isEmpty()) {
            p.putArray(UNSET).add("id");
            p.put("id", mint("profile", p));
        }
        return p;
    }

    /** Stands for an issuer the model does not have: OB requires one. */
    private static ObjectNode placeholderProfile() {
        ObjectNode p = NODES.objectNode();
        p.put("id", "");
        p.putArray("type").add("Profile");
        p.putArray(UNSET).add("id");
        p.put("id", mint("profile", p));
        return p;
    }

    static Optional<ObjectNode> address(Organisation o) {
        if (!o.isLocated()) {
            return Optional.empty();
        }
        ObjectNode a = NODES.objectNode();
        a.putArray("type").add("Address");
        o.country().ifPresent(c -> a.put("addressCountryCode", c.alpha2()));
        if (!o.regions().isEmpty()) {
            a.put("addressRegion", o.regions().get(0).uri().toString());
        }
        return Optional.of(a);
    }

    static ArrayNode otherIdentifiers(List<Identifier> identifiers) {
        ArrayNode a = NODES.arrayNode();
        for (Identifier i : identifiers) {
            identifierType(i.scheme()).ifPresent(t -> {
                ObjectNode e = a.addObject();
                e.put("type", "IdentifierEntry");
                e.put("identifier", i.value());
                e.put("identifierType", t);
            });
        }
        return a;
    }

    private static ObjectNode identifier(Identifier i) {
        ObjectNode n = NODES.objectNode();
        n.put(SCHEME, i.scheme());
        n.put(VALUE, i.value());
        i.country().ifPresent(c -> n.put(COUNTRY, c.alpha2()));
        return n;
    }

    // --- values ---

    /** The one-language projection of a text for a native OB string slot: English if there, else the first. */
    static String text(MultilingualText t) {
        return t.text(List.of("en"));
    }

    static ObjectNode languageMap(MultilingualText t) {
        ObjectNode o = NODES.objectNode();
        for (Map.Entry<String, String> e : t.values().entrySet()) {
            o.put(e.getKey(), e.getValue());
        }
        return o;
    }

    /** A concept: its IRI alone, or a node with its SKOS label, scheme and notation. */
    static JsonNode concept(Concept c) {
        if (c.label().isEmpty() && c.scheme().isEmpty() && c.notation().isEmpty()) {
            return NODES.textNode(c.uri().toString());
        }
        ObjectNode o = NODES.objectNode();
        o.put("id", c.uri().toString());
        c.label().ifPresent(l -> o.set(PREF_LABEL, languageMap(l)));
        c.scheme().ifPresent(s -> o.put(IN_SCHEME, s.toString()));
        c.notation().ifPresent(n -> o.put(NOTATION, n));
        return o;
    }

    private static void concepts(ObjectNode parent, String name, List<Concept> values) {
        if (!values.isEmpty()) {
            ArrayNode a = parent.putArray(name);
            values.forEach(c -> a.add(concept(c)));
        }
    }

    private static void uris(ObjectNode parent, String name, List<URI> values) {
        if (!values.isEmpty()) {
            ArrayNode a = parent.putArray(name);
            values.forEach(u -> a.add(u.toString()));
        }
    }

    /** A link: its URL alone, or a node with its title. */
    private static void links(ObjectNode parent, String name, List<WebLink> values) {
        if (!values.isEmpty()) {
            ArrayNode a = parent.putArray(name);
            for (WebLink l : values) {
                if (l.title().isEmpty()) {
                    a.add(l.url().toString());
                } else {
                    ObjectNode o = a.addObject();
                    o.put("id", l.url().toString());
                    o.set(TITLE, languageMap(l.title().get()));
                }
            }
        }
    }

    /** OB's activity dates are date-times; a day of learning is written as its start in UTC. */
    static String dateAsDateTime(LocalDate d) {
        return DATE_TIME.format(d.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** A deterministic id for a node that must have one: a name-based UUID of its content. */
    private static String mint(String kind, ObjectNode node) {
        byte[] bytes = (kind + ':' + node).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(bytes);
    }
}
