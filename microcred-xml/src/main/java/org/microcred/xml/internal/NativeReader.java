package org.microcred.xml.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/**
 * Reads microcred's own XML (namespace {@link Namespaces#XML}); the counterpart of {@link NativeWriter}.
 * Elements of other namespaces are kept as extensions (S08) with their path below the credential element,
 * or refused when reading the ELMO extension, whose content is closed.
 *
 * <p>Not thread-safe: one per document.
 */
public final class NativeReader {
    private static final String NS = Namespaces.XML;

    private final XmlInput in;
    private final boolean keepForeign;
    private int baseDepth;
    private final List<Extension> credentialExtensions = new ArrayList<>();
    private final List<Extension> specificationExtensions = new ArrayList<>();

    /**
     * Creates a reader.
     *
     * @param in the input
     * @param keepForeign true to keep elements of other namespaces as extensions, false to refuse them
     */
    public NativeReader(XmlInput in, boolean keepForeign) {
        this.in = in;
        this.keepForeign = keepForeign;
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a credential element, positioned on its start tag.
     *
     * @return the credential
     */
    public MicroCredential credential() {
        try {
            return readCredential();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            // a model check not wrapped where the value was built: still the document's fault
            throw XmlInput.modelRefused(in.format(), in.location(), null, null, e);
        }
    }

    private MicroCredential readCredential() {
        baseDepth = in.depth();
        credentialExtensions.clear();
        specificationExtensions.clear();
        MicroCredential.Builder b = MicroCredential.builder();
        CredentialSpecification spec = null;
        while (next("credential")) {
            switch (in.local()) {
                case "id" -> b.id(uri(Element.S01));
                case "learner" -> b.learner(person());
                case "awardingBody" -> b.awardingBody(organisation(Element.E04));
                case "issuer" -> b.issuer(organisation(Element.S02));
                case "issued" -> b.issued(dateTime(Element.E05));
                case "validFrom" -> b.validFrom(dateTime(Element.S05));
                case "validUntil" -> b.validUntil(dateTime(Element.S05));
                case "timePeriod" -> b.timePeriod(timePeriod());
                case "grade" -> b.grade(grade());
                case "specification" -> spec = specification();
                default -> throw unknown();
            }
        }
        if (spec == null) {
            throw new MalformedDocumentException(Format.XML, in.location(), Element.S07, null,
                    "a credential needs a specification element", null);
        }
        CredentialSpecification s = in.build(Element.S07,
                spec.toBuilder().extensions(specificationExtensions)::build);
        return in.build(null, b.specification(s).extensions(credentialExtensions)::build);
    }

    /**
     * Moves to the next child in the microcred namespace, keeping or refusing others.
     *
     * @param parent the parent's name, for messages
     * @return true if on a child
     */
    private boolean next(String parent) {
        while (in.next()) {
            if (in.ns().equals(NS)) {
                return true;
            }
            foreign();
        }
        return false;
    }

    private void foreign() {
        if (!keepForeign) {
            throw in.malformed(Element.S08, in.segmentName(in.ns(), in.local()),
                    "unexpected element in the microcred ELMO extension", null);
        }
        String path = in.pathBelow(baseDepth);
        Extension e = new Extension(Format.XML, path, in.capture());
        if (path.startsWith("/specification/")) {
            specificationExtensions.add(e);
        } else {
            credentialExtensions.add(e);
        }
    }

    private MalformedDocumentException unknown() {
        return in.malformed(null, in.local(), "unknown element in the microcred namespace", null);
    }

    //-----------------------------------------------------------------------
    /**
     * Reads the content of a specification element.
     *
     * @return the specification, without extensions
     */
    public CredentialSpecification specification() {
        CredentialSpecification.Builder b = CredentialSpecification.builder();
        while (next("specification")) {
            switch (in.local()) {
                case "id" -> b.id(uri(Element.S07));
                case "title" -> b.title(text(Element.E02));
                case "description" -> b.description(text(Element.N02));
                case "learningOutcome" -> b.learningOutcome(learningOutcome());
                case "workload" -> b.workload(workload());
                case "level" -> b.level(level());
                case "assessmentType" -> b.assessmentType(concept(Element.E09));
                case "participation" -> b.participation(participation());
                case "qualityAssurance" -> b.addQualityAssurance(qualityAssurance());
                case "prerequisites" -> b.prerequisites(prerequisites());
                case "supervision" -> b.supervision(enumValue(Supervision.class, Element.E13));
                case "stackability" -> b.stackability(stackability());
                case "furtherInformation" -> b.furtherInformation(furtherInformation());
                case "provider" -> b.provider(organisation(Element.N01));
                case "learningResource" -> b.learningResource(webLink(Element.N04));
                case "successOutcome" -> b.successOutcome(successOutcome());
                case "fieldOfEducation" -> b.fieldOfEducation(concept(Element.S03));
                case "language" -> b.language(string(Element.S04));
                case "opportunityType" -> b.opportunityType(concept(Element.S06));
                default -> throw unknown();
            }
        }
        return in.build(Element.S07, b::build);
    }

    /**
     * Reads a multilingual text element.
     *
     * @param e the element of the standard
     * @return the text
     */
    public MultilingualText text(Element e) {
        Map<String, String> values = new LinkedHashMap<>();
        while (next("text")) {
            if (!in.local().equals("text")) {
                throw unknown();
            }
            String lang = in.lang();
            String tag = lang == null || lang.isBlank() ? MultilingualText.UNDETERMINED : lang;
            if (values.containsKey(tag)) {
                throw in.malformed(e, tag, "language given twice in one text", null);
            }
            values.put(tag, in.text());
        }
        return in.build(e, () -> new MultilingualText(values));
    }

    /**
     * Reads a person element.
     *
     * @return the person
     */
    public Person person() {
        Person.Builder b = Person.builder();
        while (next("learner")) {
            switch (in.local()) {
                case "id" -> b.id(uri(Element.E01));
                case "fullName" -> b.fullName(string(Element.E01));
                case "givenName" -> b.givenName(string(Element.E01));
                case "familyName" -> b.familyName(string(Element.E01));
                case "dateOfBirth" -> b.dateOfBirth(date(Element.E01));
                case "identifier" -> b.identifier(identifier(Element.E01));
                default -> throw unknown();
            }
        }
        return in.build(Element.E01, b::build);
    }

    private Identifier identifier(Element e) {
        String scheme = null;
        String value = null;
        Country country = null;
        while (next("identifier")) {
            switch (in.local()) {
                case "scheme" -> scheme = string(e);
                case "value" -> value = string(e);
                case "country" -> country = country(e);
                default -> throw unknown();
            }
        }
        String s = scheme;
        String v = value;
        Optional<Country> c = Optional.ofNullable(country);
        return in.build(e, () -> new Identifier(s, v, c));
    }

    /**
     * Reads an organisation element.
     *
     * @param e the element of the standard it stands for
     * @return the organisation
     */
    public Organisation organisation(Element e) {
        Organisation.Builder b = Organisation.builder();
        while (next("organisation")) {
            switch (in.local()) {
                case "id" -> b.id(uri(e));
                case "legalName" -> b.legalName(text(e));
                case "identifier" -> b.identifier(identifier(e));
                case "country" -> b.country(country(Element.E03));
                case "region" -> b.region(concept(Element.E03));
                case "homepage" -> b.homepage(uri(e));
                default -> throw unknown();
            }
        }
        return in.build(e, b::build);
    }

    /**
     * Reads a concept element.
     *
     * @param e the element of the standard
     * @return the concept
     */
    public Concept concept(Element e) {
        URI uri = null;
        MultilingualText label = null;
        URI scheme = null;
        String notation = null;
        while (next("concept")) {
            switch (in.local()) {
                case "uri" -> uri = uri(e);
                case "label" -> label = text(e);
                case "scheme" -> scheme = uri(e);
                case "notation" -> notation = string(e);
                default -> throw unknown();
            }
        }
        URI u = uri;
        Optional<MultilingualText> l = Optional.ofNullable(label);
        Optional<URI> s = Optional.ofNullable(scheme);
        Optional<String> n = Optional.ofNullable(notation);
        return in.build(e, () -> new Concept(u, l, s, n));
    }

    /**
     * Reads a time period element.
     *
     * @return the period
     */
    public TimePeriod timePeriod() {
        LocalDate start = null;
        LocalDate end = null;
        while (next("timePeriod")) {
            switch (in.local()) {
                case "start" -> start = date(Element.N03);
                case "end" -> end = date(Element.N03);
                default -> throw unknown();
            }
        }
        Optional<LocalDate> s = Optional.ofNullable(start);
        Optional<LocalDate> en = Optional.ofNullable(end);
        return in.build(Element.N03, () -> new TimePeriod(s, en));
    }

    /**
     * Reads a grade element.
     *
     * @return the grade
     */
    public Grade grade() {
        String value = null;
        URI schemeId = null;
        MultilingualText description = null;
        GradeStatus status = null;
        MultilingualText distribution = null;
        while (next("grade")) {
            switch (in.local()) {
                case "value" -> value = string(Element.E14);
                case "schemeId" -> schemeId = uri(Element.E14);
                case "schemeDescription" -> description = text(Element.E14);
                case "status" -> status = enumValue(GradeStatus.class, Element.E14);
                case "distribution" -> distribution = text(Element.E14);
                default -> throw unknown();
            }
        }
        String v = value;
        Optional<URI> si = Optional.ofNullable(schemeId);
        Optional<MultilingualText> d = Optional.ofNullable(description);
        Optional<GradeStatus> st = Optional.ofNullable(status);
        Optional<MultilingualText> di = Optional.ofNullable(distribution);
        return in.build(Element.E14, () -> new Grade(v, si, d, st, di));
    }

    /**
     * Reads a learning outcome element.
     *
     * @return the outcome
     */
    public LearningOutcome learningOutcome() {
        MultilingualText statement = null;
        List<Concept> skills = new ArrayList<>();
        Concept type = null;
        Concept reuse = null;
        while (next("learningOutcome")) {
            switch (in.local()) {
                case "statement" -> statement = text(Element.E06);
                case "relatedSkill" -> skills.add(concept(Element.E06));
                case "skillType" -> type = concept(Element.E06);
                case "reuseLevel" -> reuse = concept(Element.E06);
                default -> throw unknown();
            }
        }
        MultilingualText s = statement;
        Optional<Concept> t = Optional.ofNullable(type);
        Optional<Concept> r = Optional.ofNullable(reuse);
        return in.build(Element.E06, () -> new LearningOutcome(s, skills, t, r));
    }

    /**
     * Reads a workload element.
     *
     * @return the workload
     */
    public Workload workload() {
        BigDecimal ects = null;
        BigDecimal hours = null;
        List<CreditValue> other = new ArrayList<>();
        while (next("workload")) {
            switch (in.local()) {
                case "ects" -> ects = decimal(Element.E07);
                case "hours" -> hours = decimal(Element.E07);
                case "otherCredit" -> other.add(creditValue());
                default -> throw unknown();
            }
        }
        Optional<BigDecimal> e = Optional.ofNullable(ects);
        Optional<BigDecimal> h = Optional.ofNullable(hours);
        return in.build(Element.E07, () -> new Workload(e, h, other));
    }

    private CreditValue creditValue() {
        Concept system = null;
        BigDecimal value = null;
        while (next("otherCredit")) {
            switch (in.local()) {
                case "system" -> system = concept(Element.E07);
                case "value" -> value = decimal(Element.E07);
                default -> throw unknown();
            }
        }
        Concept s = system;
        BigDecimal v = value;
        return in.build(Element.E07, () -> new CreditValue(s, v));
    }

    /**
     * Reads a level element.
     *
     * @return the level
     */
    public Level level() {
        Integer eqf = null;
        Cycle cycle = null;
        List<Concept> nqf = new ArrayList<>();
        boolean notApplicable = false;
        while (next("level")) {
            switch (in.local()) {
                case "eqf" -> eqf = value(Element.E08, "an integer", Integer::valueOf);
                case "cycle" -> cycle = enumValue(Cycle.class, Element.E08);
                case "nqf" -> nqf.add(concept(Element.E08));
                case "notApplicable" -> notApplicable = value(Element.E08, "true or false", NativeReader::bool);
                default -> throw unknown();
            }
        }
        Optional<Integer> e = Optional.ofNullable(eqf);
        Optional<Cycle> c = Optional.ofNullable(cycle);
        boolean na = notApplicable;
        return in.build(Element.E08, () -> new Level(e, c, nqf, na));
    }

    private static Boolean bool(String s) {
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /**
     * Reads a participation element.
     *
     * @return the participation
     */
    public Participation participation() {
        List<Concept> modes = new ArrayList<>();
        Concept setting = null;
        Concept schedule = null;
        List<Concept> activities = new ArrayList<>();
        while (next("participation")) {
            switch (in.local()) {
                case "mode" -> modes.add(concept(Element.E10));
                case "setting" -> setting = concept(Element.E10);
                case "schedule" -> schedule = concept(Element.E10);
                case "activityType" -> activities.add(concept(Element.E10));
                default -> throw unknown();
            }
        }
        Optional<Concept> s = Optional.ofNullable(setting);
        Optional<Concept> sc = Optional.ofNullable(schedule);
        return in.build(Element.E10, () -> new Participation(modes, s, sc, activities));
    }

    /**
     * Reads a quality assurance element.
     *
     * @return the statement
     */
    public QualityAssurance qualityAssurance() {
        Concept type = null;
        MultilingualText title = null;
        Organisation body = null;
        URI decision = null;
        URI report = null;
        LocalDate issued = null;
        LocalDate expires = null;
        while (next("qualityAssurance")) {
            switch (in.local()) {
                case "type" -> type = concept(Element.E11);
                case "title" -> title = text(Element.E11);
                case "body" -> body = organisation(Element.E11);
                case "decision" -> decision = uri(Element.E11);
                case "report" -> report = uri(Element.E11);
                case "issued" -> issued = date(Element.E11);
                case "expires" -> expires = date(Element.E11);
                default -> throw unknown();
            }
        }
        Concept t = type;
        Optional<MultilingualText> ti = Optional.ofNullable(title);
        Optional<Organisation> b = Optional.ofNullable(body);
        Optional<URI> d = Optional.ofNullable(decision);
        Optional<URI> r = Optional.ofNullable(report);
        Optional<LocalDate> i = Optional.ofNullable(issued);
        Optional<LocalDate> x = Optional.ofNullable(expires);
        return in.build(Element.E11, () -> new QualityAssurance(t, ti, b, d, r, i, x));
    }

    /**
     * Reads a prerequisites element.
     *
     * @return the prerequisites
     */
    public Prerequisites prerequisites() {
        MultilingualText text = null;
        List<URI> required = new ArrayList<>();
        while (next("prerequisites")) {
            switch (in.local()) {
                case "text" -> text = text(Element.E12);
                case "requiredCredential" -> required.add(uri(Element.E12));
                default -> throw unknown();
            }
        }
        Optional<MultilingualText> t = Optional.ofNullable(text);
        return in.build(Element.E12, () -> new Prerequisites(t, required));
    }

    /**
     * Reads a stackability element.
     *
     * @return the options
     */
    public Stackability stackability() {
        Stackability.Option option = null;
        List<StackingTarget> targets = new ArrayList<>();
        while (next("stackability")) {
            switch (in.local()) {
                case "option" -> option = enumValue(Stackability.Option.class, Element.E15);
                case "target" -> targets.add(stackingTarget());
                default -> throw unknown();
            }
        }
        Stackability.Option o = option;
        return in.build(Element.E15, () -> new Stackability(o, targets));
    }

    private StackingTarget stackingTarget() {
        URI id = null;
        MultilingualText title = null;
        BigDecimal ects = null;
        while (next("target")) {
            switch (in.local()) {
                case "id" -> id = uri(Element.E15);
                case "title" -> title = text(Element.E15);
                case "ectsCounted" -> ects = decimal(Element.E15);
                default -> throw unknown();
            }
        }
        Optional<URI> i = Optional.ofNullable(id);
        Optional<MultilingualText> t = Optional.ofNullable(title);
        Optional<BigDecimal> e = Optional.ofNullable(ects);
        return in.build(Element.E15, () -> new StackingTarget(i, t, e));
    }

    /**
     * Reads a further information element.
     *
     * @return the information
     */
    public FurtherInformation furtherInformation() {
        List<MultilingualText> notes = new ArrayList<>();
        List<WebLink> links = new ArrayList<>();
        List<WebLink> documents = new ArrayList<>();
        while (next("furtherInformation")) {
            switch (in.local()) {
                case "note" -> notes.add(text(Element.E16));
                case "link" -> links.add(webLink(Element.E16));
                case "document" -> documents.add(webLink(Element.E16));
                default -> throw unknown();
            }
        }
        return in.build(Element.E16, () -> new FurtherInformation(notes, links, documents));
    }

    /**
     * Reads a web link element.
     *
     * @param e the element of the standard
     * @return the link
     */
    public WebLink webLink(Element e) {
        URI url = null;
        MultilingualText title = null;
        while (next("link")) {
            switch (in.local()) {
                case "url" -> url = uri(e);
                case "title" -> title = text(e);
                default -> throw unknown();
            }
        }
        URI u = url;
        Optional<MultilingualText> t = Optional.ofNullable(title);
        return in.build(e, () -> new WebLink(u, t));
    }

    /**
     * Reads a success outcome element.
     *
     * @return the outcome
     */
    public SuccessOutcome successOutcome() {
        SuccessOutcome.Type type = null;
        MultilingualText description = null;
        URI target = null;
        while (next("successOutcome")) {
            switch (in.local()) {
                case "type" -> type = enumValue(SuccessOutcome.Type.class, Element.N05);
                case "description" -> description = text(Element.N05);
                case "target" -> target = uri(Element.N05);
                default -> throw unknown();
            }
        }
        SuccessOutcome.Type t = type;
        Optional<MultilingualText> d = Optional.ofNullable(description);
        Optional<URI> ta = Optional.ofNullable(target);
        return in.build(Element.N05, () -> new SuccessOutcome(t, d, ta));
    }

    //-----------------------------------------------------------------------
    /**
     * Reads the text of the current element and parses it, naming the element, its location and the value
     * if it does not parse.
     *
     * @param <T> the value type
     * @param e the element of the standard
     * @param expected what was expected, for the message
     * @param parse the parser
     * @return the value
     */
    public <T> T value(Element e, String expected, Function<String, T> parse) {
        return parse(in, e, expected, parse);
    }

    /**
     * Reads and parses the text of the current element of any input.
     *
     * @param <T> the value type
     * @param in the input
     * @param e the element of the standard
     * @param expected what was expected
     * @param parse the parser
     * @return the value
     */
    public static <T> T parse(XmlInput in, Element e, String expected, Function<String, T> parse) {
        CredentialFormatException.Location at = in.location();
        String text = in.text();
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException ex) {
            throw new MalformedDocumentException(in.format(), at, e, text, "not " + expected, ex);
        }
    }

    /**
     * Reads a string.
     *
     * @param e the element
     * @return the text
     */
    public String string(Element e) {
        return in.text();
    }

    /**
     * Reads a URI.
     *
     * @param e the element
     * @return the URI
     */
    public URI uri(Element e) {
        return value(e, "an absolute URI", NativeReader::toUri);
    }

    // absolute, as the JSON formats require (JSON-LD ids are IRIs): a relative one written here could not be
    // converted to them
    static URI toUri(String s) {
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
        if (!u.isAbsolute()) {
            throw new IllegalArgumentException("expected an absolute URI");
        }
        return u;
    }

    private LocalDate date(Element e) {
        return value(e, "a date (yyyy-mm-dd)", LocalDate::parse);
    }

    private OffsetDateTime dateTime(Element e) {
        return value(e, "a date-time with offset", OffsetDateTime::parse);
    }

    private BigDecimal decimal(Element e) {
        return value(e, Decimals.EXPECTED, Decimals::parse);
    }

    private Country country(Element e) {
        return value(e, "an ISO 3166-1 country code", Country::of);
    }

    private <T extends Enum<T>> T enumValue(Class<T> type, Element e) {
        return value(e, "one of " + java.util.Arrays.toString(type.getEnumConstants()), s -> Enum.valueOf(type, s));
    }

    /**
     * Runs a model constructor at the current position.
     *
     * @param <T> the type
     * @param e the element
     * @param s the constructor call
     * @return the value
     */
    public <T> T build(Element e, Supplier<T> s) {
        return in.build(e, s);
    }
}
