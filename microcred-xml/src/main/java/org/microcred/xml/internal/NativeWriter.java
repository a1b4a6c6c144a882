package org.microcred.xml.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
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
import org.microcred.core.TimePeriod;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.vocabulary.Concept;

/**
 * Writes the model as microcred's own XML (namespace {@link Namespaces#XML}); element names are the model's
 * component names, repeated components are repeated elements named in the singular. Also writes the
 * content of single values for the ELMO extension, which reuses these types.
 *
 * <p>Not thread-safe: one per document.
 */
public final class NativeWriter {
    /** xs:dateTime needs seconds; {@link OffsetDateTime#toString()} drops zero seconds. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final XmlOutput out;
    private final String ns;
    private final Map<String, List<Extension>> extensions = new LinkedHashMap<>();
    private int baseDepth;

    /**
     * Creates a writer of values in the microcred XML namespace.
     *
     * @param out the output
     */
    public NativeWriter(XmlOutput out) {
        this.out = out;
        this.ns = Namespaces.XML;
    }

    //-----------------------------------------------------------------------
    /**
     * Writes a credential element with its extensions placed where they were read.
     *
     * @param c the credential
     * @param losses receives what cannot be written
     */
    public void credential(MicroCredential c, List<Loss> losses) {
        extensions.clear();
        place(c.extensions(), "extensions", losses);
        place(c.specification().extensions(), "specification.extensions", losses);
        out.start(ns, "credential");
        baseDepth = out.depth();
        c.id().ifPresent(v -> leaf("id", v.toString()));
        c.learner().ifPresent(v -> element(Element.E01, "learner", () -> person(v)));
        for (Organisation o : c.awardingBodies()) {
            element(Element.E04, "awardingBody", () -> organisation(o));
        }
        c.issuer().ifPresent(v -> element(Element.S02, "issuer", () -> organisation(v)));
        c.issued().ifPresent(v -> leaf("issued", DATE_TIME.format(v)));
        c.validFrom().ifPresent(v -> leaf("validFrom", DATE_TIME.format(v)));
        c.validUntil().ifPresent(v -> leaf("validUntil", DATE_TIME.format(v)));
        c.timePeriod().ifPresent(v -> element(Element.N03, "timePeriod", () -> timePeriod(v)));
        c.grade().ifPresent(v -> element(Element.E14, "grade", () -> grade(v)));
        element(Element.S07, "specification", () -> specification(c.specification()));
        emitExtensions();
        out.end();
        for (List<Extension> left : extensions.values()) {
            for (Extension e : left) {
                losses.add(new Loss(Element.S08, e.path(), "no element at that path in this credential to hold it"));
            }
        }
        extensions.clear();
    }

    private void place(List<Extension> list, String where, List<Loss> losses) {
        for (int i = 0; i < list.size(); i++) {
            Extension e = list.get(i);
            String at = where + "[" + i + "] " + e.path();
            if (e.format() != Format.XML) {
                losses.add(new Loss(Element.S08, at, "an extension read from format '" + e.format().id()
                        + "' has no place in microcred XML"));
                continue;
            }
            String[] split = Paths.split(e.path());
            String[] qn = split == null ? null : ExtensionTrees.parse(split[1], ns);
            String why = qn == null ? "path is not an element path" : ExtensionTrees.unwritable(split[1], e.value(), ns);
            if (why == null && (qn[0].equals(ns) || qn[0].isEmpty())) {
                why = "an extension element must be in a namespace other than microcred's";
            }
            if (why != null) {
                losses.add(new Loss(Element.S08, at, why));
                continue;
            }
            extensions.computeIfAbsent(split[0], k -> new ArrayList<>()).add(e);
        }
    }

    private void emitExtensions() {
        List<Extension> here = extensions.remove(out.pathBelow(baseDepth));
        if (here != null) {
            for (Extension e : here) {
                ExtensionTrees.write(out, Paths.split(e.path())[1], e.value());
            }
        }
    }

    private void element(Element e, String name, Runnable body) {
        out.element(e);
        out.start(ns, name);
        body.run();
        emitExtensions();
        out.end();
    }

    private void leaf(String name, String text) {
        out.leaf(ns, name, text);
    }

    //-----------------------------------------------------------------------
    /**
     * Writes the content of a specification.
     *
     * @param s the specification
     */
    public void specification(CredentialSpecification s) {
        s.id().ifPresent(v -> leaf("id", v.toString()));
        s.title().ifPresent(v -> element(Element.E02, "title", () -> text(v)));
        s.description().ifPresent(v -> element(Element.N02, "description", () -> text(v)));
        s.learningOutcomes().forEach(v -> element(Element.E06, "learningOutcome", () -> learningOutcome(v)));
        s.workload().ifPresent(v -> element(Element.E07, "workload", () -> workload(v)));
        s.level().ifPresent(v -> element(Element.E08, "level", () -> level(v)));
        s.assessmentTypes().forEach(v -> element(Element.E09, "assessmentType", () -> concept(v)));
        s.participation().ifPresent(v -> element(Element.E10, "participation", () -> participation(v)));
        s.qualityAssurance().forEach(v -> element(Element.E11, "qualityAssurance", () -> qualityAssurance(v)));
        s.prerequisites().ifPresent(v -> element(Element.E12, "prerequisites", () -> prerequisites(v)));
        s.supervision().ifPresent(v -> leaf("supervision", v.name()));
        s.stackability().ifPresent(v -> element(Element.E15, "stackability", () -> stackability(v)));
        s.furtherInformation().ifPresent(v -> element(Element.E16, "furtherInformation", () -> furtherInformation(v)));
        s.provider().ifPresent(v -> element(Element.N01, "provider", () -> organisation(v)));
        s.learningResources().forEach(v -> element(Element.N04, "learningResource", () -> webLink(v)));
        s.successOutcomes().forEach(v -> element(Element.N05, "successOutcome", () -> successOutcome(v)));
        s.fieldsOfEducation().forEach(v -> element(Element.S03, "fieldOfEducation", () -> concept(v)));
        s.languages().forEach(v -> leaf("language", v));
        s.opportunityType().ifPresent(v -> element(Element.S06, "opportunityType", () -> concept(v)));
    }

    /**
     * Writes the content of a multilingual text: one {@code text} element per language.
     *
     * @param t the text
     */
    public void text(MultilingualText t) {
        for (Map.Entry<String, String> e : t.values().entrySet()) {
            out.langLeaf(ns, "text", e.getKey(), e.getValue(), false);
        }
    }

    /**
     * Writes the content of a person.
     *
     * @param p the person
     */
    public void person(Person p) {
        p.id().ifPresent(v -> leaf("id", v.toString()));
        p.fullName().ifPresent(v -> leaf("fullName", v));
        p.givenName().ifPresent(v -> leaf("givenName", v));
        p.familyName().ifPresent(v -> leaf("familyName", v));
        p.dateOfBirth().ifPresent(v -> leaf("dateOfBirth", v.toString()));
        p.identifiers().forEach(v -> element(Element.E01, "identifier", () -> identifier(v)));
    }

    private void identifier(Identifier i) {
        leaf("scheme", i.scheme());
        leaf("value", i.value());
        i.country().ifPresent(v -> leaf("country", v.alpha2()));
    }

    /**
     * Writes the content of an organisation.
     *
     * @param o the organisation
     */
    public void organisation(Organisation o) {
        o.id().ifPresent(v -> leaf("id", v.toString()));
        element(null, "legalName", () -> text(o.legalName()));
        o.identifiers().forEach(v -> element(null, "identifier", () -> identifier(v)));
        o.country().ifPresent(v -> leaf("country", v.alpha2()));
        o.regions().forEach(v -> element(Element.E03, "region", () -> concept(v)));
        o.homepage().ifPresent(v -> leaf("homepage", v.toString()));
    }

    /**
     * Writes the content of a concept.
     *
     * @param c the concept
     */
    public void concept(Concept c) {
        leaf("uri", c.uri().toString());
        c.label().ifPresent(v -> element(null, "label", () -> text(v)));
        c.scheme().ifPresent(v -> leaf("scheme", v.toString()));
        c.notation().ifPresent(v -> leaf("notation", v));
    }

    /**
     * Writes the content of a time period.
     *
     * @param t the period
     */
    public void timePeriod(TimePeriod t) {
        t.start().ifPresent(v -> leaf("start", v.toString()));
        t.end().ifPresent(v -> leaf("end", v.toString()));
    }

    /**
     * Writes the content of a grade.
     *
     * @param g the grade
     */
    public void grade(Grade g) {
        leaf("value", g.value());
        g.schemeId().ifPresent(v -> leaf("schemeId", v.toString()));
        g.schemeDescription().ifPresent(v -> element(Element.E14, "schemeDescription", () -> text(v)));
        g.status().ifPresent(v -> leaf("status", v.name()));
        g.distribution().ifPresent(v -> element(Element.E14, "distribution", () -> text(v)));
    }

    /**
     * Writes the content of a learning outcome.
     *
     * @param o the outcome
     */
    public void learningOutcome(LearningOutcome o) {
        element(Element.E06, "statement", () -> text(o.statement()));
        o.relatedSkills().forEach(v -> element(Element.E06, "relatedSkill", () -> concept(v)));
        o.skillType().ifPresent(v -> element(Element.E06, "skillType", () -> concept(v)));
        o.reuseLevel().ifPresent(v -> element(Element.E06, "reuseLevel", () -> concept(v)));
    }

    /**
     * Writes the content of a workload.
     *
     * @param w the workload
     */
    public void workload(Workload w) {
        w.ects().ifPresent(v -> leaf("ects", out.decimal(Element.E07, v)));
        w.hours().ifPresent(v -> leaf("hours", out.decimal(Element.E07, v)));
        for (CreditValue cv : w.otherCredits()) {
            element(Element.E07, "otherCredit", () -> {
                element(Element.E07, "system", () -> concept(cv.system()));
                leaf("value", out.decimal(Element.E07, cv.value()));
            });
        }
    }

    /**
     * Writes the content of a level.
     *
     * @param l the level
     */
    public void level(Level l) {
        l.eqf().ifPresent(v -> leaf("eqf", v.toString()));
        l.cycle().ifPresent(v -> leaf("cycle", v.name()));
        l.nqf().forEach(v -> element(Element.E08, "nqf", () -> concept(v)));
        if (l.notApplicable()) {
            leaf("notApplicable", "true");
        }
    }

    /**
     * Writes the content of a form of participation.
     *
     * @param p the participation
     */
    public void participation(Participation p) {
        p.modes().forEach(v -> element(Element.E10, "mode", () -> concept(v)));
        p.setting().ifPresent(v -> element(Element.E10, "setting", () -> concept(v)));
        p.schedule().ifPresent(v -> element(Element.E10, "schedule", () -> concept(v)));
        p.activityTypes().forEach(v -> element(Element.E10, "activityType", () -> concept(v)));
    }

    /**
     * Writes the content of a quality assurance statement.
     *
     * @param q the statement
     */
    public void qualityAssurance(QualityAssurance q) {
        element(Element.E11, "type", () -> concept(q.type()));
        q.title().ifPresent(v -> element(Element.E11, "title", () -> text(v)));
        q.body().ifPresent(v -> element(Element.E11, "body", () -> organisation(v)));
        q.decision().ifPresent(v -> leaf("decision", v.toString()));
        q.report().ifPresent(v -> leaf("report", v.toString()));
        q.issued().ifPresent(v -> leaf("issued", v.toString()));
        q.expires().ifPresent(v -> leaf("expires", v.toString()));
    }

    /**
     * Writes the content of prerequisites.
     *
     * @param p the prerequisites
     */
    public void prerequisites(Prerequisites p) {
        p.text().ifPresent(v -> element(Element.E12, "text", () -> text(v)));
        p.requiredCredentials().forEach(v -> leaf("requiredCredential", v.toString()));
    }

    /**
     * Writes the content of stackability options.
     *
     * @param s the options
     */
    public void stackability(Stackability s) {
        leaf("option", s.option().name());
        for (StackingTarget t : s.targets()) {
            element(Element.E15, "target", () -> {
                t.id().ifPresent(v -> leaf("id", v.toString()));
                t.title().ifPresent(v -> element(Element.E15, "title", () -> text(v)));
                t.ectsCounted().ifPresent(v -> leaf("ectsCounted", out.decimal(Element.E15, v)));
            });
        }
    }

    /**
     * Writes the content of further information.
     *
     * @param f the information
     */
    public void furtherInformation(FurtherInformation f) {
        f.notes().forEach(v -> element(Element.E16, "note", () -> text(v)));
        f.links().forEach(v -> element(Element.E16, "link", () -> webLink(v)));
        f.documents().forEach(v -> element(Element.E16, "document", () -> webLink(v)));
    }

    /**
     * Writes the content of a web link.
     *
     * @param w the link
     */
    public void webLink(WebLink w) {
        leaf("url", w.url().toString());
        w.title().ifPresent(v -> element(null, "title", () -> text(v)));
    }

    /**
     * Writes the content of a success outcome.
     *
     * @param s the outcome
     */
    public void successOutcome(SuccessOutcome s) {
        leaf("type", s.type().name());
        s.description().ifPresent(v -> element(Element.N05, "description", () -> text(v)));
        s.target().ifPresent(v -> leaf("target", v.toString()));
    }

    //-----------------------------------------------------------------------
    /**
     * Writes an element in another namespace (the ELMO extension's) whose content is written by this writer.
     *
     * @param elementNs the element's namespace
     * @param name the element's local name
     * @param body writes the content
     */
    public void wrap(String elementNs, String name, Runnable body) {
        out.start(elementNs, name);
        body.run();
        out.end();
    }

    /**
     * Writes a list of values, each as an element of the microcred namespace.
     *
     * @param <T> the value type
     * @param e the element of the standard, for errors
     * @param name the element name
     * @param values the values
     * @param content writes the content of one value
     */
    public <T> void each(Element e, String name, List<T> values, Consumer<T> content) {
        for (T v : values) {
            element(e, name, () -> content.accept(v));
        }
    }

    /**
     * Writes a leaf in the microcred namespace.
     *
     * @param name the name
     * @param text the text
     */
    public void leafValue(String name, String text) {
        leaf(name, text);
    }
}
