package org.microcred.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.ExtensionNode;
import org.microcred.core.Grade;
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
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/**
 * The credit supplement of a credential: every element of the standard, in the order of Annex I
 * ({@link Element} order), with its value in the credential's own language, and the missing ones marked.
 * It renders as plain text ({@link #toText()}) or as one self-contained, printable XHTML page
 * ({@link #toHtml()}) for a recognition officer.
 *
 * <p>The credential's language is the first language of instruction (S04) in which the title is given, else
 * the first language of the title. Element names are those of the standard, in English.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CreditSupplement {
    private final MicroCredential credential;
    private final String language;
    private final List<Entry> entries;

    private CreditSupplement(MicroCredential credential) {
        this.credential = credential;
        this.language = languageOf(credential);
        List<Entry> list = new ArrayList<>();
        for (Element e : Element.values()) {
            list.add(new Entry(e, lines(e)));
        }
        this.entries = List.copyOf(list);
    }

    /**
     * Obtains the supplement of a credential.
     *
     * @param credential the credential, not null
     * @return the supplement, not null
     */
    public static CreditSupplement of(MicroCredential credential) {
        return new CreditSupplement(Objects.requireNonNull(credential, "credential"));
    }

    /**
     * Gets the language the values are shown in.
     *
     * @return a BCP 47 tag, not null
     */
    public String language() {
        return language;
    }

    /**
     * Gets one entry per element of the standard, in Annex I order.
     *
     * @return the entries, not null
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Gets the title in the credential's language.
     *
     * @return the title, or {@code (untitled micro-credential)}, not null
     */
    public String title() {
        return credential.specification().title().map(this::t).orElse("(untitled micro-credential)");
    }

    //-----------------------------------------------------------------------
    /**
     * Renders as plain text: a heading, then each element id and name followed by its values, indented.
     *
     * @return the text, lines ending in {@code \n}, not null
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Credit supplement: ").append(title()).append('\n');
        sb.append("Language: ").append(language).append('\n');
        for (Entry e : entries) {
            sb.append('\n').append(e.element().id()).append("  ").append(e.element().title()).append('\n');
            for (String line : e.present() ? e.lines() : List.of(e.missingText())) {
                sb.append("     ").append(line.replace("\n", "\n     ")).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Renders as one self-contained, printable XHTML page (no script, no external resource); every value
     * from the credential is escaped.
     *
     * @return the page, not null
     */
    public String toHtml() {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(language))
                .append("\" xml:lang=\"").append(escape(language)).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<title>Credit supplement: ").append(escape(title())).append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;margin:2em auto;max-width:60em;color:#111}\n")
                .append("h1{font-size:1.5em;margin-bottom:.2em}p.meta{color:#444;margin-top:0}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35em .5em;")
                .append("vertical-align:top;text-align:left}th{background:#eee}td.id{font-family:monospace;white-space:nowrap}\n")
                .append("tr.missing td.value{color:#666;font-style:italic}tr.mandatory.missing td.value{color:#a00;font-weight:bold}\n")
                .append("tr.group td{background:#f6f6f6;font-weight:bold}ul{margin:0;padding-left:1.2em}\n")
                .append("@media print{body{margin:0;max-width:none}tr{page-break-inside:avoid}}\n")
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(escape(title())).append("</h1>\n");
        sb.append("<p class=\"meta\">Micro-credential supplement (EU Council Recommendation 2022/C 243/02, Annex I)");
        credential.learner().ifPresent(p -> sb.append(" &#8212; awarded to ").append(escape(p.displayName())));
        credential.issued().ifPresent(d -> sb.append(" on ").append(escape(d.toLocalDate().toString())));
        sb.append("</p>\n<table>\n<thead><tr><th>Id</th><th>Element</th><th>Value</th></tr></thead>\n<tbody>\n");
        Element.Kind group = null;
        for (Entry e : entries) {
            if (e.element().kind() != group) {
                group = e.element().kind();
                sb.append("<tr class=\"group\"><td colspan=\"3\">").append(groupTitle(group)).append("</td></tr>\n");
            }
            sb.append("<tr id=\"").append(e.element().id()).append("\" class=\"")
                    .append(e.element().kind() == Element.Kind.MANDATORY ? "mandatory" : "optional")
                    .append(e.present() ? "" : " missing").append("\"><td class=\"id\">").append(e.element().id())
                    .append("</td><td>").append(escape(e.element().title())).append("</td><td class=\"value\">");
            if (!e.present()) {
                sb.append(escape(e.missingText()));
            } else if (e.lines().size() == 1) {
                sb.append(escape(e.lines().get(0)));
            } else {
                sb.append("<ul>");
                e.lines().forEach(l -> sb.append("<li>").append(escape(l)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<p class=\"meta\">Language of this supplement: ").append(escape(language))
                .append(". Generated by microcred.</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String groupTitle(Element.Kind kind) {
        return switch (kind) {
            case MANDATORY -> "Mandatory elements (Annex I)";
            case OPTIONAL -> "Optional elements (Annex I)";
            case NESET -> "Further information items (NESET 2020)";
            case SUPPORTING -> "Supporting elements";
        };
    }

    /**
     * Escapes text for XML and HTML content and attribute values.
     *
     * @param text the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids would make the page unreadable: show them as U+FFFD
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
                    sb.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return sb.toString();
    }

    //-----------------------------------------------------------------------
    private static String languageOf(MicroCredential c) {
        Optional<MultilingualText> title = c.specification().title();
        if (title.isPresent()) {
            for (String lang : c.specification().languages()) {
                if (title.get().get(lang).isPresent()) {
                    return lang;
                }
            }
            return title.get().languages().iterator().next();
        }
        return c.specification().languages().stream().findFirst().orElse("en");
    }

    private String t(MultilingualText text) {
        return text.text(List.of(language));
    }

    private String concept(Concept c) {
        return c.label().map(this::t).map(l -> l + " <" + c.uri() + ">").orElse(c.uri().toString());
    }

    private String country(Country c) {
        String name = new Locale.Builder().setRegion(c.alpha2()).build().getDisplayCountry(Locale.forLanguageTag(language));
        return name.isEmpty() || name.equals(c.alpha2()) ? c.alpha2() : name + " (" + c.alpha2() + ")";
    }

    private static String identifier(Identifier i) {
        return i.scheme() + ": " + i.value() + i.country().map(c -> " (" + c.alpha2() + ")").orElse("");
    }

    private String organisation(Organisation o) {
        StringBuilder sb = new StringBuilder(t(o.legalName()));
        List<String> details = new ArrayList<>();
        o.country().ifPresent(c -> details.add(country(c)));
        o.regions().forEach(r -> details.add("region " + concept(r)));
        o.identifiers().forEach(i -> details.add(identifier(i)));
        o.homepage().ifPresent(h -> details.add(h.toString()));
        o.id().ifPresent(id -> details.add("id " + id));
        if (!details.isEmpty()) {
            sb.append(" (").append(String.join("; ", details)).append(')');
        }
        return sb.toString();
    }

    private String link(WebLink l) {
        return l.title().map(this::t).map(t -> t + " <" + l.url() + ">").orElse(l.url().toString());
    }

    private static String number(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private List<String> lines(Element e) {
        CredentialSpecification s = credential.specification();
        List<String> out = new ArrayList<>();
        switch (e) {
            case E01 -> credential.learner().ifPresent(p -> out.addAll(person(p)));
            case E02 -> s.title().ifPresent(t -> out.add(t(t)));
            case E03 -> credential.awardingBodies().forEach(o -> {
                o.country().ifPresent(c -> out.add(country(c)));
                o.regions().forEach(r -> out.add("region " + concept(r)));
            });
            case E04 -> credential.awardingBodies().forEach(o -> out.add(organisation(o)));
            case E05 -> credential.issued().ifPresent(d -> out.add(d.toString()));
            case E06 -> s.learningOutcomes().forEach(o -> out.add(outcome(o)));
            case E07 -> s.workload().ifPresent(w -> {
                w.ects().ifPresent(v -> out.add(number(v) + " ECTS credits"));
                w.hours().ifPresent(v -> out.add(number(v) + " hours of notional learning"));
                w.otherCredits().forEach(c -> out.add(number(c.value()) + " " + concept(c.system())));
            });
            case E08 -> s.level().ifPresent(l -> out.addAll(level(l)));
            case E09 -> s.assessmentTypes().forEach(c -> out.add(concept(c)));
            case E10 -> s.participation().ifPresent(p -> {
                p.modes().forEach(m -> out.add("mode: " + concept(m)));
                p.setting().ifPresent(x -> out.add("setting: " + concept(x)));
                p.schedule().ifPresent(x -> out.add("schedule: " + concept(x)));
                p.activityTypes().forEach(x -> out.add("activity: " + concept(x)));
            });
            case E11 -> s.qualityAssurance().forEach(q -> out.add(qualityAssurance(q)));
            case E12 -> s.prerequisites().ifPresent(p -> {
                p.text().ifPresent(t -> out.add(t(t)));
                p.requiredCredentials().forEach(u -> out.add("requires " + u));
            });
            case E13 -> s.supervision().ifPresent(v -> out.add(switch (v) {
                case UNSUPERVISED_NO_ID_CHECK -> "unsupervised, without identity verification";
                case SUPERVISED_NO_ID_CHECK -> "supervised, without identity verification";
                case SUPERVISED_ONLINE_WITH_ID_CHECK -> "supervised online, with identity verification";
                case SUPERVISED_ONSITE_WITH_ID_CHECK -> "supervised on site, with identity verification";
            }));
            case E14 -> credential.grade().ifPresent(g -> out.addAll(grade(g)));
            case E15 -> s.stackability().ifPresent(st -> {
                out.add(st.option().name().toLowerCase(Locale.ROOT));
                st.targets().forEach(t -> out.add("towards " + target(t)));
            });
            case E16 -> s.furtherInformation().ifPresent(f -> {
                f.notes().forEach(n -> out.add(t(n)));
                f.links().forEach(l -> out.add(link(l)));
                f.documents().forEach(d -> out.add("document: " + link(d)));
            });
            case N01 -> s.provider().ifPresent(o -> out.add(organisation(o)));
            case N02 -> s.description().ifPresent(d -> out.add(t(d)));
            case N03 -> credential.timePeriod().ifPresent(p -> out.add(p.start().map(Object::toString).orElse("?") + " to "
                    + p.end().map(Object::toString).orElse("?")));
            case N04 -> s.learningResources().forEach(l -> out.add(link(l)));
            case N05 -> s.successOutcomes().forEach(o -> out.add(successOutcome(o)));
            case S01 -> credential.id().ifPresent(id -> out.add(id.toString()));
            case S02 -> credential.issuer().ifPresent(o -> out.add(organisation(o)));
            case S03 -> s.fieldsOfEducation().forEach(c -> out.add(concept(c) + c.notation().map(n -> " [" + n + "]").orElse("")));
            case S04 -> s.languages().forEach(l -> {
                String name = Locale.forLanguageTag(l).getDisplayName(Locale.forLanguageTag(language));
                out.add(name.isEmpty() || name.equals(l) ? l : name + " (" + l + ")");
            });
            case S05 -> {
                credential.validFrom().ifPresent(d -> out.add("valid from " + d));
                credential.validUntil().ifPresent(d -> out.add("valid until " + d));
            }
            case S06 -> s.opportunityType().ifPresent(c -> out.add(concept(c)));
            case S07 -> s.id().ifPresent(id -> out.add("specification " + id));
            case S08 -> {
                credential.extensions().forEach(x -> out.add(x.format().id() + " " + x.path() + " = " + node(x.value())));
                s.extensions().forEach(x -> out.add(x.format().id() + " " + x.path() + " = " + node(x.value())));
            }
        }
        return out;
    }

    private static List<String> person(Person p) {
        List<String> out = new ArrayList<>();
        out.add(p.displayName());
        p.dateOfBirth().ifPresent(d -> out.add("born " + d));
        p.identifiers().forEach(i -> out.add(identifier(i)));
        p.id().ifPresent(id -> out.add("id " + id));
        return out;
    }

    private String outcome(LearningOutcome o) {
        StringBuilder sb = new StringBuilder(t(o.statement()));
        List<String> details = new ArrayList<>();
        o.relatedSkills().forEach(c -> details.add(concept(c)));
        o.skillType().ifPresent(c -> details.add("type " + concept(c)));
        o.reuseLevel().ifPresent(c -> details.add("reuse level " + concept(c)));
        if (!details.isEmpty()) {
            sb.append(" (").append(String.join("; ", details)).append(')');
        }
        return sb.toString();
    }

    private List<String> level(Level l) {
        List<String> out = new ArrayList<>();
        if (l.notApplicable()) {
            out.add("not applicable");
        }
        l.eqf().ifPresent(q -> out.add("EQF level " + q));
        l.cycle().ifPresent(c -> out.add("QF-EHEA " + c.name().toLowerCase(Locale.ROOT) + " cycle"));
        l.nqf().forEach(c -> out.add("NQF " + concept(c)));
        return out;
    }

    private String qualityAssurance(QualityAssurance q) {
        StringBuilder sb = new StringBuilder(concept(q.type()));
        q.title().ifPresent(t -> sb.append(": ").append(t(t)));
        q.body().ifPresent(b -> sb.append("; by ").append(organisation(b)));
        q.decision().ifPresent(u -> sb.append("; decision ").append(u));
        q.report().ifPresent(u -> sb.append("; report ").append(u));
        q.issued().ifPresent(d -> sb.append("; issued ").append(d));
        q.expires().ifPresent(d -> sb.append("; expires ").append(d));
        return sb.toString();
    }

    private List<String> grade(Grade g) {
        List<String> out = new ArrayList<>();
        out.add(g.value() + g.status().map(st -> " (" + st.name().toLowerCase(Locale.ROOT) + ")").orElse(""));
        g.schemeDescription().ifPresent(d -> out.add("grading scheme: " + t(d)));
        g.schemeId().ifPresent(u -> out.add("grading scheme " + u));
        g.distribution().ifPresent(d -> out.add("distribution: " + t(d)));
        return out;
    }

    private String target(StackingTarget t) {
        List<String> parts = new ArrayList<>();
        t.title().ifPresent(x -> parts.add(t(x)));
        t.id().map(URI::toString).ifPresent(parts::add);
        t.ectsCounted().ifPresent(x -> parts.add(number(x) + " ECTS counted"));
        return String.join("; ", parts);
    }

    private String successOutcome(SuccessOutcome o) {
        return o.type().name().toLowerCase(Locale.ROOT) + o.description().map(d -> ": " + t(d)).orElse("")
                + o.target().map(u -> " <" + u + ">").orElse("");
    }

    private static String node(ExtensionNode n) {
        if (n instanceof ExtensionNode.Scalar s) {
            return s.text();
        }
        if (n instanceof ExtensionNode.Sequence q) {
            return "[" + String.join(", ", q.items().stream().map(CreditSupplement::node).toList()) + "]";
        }
        ExtensionNode.Structure st = (ExtensionNode.Structure) n;
        return "{" + String.join(", ", st.members().stream().map(m -> m.name() + ": " + node(m.value())).toList()) + "}";
    }

    /**
     * The values of one element in the supplement.
     *
     * @param element the element, not null
     * @param lines its values as lines of text in the credential's language, empty when missing, not null
     * @since 0.1
     */
    public record Entry(Element element, List<String> lines) {
        /**
         * Creates an entry.
         *
         * @throws NullPointerException if an argument is null
         */
        public Entry {
            Objects.requireNonNull(element, "element");
            lines = List.copyOf(lines);
        }

        /**
         * Checks whether the credential gives this element.
         *
         * @return true if there is at least one value
         */
        public boolean present() {
            return !lines.isEmpty();
        }

        /**
         * Gets how a missing element is marked: {@code MISSING (mandatory)} for the mandatory elements of
         * Annex I, {@code not given} for the others.
         *
         * @return the mark, not null
         */
        public String missingText() {
            return element.kind() == Element.Kind.MANDATORY ? "MISSING (mandatory)" : "not given";
        }
    }
}
