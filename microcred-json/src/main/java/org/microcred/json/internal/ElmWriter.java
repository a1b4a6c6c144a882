package org.microcred.json.internal;

import static org.microcred.json.internal.ElmVocabulary.MC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.CreditValue;
import org.microcred.core.Grade;
import org.microcred.core.Identifier;
import org.microcred.core.LearningOutcome;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.QualityAssurance;
import org.microcred.core.Stackability;
import org.microcred.core.StackingTarget;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.WebLink;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Languages;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * Writes a credential as an ELM v3 European Digital Credential (JSON-LD, VC 1.1 envelope as EDC issues
 * it). The mapping of every element is documented on {@link ElmMapping}. Stateless.
 */
final class ElmWriter {
    /** The language key of texts the model holds without a language (names, grade values). */
    static final String NAME_LANGUAGE = "en";

    private ElmWriter() {
    }

    static ObjectNode write(MicroCredential c, List<Loss> losses, boolean withExtensions) {
        CredentialSpecification s = c.specification();
        ObjectNode root = Trees.object();
        ArrayNode context = root.putArray("@context");
        context.add(ElmVocabulary.CONTEXT_VC1).add(ElmVocabulary.CONTEXT_EDC);
        context.addObject().put("mc", ElmVocabulary.MC_NAMESPACE);
        c.id().ifPresent(v -> Trees.put(root, "id", v));
        root.putArray("type").add("VerifiableCredential").add("EuropeanDigitalCredential");
        root.putArray("credentialSchema").addObject().put("id", ElmVocabulary.GENERIC_PROFILE_SHAPES)
                .put("type", "ShaclValidator2017");
        root.putArray("credentialProfiles").add(concept(ElmVocabulary.GENERIC_PROFILE));
        Optional<Organisation> issuer = c.issuer().or(() -> c.awardingBodies().stream().findFirst());
        issuer.ifPresent(o -> root.set("issuer", organisation(o, true)));
        c.issued().ifPresent(t -> {
            root.put("issued", Trees.dateTime(t));
            root.put("issuanceDate", Trees.dateTime(t));
        });
        if (c.validFrom().isPresent()) {
            root.put("validFrom", Trees.dateTime(c.validFrom().get()));
        } else if (c.issued().isPresent()) {
            // ELM requires validFrom; the date of issuing stands in and the marker says it was not given
            root.put("validFrom", Trees.dateTime(c.issued().get()));
            root.put(MC + "validFromNotGiven", true);
        }
        Trees.putDateTime(root, "validUntil", c.validUntil());

        ObjectNode subject = root.putObject("credentialSubject");
        c.learner().ifPresent(p -> person(subject, p));
        if (c.learner().isEmpty()) {
            subject.put("type", "Person");
        }
        ObjectNode claim = subject.putArray("hasClaim").addObject();
        claim.put("type", "LearningAchievement");
        Trees.putText(claim, "title", s.title());
        ObjectNode process = Trees.object();
        process.put("type", "AwardingProcess");
        Trees.putList(process, "awardingBody", c.awardingBodies(), o -> organisation(o, false));
        c.issued().ifPresent(t -> process.put("awardingDate", Trees.dateTime(t)));
        claim.set("awardedBy", process);
        c.grade().ifPresent(g -> claim.putArray("provenBy").add(assessment(g, s, process)));
        c.timePeriod().ifPresent(t -> {
            ObjectNode activity = claim.putArray("influencedBy").addObject();
            activity.put("type", "LearningActivity");
            Trees.putText(activity, "title", s.title());
            activity.set("awardedBy", process.deepCopy());
            ObjectNode period = activity.putObject("temporal");
            period.put("type", "PeriodOfTime");
            t.start().ifPresent(d -> period.put("startDate", startOfDay(d)));
            t.end().ifPresent(d -> period.put("endDate", startOfDay(d)));
        });
        s.provider().ifPresent(p -> {
            ObjectNode opportunity = claim.putObject("learningOpportunity");
            opportunity.put("type", "LearningOpportunity");
            Trees.putText(opportunity, "title", s.title());
            opportunity.putArray("providedBy").add(organisation(p, false));
            s.participation().flatMap(x -> x.schedule()).ifPresent(v -> opportunity.set("learningSchedule", concept(v)));
        });
        ObjectNode spec = specification(s, c.grade().isPresent());
        claim.set("specifiedBy", spec);

        root.set("displayParameter", displayParameter(s));
        if (withExtensions) {
            ExtensionPlacer.place(Format.ELM, s.extensions(), spec, true, "specification.extensions", losses);
            ExtensionPlacer.place(Format.ELM, c.extensions(), root, false, "extensions", losses);
        }
        return root;
    }

    private static ObjectNode specification(CredentialSpecification s, boolean assessed) {
        ObjectNode o = Trees.object();
        s.id().ifPresent(v -> Trees.put(o, "id", v));
        o.put("type", "Qualification");
        Trees.putText(o, "title", s.title());
        Trees.putText(o, "description", s.description());
        s.opportunityType().ifPresent(v -> o.set("dcType", concept(v)));
        Trees.putList(o, "learningOutcome", s.learningOutcomes(), ElmWriter::learningOutcome);
        s.workload().ifPresent(w -> {
            List<JsonNode> points = new ArrayList<>();
            w.ects().ifPresent(v -> points.add(creditPoint(Vocabularies.ECTS, v)));
            for (CreditValue cv : w.otherCredits()) {
                points.add(creditPoint(cv.system(), cv.value()));
            }
            Trees.putList(o, "creditPoint", points, x -> x);
            w.hours().ifPresent(h -> {
                o.put("volumeOfLearning", Durations.ofHours(h));
                if (!Durations.isExact(h)) {
                    // xsd:duration cannot show the scale (12.50 h is PT12H30M): the exact decimal goes alongside
                    o.set(MC + "notionalHours", Trees.decimal(h));
                }
            });
        });
        s.level().ifPresent(l -> {
            l.eqf().ifPresent(e -> o.set("eqfLevel", concept(Vocabularies.eqf(e))));
            Trees.putList(o, "nqfLevel", l.nqf(), ElmWriter::concept);
            l.cycle().ifPresent(cy -> o.put(MC + "qfEheaCycle", Trees.kebab(cy)));
            if (l.notApplicable()) {
                o.put(MC + "levelNotApplicable", true);
            }
        });
        // E09: the first type sits on the graded assessment (see assessment()); the others here
        List<Concept> types = s.assessmentTypes();
        List<Concept> specTypes = assessed && !types.isEmpty() ? types.subList(1, types.size()) : types;
        Trees.putList(o, "provenBy", specTypes, t -> {
            ObjectNode las = Trees.object();
            las.put("type", "LearningAssessmentSpecification");
            las.set("title", Trees.languageMap(conceptTitle(t)));
            las.set("dcType", concept(t));
            return las;
        });
        s.participation().ifPresent(p -> {
            Trees.putList(o, "mode", p.modes(), ElmWriter::concept);
            p.setting().ifPresent(v -> o.set("learningSetting", concept(v)));
            if (s.provider().isEmpty()) {
                p.schedule().ifPresent(v -> o.set(MC + "learningSchedule", concept(v)));
            }
            Trees.putList(o, "influencedBy", p.activityTypes(), t -> {
                ObjectNode las = Trees.object();
                las.put("type", "LearningActivitySpecification");
                las.set("title", Trees.languageMap(conceptTitle(t)));
                las.set("dcType", concept(t));
                return las;
            });
        });
        List<JsonNode> accreditations = new ArrayList<>();
        List<JsonNode> otherQa = new ArrayList<>();
        for (int i = 0; i < s.qualityAssurance().size(); i++) {
            QualityAssurance q = s.qualityAssurance().get(i);
            if (q.body().isPresent()) {
                accreditations.add(accreditation(q));
            } else {
                // ELM requires the accrediting agent; without one the statement goes to microcred's namespace
                ObjectNode n = accreditation(q);
                n.put("type", MC + "QualityAssurance");
                n.put(MC + "position", i);
                otherQa.add(n);
            }
        }
        Trees.putList(o, "accreditation", accreditations, x -> x);
        Trees.putList(o, MC + "qualityAssurance", otherQa, x -> x);
        s.prerequisites().ifPresent(p -> {
            p.text().ifPresent(t -> o.set("entryRequirement", note(t)));
            Trees.putList(o, MC + "requiredCredential", p.requiredCredentials(), u -> Jackson.NODES.textNode(u.toString()));
        });
        if (!assessed) {
            s.supervision().ifPresent(v -> o.set(MC + "idVerification", concept(Concept.of(v.toUri()))));
        }
        s.stackability().ifPresent(st -> {
            o.put("isPartialQualification", st.option() == Stackability.Option.STACKABLE);
            Trees.putList(o, "isPartOf", st.targets(), ElmWriter::stackingTarget);
        });
        s.furtherInformation().ifPresent(f -> {
            Trees.putList(o, "additionalNote", f.notes(), ElmWriter::note);
            Trees.putList(o, "homepage", f.links(), ElmWriter::webResource);
            Trees.putList(o, "supplementaryDocument", f.documents(), ElmWriter::webResource);
        });
        Trees.putList(o, MC + "learningResource", s.learningResources(), ElmWriter::webResource);
        Trees.putList(o, "entitlesTo", s.successOutcomes(), ElmWriter::entitlement);
        Trees.putList(o, "thematicArea", s.fieldsOfEducation(), ElmWriter::concept);
        Trees.putList(o, "language", s.languages(), ElmWriter::language);
        return o;
    }

    private static ObjectNode assessment(Grade g, CredentialSpecification s, ObjectNode process) {
        ObjectNode a = Trees.object();
        a.put("type", "LearningAssessment");
        Trees.putText(a, "title", s.title());
        a.set("awardedBy", process.deepCopy());
        a.set("grade", note(MultilingualText.of(NAME_LANGUAGE, g.value())));
        g.status().ifPresent(v -> a.set("gradeStatus", concept(ElmVocabulary.gradeStatus(v))));
        Trees.putText(a, MC + "gradeDistribution", g.distribution());
        s.supervision().ifPresent(v -> a.set("idVerification", concept(Concept.of(v.toUri()))));
        ObjectNode las = a.putObject("specifiedBy");
        las.put("type", "LearningAssessmentSpecification");
        Trees.putText(las, "title", s.title());
        s.assessmentTypes().stream().findFirst().ifPresent(t -> las.set("dcType", concept(t)));
        if (g.schemeId().isPresent() || g.schemeDescription().isPresent()) {
            ObjectNode scheme = las.putObject("gradingScheme");
            g.schemeId().ifPresent(v -> Trees.put(scheme, "id", v));
            scheme.put("type", "GradingScheme");
            scheme.set("title", Trees.languageMap(MultilingualText.of(NAME_LANGUAGE, "Grading scheme")));
            Trees.putText(scheme, "description", g.schemeDescription());
        }
        return a;
    }

    private static void person(ObjectNode o, Person p) {
        p.id().ifPresent(v -> Trees.put(o, "id", v));
        o.put("type", "Person");
        p.givenName().ifPresent(v -> o.set("givenName", Trees.languageMap(MultilingualText.of(NAME_LANGUAGE, v))));
        p.familyName().ifPresent(v -> o.set("familyName", Trees.languageMap(MultilingualText.of(NAME_LANGUAGE, v))));
        p.fullName().ifPresent(v -> o.set("fullName", Trees.languageMap(MultilingualText.of(NAME_LANGUAGE, v))));
        p.dateOfBirth().ifPresent(d -> o.put("dateOfBirth", startOfDay(d)));
        // every identifier in order in adms:identifier; the ELM-specific slots repeat the first of their kind
        Trees.putList(o, "identifier", p.identifiers(), ElmWriter::identifier);
        p.identifiers().stream().filter(i -> i.scheme().equals(Identifier.NATIONAL_ID) && i.country().isPresent())
                .findFirst().ifPresent(i -> o.set("nationalID", legalIdentifier(i.value(), i.country().get().toUri(), null)));
        Trees.putList(o, "contactPoint", p.identifiers().stream().filter(i -> i.scheme().equals(Identifier.EMAIL)).toList(), i -> {
            ObjectNode cp = Trees.object();
            cp.put("type", "ContactPoint");
            ObjectNode mail = cp.putArray("emailAddress").addObject();
            mail.put("id", "mailto:" + i.value());
            mail.put("type", "Mailbox");
            return cp;
        });
    }

    static ObjectNode organisation(Organisation org, boolean asIssuer) {
        ObjectNode o = Trees.object();
        org.id().ifPresent(v -> Trees.put(o, "id", v));
        o.put("type", "Organisation");
        o.set("legalName", Trees.languageMap(org.legalName()));
        Trees.putList(o, "identifier", org.identifiers(), ElmWriter::identifier);
        if (asIssuer) {
            org.identifiers().stream().filter(i -> i.scheme().equals(Identifier.EIDAS)).findFirst().ifPresent(i -> {
                Optional<URI> spatial = i.country().or(org::country).map(x -> x.toUri());
                spatial.ifPresent(sp -> o.set("eIDASIdentifier", legalIdentifier(i.value(), sp, Identifier.EIDAS)));
            });
        }
        if (org.isLocated()) {
            ObjectNode location = o.putArray("location").addObject();
            location.put("type", "Location");
            org.country().ifPresent(country -> {
                ObjectNode address = location.putArray("address").addObject();
                address.put("type", "Address");
                address.set("countryCode", concept(new Concept(country.toUri(), Optional.empty(),
                        Optional.of(ElmVocabulary.COUNTRY_SCHEME), Optional.empty())));
            });
            Trees.putList(location, "spatialCode", org.regions(), ElmWriter::concept);
        }
        org.homepage().ifPresent(h -> o.putArray("homepage").add(webResource(WebLink.of(h.toString()))));
        return o;
    }

    private static ObjectNode identifier(Identifier i) {
        if (i.country().isPresent()) {
            return legalIdentifier(i.value(), i.country().get().toUri(), i.scheme());
        }
        ObjectNode o = Trees.object();
        o.put("type", "Identifier");
        o.put("notation", i.value());
        o.put("schemeName", i.scheme());
        return o;
    }

    private static ObjectNode legalIdentifier(String value, URI country, String scheme) {
        ObjectNode o = Trees.object();
        o.put("type", "LegalIdentifier");
        o.put("notation", value);
        if (scheme != null) {
            o.put("schemeName", scheme);
        }
        o.set("spatial", concept(new Concept(country, Optional.empty(), Optional.of(ElmVocabulary.COUNTRY_SCHEME), Optional.empty())));
        return o;
    }

    private static ObjectNode learningOutcome(LearningOutcome l) {
        ObjectNode o = Trees.object();
        o.put("type", "LearningOutcome");
        o.set("title", Trees.languageMap(l.statement()));
        // ESCO skills go to relatedESCOSkill when that keeps their order with the others; else all to relatedSkill
        List<Concept> skills = l.relatedSkills();
        int firstOther = 0;
        while (firstOther < skills.size() && isEsco(skills.get(firstOther))) {
            firstOther++;
        }
        boolean split = skills.subList(firstOther, skills.size()).stream().noneMatch(ElmWriter::isEsco);
        if (split) {
            Trees.putList(o, "relatedESCOSkill", skills.subList(0, firstOther), ElmWriter::concept);
            Trees.putList(o, "relatedSkill", skills.subList(firstOther, skills.size()), ElmWriter::concept);
        } else {
            Trees.putList(o, "relatedSkill", skills, ElmWriter::concept);
        }
        l.skillType().ifPresent(v -> o.set("dcType", concept(v)));
        l.reuseLevel().ifPresent(v -> o.set("reusabilityLevel", concept(v)));
        return o;
    }

    static boolean isEsco(Concept c) {
        return c.uri().toString().startsWith(ElmVocabulary.ESCO_SKILL);
    }

    private static ObjectNode creditPoint(Concept framework, BigDecimal value) {
        ObjectNode o = Trees.object();
        o.put("type", "CreditPoint");
        o.set("framework", concept(framework));
        // ELM's point is a string; toString keeps the scale (5.0 stays "5.0")
        o.put("point", value.toString());
        return o;
    }

    private static ObjectNode accreditation(QualityAssurance q) {
        ObjectNode o = Trees.object();
        o.put("type", "Accreditation");
        titleOrStandIn(o, q.title(), () -> conceptTitle(q.type()));
        o.set("dcType", concept(q.type()));
        q.body().ifPresent(b -> o.set("accreditingAgent", organisation(b, false)));
        q.decision().ifPresent(d -> o.set("decision", concept(Concept.of(d))));
        q.report().ifPresent(r -> o.set("report", webResource(new WebLink(r, Optional.empty()))));
        q.issued().ifPresent(d -> o.put("dateIssued", startOfDay(d)));
        q.expires().ifPresent(d -> o.put("expiryDate", startOfDay(d)));
        return o;
    }

    private static ObjectNode stackingTarget(StackingTarget t) {
        ObjectNode o = Trees.object();
        t.id().ifPresent(v -> Trees.put(o, "id", v));
        o.put("type", "Qualification");
        titleOrStandIn(o, t.title(), () -> MultilingualText.of(NAME_LANGUAGE, t.id().orElseThrow().toString()));
        t.ectsCounted().ifPresent(v -> o.putArray("creditPoint").add(creditPoint(Vocabularies.ECTS, v)));
        return o;
    }

    private static ObjectNode entitlement(SuccessOutcome so) {
        ObjectNode o = Trees.object();
        o.put("type", "LearningEntitlementSpecification");
        o.set("title", Trees.languageMap(so.description().orElse(MultilingualText.of(NAME_LANGUAGE, Trees.kebab(so.type())))));
        Trees.putText(o, "description", so.description());
        o.set("dcType", concept(ElmVocabulary.successOutcome(so.type())));
        o.set("entitlementStatus", concept(ElmVocabulary.ENTITLEMENT_EXPECTED));
        so.target().ifPresent(v -> o.put(MC + "target", v.toString()));
        return o;
    }

    private static ObjectNode displayParameter(CredentialSpecification s) {
        ObjectNode o = Trees.object();
        o.put("type", "DisplayParameter");
        o.set("title", Trees.languageMap(s.title().orElse(MultilingualText.of(NAME_LANGUAGE, "Micro-credential"))));
        ObjectNode language = concept(new Concept(ElmVocabulary.ENGLISH, Optional.empty(), Optional.of(ElmVocabulary.LANGUAGE_SCHEME),
                Optional.empty()));
        o.putArray("language").add(language);
        o.set("primaryLanguage", language.deepCopy());
        ObjectNode display = o.putArray("individualDisplay").addObject();
        display.put("type", "IndividualDisplay");
        display.set("language", language.deepCopy());
        ObjectNode detail = display.putArray("displayDetail").addObject();
        detail.put("type", "DisplayDetail");
        detail.put("page", 1);
        ObjectNode image = detail.putObject("image");
        image.put("type", "MediaObject");
        image.put("content", ElmVocabulary.PLACEHOLDER_PNG);
        image.set("contentEncoding", concept(ElmVocabulary.BASE64));
        image.set("contentType", concept(ElmVocabulary.PNG));
        return o;
    }

    // ELM requires a title where the model may have none: a stand-in is written and marked as such
    private static void titleOrStandIn(ObjectNode o, Optional<MultilingualText> title,
            java.util.function.Supplier<MultilingualText> standIn) {
        o.set("title", Trees.languageMap(title.orElseGet(standIn)));
        if (title.isEmpty()) {
            o.put(MC + "titleNotGiven", true);
        }
    }

    static ObjectNode note(MultilingualText t) {
        ObjectNode o = Trees.object();
        o.put("type", "Note");
        o.set("noteLiteral", Trees.languageMap(t));
        return o;
    }

    static ObjectNode webResource(WebLink w) {
        ObjectNode o = Trees.object();
        o.put("type", "WebResource");
        o.put("contentURL", w.url().toString());
        Trees.putText(o, "title", w.title());
        return o;
    }

    static ObjectNode concept(Concept c) {
        ObjectNode o = Trees.object();
        o.put("id", c.uri().toString());
        o.put("type", "Concept");
        c.scheme().ifPresent(s -> {
            ObjectNode scheme = o.putObject("inScheme");
            scheme.put("id", s.toString());
            scheme.put("type", "ConceptScheme");
        });
        Trees.putText(o, "prefLabel", c.label());
        Trees.put(o, "notation", c.notation());
        return o;
    }

    private static ObjectNode language(String tag) {
        URI uri = Languages.toEuUri(tag);
        // the EU table has no regions: a tag the table cannot give back (de-AT) is kept as the notation
        boolean exact = Languages.fromEuUri(uri).equals(tag);
        return concept(new Concept(uri, Optional.empty(), Optional.of(ElmVocabulary.LANGUAGE_SCHEME),
                exact ? Optional.empty() : Optional.of(tag)));
    }

    static MultilingualText conceptTitle(Concept c) {
        return c.label().orElse(MultilingualText.of(NAME_LANGUAGE, c.notation().orElse(c.uri().toString())));
    }

    static String startOfDay(LocalDate d) {
        return Trees.dateTime(d.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
