package org.microcred.xml.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.microcred.core.Element;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.LearningOutcome;
import org.microcred.core.Level;
import org.microcred.core.Organisation;
import org.microcred.core.Participation;
import org.microcred.core.Person;
import org.microcred.core.Prerequisites;
import org.microcred.core.QualityAssurance;
import org.microcred.core.Stackability;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.Supervision;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.vocabulary.Concept;

/**
 * The microcred extension element inside ELMO ({@code mce:microcredential} in
 * {@link Namespaces#ELMO_EXTENSION}, in {@code learningOpportunityInstance/extension}): the values ELMO has
 * no slot for, and the full value of any component whose ELMO slots would not carry it exactly. Children
 * are in the extension namespace; their content uses the types of microcred's own XML. A reader uses a
 * value given here instead of the ELMO slots.
 *
 * <p>A mutable holder: one per credential being read or written.
 */
public final class ElmoExtension {
    /** The local name of the extension element. */
    public static final String ROOT = "microcredential";
    private static final String NS = Namespaces.ELMO_EXTENSION;
    /** The components {@code absent} may name. */
    private static final List<String> ABSENT = List.of("learner", "issued", "title");

    /** Components the ELMO slots show but the credential does not have (learner, issued, title). */
    public final Set<String> absent = new LinkedHashSet<>();
    /** E01 in full. */
    public Person learner;
    /** E04 in full, when not exactly the one ELMO issuer. */
    public List<Organisation> awardingBodies;
    /** S02. */
    public Organisation issuer;
    /** S05. */
    public OffsetDateTime validFrom;
    /** S05. */
    public OffsetDateTime validUntil;
    /** E14 in full. */
    public Grade grade;
    /** E06. */
    public List<LearningOutcome> learningOutcomes;
    /** E07 in full. */
    public Workload workload;
    /** E08 in full. */
    public Level level;
    /** E09. */
    public List<Concept> assessmentTypes;
    /** E10. */
    public Participation participation;
    /** E11. */
    public List<QualityAssurance> qualityAssurance;
    /** E12. */
    public Prerequisites prerequisites;
    /** E13. */
    public Supervision supervision;
    /** E15. */
    public Stackability stackability;
    /** E16 in full. */
    public FurtherInformation furtherInformation;
    /** N01. */
    public Organisation provider;
    /** N04. */
    public List<WebLink> learningResources;
    /** N05. */
    public List<SuccessOutcome> successOutcomes;
    /** S03 in full. */
    public List<Concept> fieldsOfEducation;
    /** S04 in full. */
    public List<String> languages;
    /** S06 in full. */
    public Concept opportunityType;

    /**
     * Checks whether there is anything to write.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return absent.isEmpty() && learner == null && awardingBodies == null && issuer == null && validFrom == null
                && validUntil == null && grade == null && learningOutcomes == null && workload == null && level == null
                && assessmentTypes == null && participation == null && qualityAssurance == null && prerequisites == null
                && supervision == null && stackability == null && furtherInformation == null && provider == null
                && learningResources == null && successOutcomes == null && fieldsOfEducation == null && languages == null
                && opportunityType == null;
    }

    //-----------------------------------------------------------------------
    /**
     * Writes the extension element.
     *
     * @param out the output
     */
    public void write(XmlOutput out) {
        NativeWriter w = new NativeWriter(out);
        out.start(NS, ROOT);
        out.declare(Namespaces.XML);
        for (String a : absent) {
            out.leaf(NS, "absent", a);
        }
        if (learner != null) {
            w.wrap(NS, "learner", () -> w.person(learner));
        }
        if (awardingBodies != null) {
            w.wrap(NS, "awardingBodies", () -> w.each(Element.E04, "awardingBody", awardingBodies, w::organisation));
        }
        if (issuer != null) {
            w.wrap(NS, "issuer", () -> w.organisation(issuer));
        }
        if (validFrom != null) {
            out.leaf(NS, "validFrom", NativeWriter.DATE_TIME.format(validFrom));
        }
        if (validUntil != null) {
            out.leaf(NS, "validUntil", NativeWriter.DATE_TIME.format(validUntil));
        }
        if (grade != null) {
            w.wrap(NS, "grade", () -> w.grade(grade));
        }
        if (learningOutcomes != null) {
            w.wrap(NS, "learningOutcomes", () -> w.each(Element.E06, "learningOutcome", learningOutcomes, w::learningOutcome));
        }
        if (workload != null) {
            w.wrap(NS, "workload", () -> w.workload(workload));
        }
        if (level != null) {
            w.wrap(NS, "level", () -> w.level(level));
        }
        if (assessmentTypes != null) {
            w.wrap(NS, "assessmentTypes", () -> w.each(Element.E09, "assessmentType", assessmentTypes, w::concept));
        }
        if (participation != null) {
            w.wrap(NS, "participation", () -> w.participation(participation));
        }
        if (qualityAssurance != null) {
            w.wrap(NS, "qualityAssurances", () -> w.each(Element.E11, "qualityAssurance", qualityAssurance, w::qualityAssurance));
        }
        if (prerequisites != null) {
            w.wrap(NS, "prerequisites", () -> w.prerequisites(prerequisites));
        }
        if (supervision != null) {
            out.leaf(NS, "supervision", supervision.name());
        }
        if (stackability != null) {
            w.wrap(NS, "stackability", () -> w.stackability(stackability));
        }
        if (furtherInformation != null) {
            w.wrap(NS, "furtherInformation", () -> w.furtherInformation(furtherInformation));
        }
        if (provider != null) {
            w.wrap(NS, "provider", () -> w.organisation(provider));
        }
        if (learningResources != null) {
            w.wrap(NS, "learningResources", () -> w.each(Element.N04, "learningResource", learningResources, w::webLink));
        }
        if (successOutcomes != null) {
            w.wrap(NS, "successOutcomes", () -> w.each(Element.N05, "successOutcome", successOutcomes, w::successOutcome));
        }
        if (fieldsOfEducation != null) {
            w.wrap(NS, "fieldsOfEducation", () -> w.each(Element.S03, "fieldOfEducation", fieldsOfEducation, w::concept));
        }
        if (languages != null) {
            w.wrap(NS, "languages", () -> languages.forEach(l -> w.leafValue("language", l)));
        }
        if (opportunityType != null) {
            w.wrap(NS, "opportunityType", () -> w.concept(opportunityType));
        }
        out.end();
    }

    //-----------------------------------------------------------------------
    /**
     * Reads the extension element, positioned on its start tag.
     *
     * @param in the input
     * @return the extension
     */
    public static ElmoExtension read(XmlInput in) {
        NativeReader r = new NativeReader(in, false);
        ElmoExtension x = new ElmoExtension();
        Set<String> seen = new java.util.HashSet<>();
        while (in.next()) {
            if (!in.ns().equals(NS)) {
                throw in.malformed(Element.S08, in.segmentName(in.ns(), in.local()),
                        "unexpected element in the microcred ELMO extension", null);
            }
            // each component once: a second would replace the first (the schema allows one)
            if (!in.local().equals("absent") && !seen.add(in.local())) {
                throw in.malformed(Element.S08, in.local(), "a second " + in.local() + " in the microcred ELMO extension", null);
            }
            switch (in.local()) {
                case "absent" -> {
                    String a = in.text().strip();
                    if (!ABSENT.contains(a)) {
                        throw in.malformed(Element.S08, a, "absent names none of " + ABSENT, null);
                    }
                    x.absent.add(a);
                }
                case "learner" -> x.learner = r.person();
                case "awardingBodies" -> x.awardingBodies = list(in, "awardingBody", () -> r.organisation(Element.E04));
                case "issuer" -> x.issuer = r.organisation(Element.S02);
                case "validFrom" -> x.validFrom = r.value(Element.S05, "a date-time with offset", OffsetDateTime::parse);
                case "validUntil" -> x.validUntil = r.value(Element.S05, "a date-time with offset", OffsetDateTime::parse);
                case "grade" -> x.grade = r.grade();
                case "learningOutcomes" -> x.learningOutcomes = list(in, "learningOutcome", r::learningOutcome);
                case "workload" -> x.workload = r.workload();
                case "level" -> x.level = r.level();
                case "assessmentTypes" -> x.assessmentTypes = list(in, "assessmentType", () -> r.concept(Element.E09));
                case "participation" -> x.participation = r.participation();
                case "qualityAssurances" -> x.qualityAssurance = list(in, "qualityAssurance", r::qualityAssurance);
                case "prerequisites" -> x.prerequisites = r.prerequisites();
                case "supervision" -> x.supervision = r.value(Element.E13, "a supervision value", Supervision::valueOf);
                case "stackability" -> x.stackability = r.stackability();
                case "furtherInformation" -> x.furtherInformation = r.furtherInformation();
                case "provider" -> x.provider = r.organisation(Element.N01);
                case "learningResources" -> x.learningResources = list(in, "learningResource", () -> r.webLink(Element.N04));
                case "successOutcomes" -> x.successOutcomes = list(in, "successOutcome", r::successOutcome);
                case "fieldsOfEducation" -> x.fieldsOfEducation = list(in, "fieldOfEducation", () -> r.concept(Element.S03));
                case "languages" -> x.languages = list(in, "language", () -> r.string(Element.S04));
                case "opportunityType" -> x.opportunityType = r.concept(Element.S06);
                default -> throw in.malformed(null, in.local(), "unknown element in the microcred ELMO extension", null);
            }
        }
        return x;
    }

    private static <T> List<T> list(XmlInput in, String item, Supplier<T> read) {
        List<T> out = new ArrayList<>();
        while (in.next()) {
            if (!in.is(Namespaces.XML, item)) {
                throw in.malformed(null, in.segmentName(in.ns(), in.local()), "expected only " + item + " elements", null);
            }
            out.add(read.get());
        }
        return out;
    }
}
