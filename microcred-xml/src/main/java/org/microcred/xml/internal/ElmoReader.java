package org.microcred.xml.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
import org.microcred.core.ExtensionNode.Member;
import org.microcred.core.ExtensionNode.Scalar;
import org.microcred.core.ExtensionNode.Structure;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Person;
import org.microcred.core.Stackability;
import org.microcred.core.StackingTarget;
import org.microcred.core.TimePeriod;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.format.CredentialCodec.ReadResult;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.format.ReadWarning;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/**
 * Reads ELMO 1.x and 2.x documents, alone or inside EWP Transcript of Records responses, as a stream of
 * credentials: one per learning opportunity instance that is not in progress.
 *
 * <p>ELMO gives {@code report/issueDate} and {@code report/gradingScheme} after the courses of a report, so
 * the credentials of one report are held until the report ends: memory is bounded by the largest report
 * (microcred's writer starts a new report every {@value ElmoWriter#MAX_COURSES_PER_REPORT} courses).
 * Document-level content after the last report (attachments, groups, extension) is kept on the
 * credentials of the last report.
 *
 * <p>Not thread-safe: one per document.
 */
public final class ElmoReader {
    private static final String XML_LANG = "@{" + XMLConstants.XML_NS_URI + "}lang";

    private final XmlInput in;
    private final boolean strict;
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private String elmoNs = Namespaces.ELMO_V1;
    private boolean started;
    private boolean ewp;
    private boolean inTor;
    private boolean inElmo;
    private Order elmoOrder;
    private Person learner;
    // when the document says it was generated: microcred's writer gives an unissued credential's report this date
    private OffsetDateTime generated;
    private final List<Extension> learnerKept = new ArrayList<>();
    private final List<ReadWarning> docWarnings = new ArrayList<>();
    private final List<Extension> torKept = new ArrayList<>();
    private List<Pending> tail = new ArrayList<>();

    /**
     * Creates a reader.
     *
     * @param in the input, before the root
     * @param strict whether schema-order and unknown-element problems are errors rather than warnings
     */
    public ElmoReader(XmlInput in, boolean strict) {
        this.in = in;
        this.strict = strict;
        // ELMO defines few attributes and the mapping reads those it maps; any other is reported, not dropped unseen
        in.onUnreadAttribute((x, name, value) -> {
            if (strict) {
                throw x.malformed(null, value, "attribute '" + name + "' that the ELMO mapping does not read", null);
            }
            docWarnings.add(new ReadWarning(x.location(), Optional.empty(), "attribute '" + name + "' (\""
                    + CredentialFormatException.abbreviate(value) + "\") of element '" + x.path() + "' is not read: ignored"));
        });
    }

    /**
     * Reads the next credential.
     *
     * @return the credential with its warnings, or null at the end
     */
    public ReadResult next() {
        try {
            while (ready.isEmpty()) {
                if (!step()) {
                    return null;
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            // a model check not wrapped where the value was built: still the document's fault
            throw XmlInput.modelRefused(Format.ELMO, in.location(), null, null, e);
        }
        return ready.poll();
    }

    //-----------------------------------------------------------------------
    private boolean step() {
        if (!started) {
            started = true;
            if (!in.root()) {
                throw in.malformed(null, null, "empty document", null);
            }
            if (in.local().equals("elmo") && isElmoNamespace(in.ns())) {
                beginElmo();
                return true;
            }
            if (in.ns().startsWith(Namespaces.EWP_TORS_PREFIX) && in.local().equals("imobility-tors-get-response")) {
                ewp = true;
                return true;
            }
            throw in.malformed(null, "{" + in.ns() + "}" + in.local(),
                    "the root element is neither an ELMO elmo element nor an EWP imobility-tors-get-response", null);
        }
        if (inElmo) {
            elmoChild();
            return true;
        }
        if (inTor) {
            if (!in.next()) {
                inTor = false;
                flushTail();
                return true;
            }
            if (in.local().equals("elmo") && isElmoNamespace(in.ns())) {
                beginElmo();
            } else {
                Extension e = new Extension(Format.ELMO, in.path(), in.capture());
                if (tail.isEmpty()) {
                    torKept.add(e);
                } else {
                    tail.forEach(p -> p.cx.add(e));
                }
            }
            return true;
        }
        if (ewp) {
            if (!in.next()) {
                return false;
            }
            if (in.local().equals("tor")) {
                inTor = true;
                torKept.clear();
            } else {
                throw in.malformed(null, in.local(), "an EWP ToR response holds only tor elements", null);
            }
            return true;
        }
        return false;
    }

    private static boolean isElmoNamespace(String ns) {
        return ns.equals(Namespaces.ELMO_V1) || ns.equals(Namespaces.ELMO_V2);
    }

    private void beginElmo() {
        elmoNs = in.ns();
        in.ownNamespace(elmoNs);
        inElmo = true;
        elmoOrder = new Order("elmo", docWarnings);
        learner = null;
        generated = null;
        learnerKept.clear();
        docWarnings.clear();
        tail = new ArrayList<>();
    }

    private void elmoChild() {
        if (!in.next()) {
            inElmo = false;
            if (!inTor) {
                flushTail();
            }
            return;
        }
        if (in.is(Namespaces.DSIG, "Signature")) {
            // The enveloped signature covers the document, not a credential: microcred.xml.signature checks it.
            in.skip();
            return;
        }
        if (!in.ns().equals(elmoNs)) {
            foreignOutsideExtension("/elmo/", docWarnings, tailKeptSink());
            return;
        }
        elmoOrder.check(in.local());
        switch (in.local()) {
            case "generatedDate" -> generated = NativeReader.parse(in, null, "a date-time", OffsetDateTime::parse);
            case "learner" -> readLearner();
            case "report" -> {
                flushTail();
                tail = readReport();
            }
            case "attachment", "groups" -> {
                Extension e = new Extension(Format.ELMO, "/elmo/" + in.local(), in.capture());
                tail.forEach(p -> p.cx.add(e));
            }
            case "extension" -> {
                while (in.next()) {
                    Extension e = new Extension(Format.ELMO, "/elmo/" + in.segmentName(in.ns(), in.local()), in.capture());
                    tail.forEach(p -> p.cx.add(e));
                }
            }
            default -> unknownElmo("/elmo/", docWarnings, tailKeptSink());
        }
    }

    private List<Extension> tailKeptSink() {
        List<Extension> sink = new ArrayList<>() {
            @Override
            public boolean add(Extension e) {
                tail.forEach(p -> p.cx.add(e));
                return true;
            }
        };
        return sink;
    }

    private void flushTail() {
        for (Pending p : tail) {
            p.build();
            ready.add(p.result);
        }
        tail = new ArrayList<>();
    }

    //-----------------------------------------------------------------------
    private void readLearner() {
        Order order = new Order("learner", docWarnings);
        Person.Builder b = Person.builder();
        boolean any = false;
        CredentialFormatException.Location at = in.location();
        while (in.next()) {
            if (!in.ns().equals(elmoNs)) {
                foreignOutsideExtension("/learner/", docWarnings, learnerKept);
                continue;
            }
            order.check(in.local());
            switch (in.local()) {
                case "identifier" -> {
                    String type = attr("type");
                    String value = in.text().strip();
                    if (value.isEmpty()) {
                        warn(docWarnings, Element.E01, "learner identifier of type '" + type + "' is empty: ignored");
                    } else {
                        b.identifier(in.build(Element.E01, type, () -> Identifier.of(ElmoWriter.personScheme(type, false),
                                value)));
                        any = true;
                    }
                }
                case "givenNames" -> {
                    String v = in.text().strip();
                    if (!v.isEmpty()) {
                        b.givenName(v);
                        any = true;
                    }
                }
                case "familyName" -> {
                    String v = in.text().strip();
                    if (!v.isEmpty()) {
                        b.familyName(v);
                        any = true;
                    }
                }
                case "bday", "dateOfBirth" -> b.dateOfBirth(NativeReader.parse(in, Element.E01, "a date (yyyy-mm-dd)",
                        LocalDate::parse));
                case "citizenship" -> learnerKept.add(new Extension(Format.ELMO, "/learner/citizenship", countryNode()));
                case "alternativeName", "placeOfBirth", "countryOfBirth", "birthName", "currentAddress", "gender" ->
                    learnerKept.add(new Extension(Format.ELMO, "/learner/" + in.local(), in.capture()));
                default -> unknownElmo("/learner/", docWarnings, learnerKept);
            }
        }
        if (any) {
            learner = in.build(Element.E01, b::build);
        } else {
            docWarnings.add(new ReadWarning(at, Optional.of(Element.E01), "the learner has no name and no identifier"));
        }
    }

    /** Reads an ELMO 1 or 2 country as text, turning a 2.x EU authority URI into the alpha-2 code of 1.x. */
    private ExtensionNode countryNode() {
        String type = attr("type");
        String text = in.text().strip();
        if ("URI".equals(type)) {
            try {
                text = Country.fromUri(URI.create(text)).alpha2();
            } catch (IllegalArgumentException e) {
                // keep the URI as given
            }
        }
        return new Structure(List.of(new Member("#text", Scalar.ofString(text))));
    }

    //-----------------------------------------------------------------------
    private final class Report {
        final List<ReadWarning> warnings = new ArrayList<>();
        final List<Pending> pending = new ArrayList<>();
        final List<Extension> kept = new ArrayList<>();
        final Map<String, Structure> schemes = new LinkedHashMap<>();
        final Set<String> referenced = new HashSet<>();
        Organisation issuer;
        OffsetDateTime issued;
    }

    private List<Pending> readReport() {
        Report r = new Report();
        Order order = new Order("report", r.warnings);
        CredentialFormatException.Location at = in.location();
        while (in.next()) {
            if (!in.ns().equals(elmoNs)) {
                foreignOutsideExtension("/report/", r.warnings, r.kept);
                continue;
            }
            order.check(in.local());
            switch (in.local()) {
                case "issuer" -> r.issuer = readIssuer(r.kept);
                case "learningOpportunitySpecification" -> readLos(r, null);
                case "issueDate" -> r.issued = NativeReader.parse(in, Element.E05, "a date-time with offset",
                        OffsetDateTime::parse);
                case "gradingScheme" -> {
                    String id = attr("localId");
                    Structure s = (Structure) in.capture();
                    r.schemes.put(id == null ? "" : id, s);
                }
                case "attachment", "resultOfRecognition", "status" ->
                    r.kept.add(new Extension(Format.ELMO, "/report/" + in.local(), in.capture()));
                default -> unknownElmo("/report/", r.warnings, r.kept);
            }
        }
        if (r.issuer == null) {
            throw new MalformedDocumentException(Format.ELMO, at, Element.E04, null, "a report has no issuer", null);
        }
        if (r.issued == null) {
            r.warnings.add(new ReadWarning(at, Optional.of(Element.E05), "a report has no issueDate"));
        }
        List<Pending> done = new ArrayList<>();
        for (Pending p : r.pending) {
            if (p.skip) {
                continue;
            }
            finish(p, r);
            done.add(p);
        }
        for (Map.Entry<String, Structure> s : r.schemes.entrySet()) {
            if (!r.referenced.contains(s.getKey())) {
                Extension e = new Extension(Format.ELMO, "/report/gradingScheme", s.getValue());
                done.forEach(p -> p.cx.add(e));
            }
        }
        for (Pending p : done) {
            p.cx.addAll(r.kept);
            p.warnings.addAll(0, r.warnings);
        }
        return done;
    }

    // what the issuer holds beyond the model is kept (on every credential of the report) at /report/issuer/...;
    // ELMO has no place to write it back, so a writer reports it as a loss rather than dropping it unseen
    private Organisation readIssuer(List<Extension> kept) {
        Order order = new Order("issuer", docWarnings);
        Organisation.Builder b = Organisation.builder();
        Map<String, String> title = new LinkedHashMap<>();
        while (in.next()) {
            if (!in.ns().equals(elmoNs)) {
                foreignOutsideExtension("/report/issuer/", docWarnings, kept);
                continue;
            }
            order.check(in.local());
            switch (in.local()) {
                case "country" -> {
                    String type = attr("type");
                    b.country(NativeReader.parse(in, Element.E03, "an ISO 3166-1 country code",
                            "URI".equals(type) ? s -> Country.fromUri(URI.create(s)) : Country::of));
                }
                case "identifier" -> {
                    String type = attr("type");
                    if (ElmoWriter.ID_TYPE.equals(type)) {
                        b.id(NativeReader.parse(in, Element.E04, "a URI", NativeReader::toUri));
                    } else {
                        String v = in.text().strip();
                        if (!(ElmoWriter.NONE_TYPE.equals(type) && v.isEmpty())) {
                            String t = type == null ? "local" : type;
                            b.identifier(in.build(Element.E04, t, () -> Identifier.of(t, v)));
                        }
                    }
                }
                case "title" -> putLang(title, Element.E04, docWarnings);
                case "url" -> {
                    CredentialFormatException.Location at = in.location();
                    String v = in.text().strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    URI u = absoluteOrNull(v);
                    if (u != null) {
                        b.homepage(u);
                    } else {
                        // "www.example.no": no homepage the other formats can carry, but not dropped either
                        kept.add(new Extension(Format.ELMO, "/report/issuer/url", textNode(v)));
                        docWarnings.add(new ReadWarning(at, Optional.of(Element.E04), "issuer url '"
                                + CredentialFormatException.abbreviate(v) + "' is not an absolute URI: kept as an extension"));
                    }
                }
                default -> unknownElmo("/report/issuer/", docWarnings, kept);
            }
        }
        if (title.isEmpty()) {
            throw in.malformed(Element.E04, null, "the issuer has no title", null);
        }
        b.legalName(in.build(Element.E04, () -> new MultilingualText(title)));
        return in.build(Element.E04, b::build);
    }

    //-----------------------------------------------------------------------
    /** One learning opportunity specification with its instance, until its report ends. */
    private final class Pending {
        final CredentialFormatException.Location at;
        final List<Extension> cx = new ArrayList<>();
        final List<Extension> sx = new ArrayList<>();
        final List<ReadWarning> warnings = new ArrayList<>();
        final Map<String, String> title = new LinkedHashMap<>();
        final Map<String, String> description = new LinkedHashMap<>();
        final Map<String, String> distribution = new LinkedHashMap<>();
        final Pending parent;
        boolean skip;
        boolean hasInstance;
        URI specId;
        URI credId;
        Concept type;
        Concept isced;
        URI url;
        String language;
        LocalDate start;
        LocalDate end;
        String gradeValue;
        GradeStatus status;
        String schemeRef;
        BigDecimal ects;
        Integer eqf;
        ElmoExtension mc = new ElmoExtension();
        boolean mcRead;
        boolean statusRead;
        Native specIdAt;
        Native credIdAt;
        Native typeAt;
        Native iscedAt;
        Native urlAt;
        Native ectsAt;
        Native eqfAt;
        Native languageAt;
        Native labelAt;
        Native statusAt;
        Native schemeRefAt;
        final List<Native> titleAt = new ArrayList<>();
        final List<Native> contradicted = new ArrayList<>();
        int natives;
        MicroCredential credential;
        ReadResult result;
        MicroCredential.Builder builder;

        Pending(Pending parent) {
            this.parent = parent;
            this.at = in.location();
        }

        /** Remembers where a native element read into the model was, with the extensions read from its children. */
        Native at(List<Extension> list, int index, String path, ExtensionNode node) {
            return new Native(list, index, list.size() - index, path, node, natives++);
        }

        void build() {
            sortAsWritten(cx);
            credential = in.build(Element.S07, () -> builder.extensions(cx).build());
            List<ReadWarning> all = new ArrayList<>(docWarnings);
            all.addAll(warnings);
            result = new ReadResult(credential, all);
        }
    }

    /**
     * An ELMO element read into the model: where it was among the extensions of its container (and how many
     * extensions were read from its children there), so that it can be kept whole in its place (S08) when the
     * microcred extension element contradicts it.
     */
    private record Native(List<Extension> list, int index, int children, String path, ExtensionNode node, int seq) {
    }

    private void readLos(Report r, Pending parent) {
        Pending p = new Pending(parent);
        r.pending.add(p);
        Order order = new Order("learningOpportunitySpecification", p.warnings);
        while (in.next()) {
            if (!in.ns().equals(elmoNs)) {
                foreignOutsideExtension("/specification/", p.warnings, p.sx);
                continue;
            }
            order.check(in.local());
            switch (in.local()) {
                case "identifier" -> {
                    int index = p.sx.size();
                    CredentialFormatException.Location at = in.location();
                    ExtensionNode n = in.capture();
                    URI id = p.specId == null ? microcredId(n, Element.S07, at) : null;
                    if (id != null) {
                        p.specId = id;
                        p.specIdAt = p.at(p.sx, index, "/specification/identifier", n);
                    } else {
                        p.sx.add(new Extension(Format.ELMO, "/specification/identifier", n));
                    }
                }
                case "title" -> {
                    String tag = putLang(p.title, Element.E02, p.warnings);
                    if (tag != null) {
                        p.titleAt.add(p.at(p.sx, p.sx.size(), "/specification/title", langNode(tag, p.title.get(tag))));
                    }
                }
                case "type" -> {
                    // an unknown or second type is kept whole, never erasing the one already read
                    ExtensionNode n = in.capture();
                    String v = plainText(n);
                    Concept c = v != null && p.type == null ? ElmoWriter.opportunityType(v.strip()) : null;
                    if (c != null) {
                        p.type = c;
                        p.typeAt = p.at(p.sx, p.sx.size(), "/specification/type", n);
                    } else {
                        p.sx.add(new Extension(Format.ELMO, "/specification/type", n));
                    }
                }
                case "iscedCode" -> {
                    ExtensionNode n = in.capture();
                    String v = plainText(n);
                    Concept c = v != null && p.isced == null ? ElmoWriter.iscedConcept(v.strip()) : null;
                    if (c != null) {
                        p.isced = c;
                        p.iscedAt = p.at(p.sx, p.sx.size(), "/specification/iscedCode", n);
                    } else {
                        p.sx.add(new Extension(Format.ELMO, "/specification/iscedCode", n));
                    }
                }
                case "url" -> {
                    ExtensionNode n = in.capture();
                    String v = plainText(n);
                    URI u = v != null && p.url == null ? absoluteOrNull(v.strip()) : null;
                    if (u != null) {
                        p.url = u;
                        p.urlAt = p.at(p.sx, p.sx.size(), "/specification/url", n);
                    } else {
                        p.sx.add(new Extension(Format.ELMO, "/specification/url", n));
                    }
                }
                case "description" -> putLang(p.description, Element.N02, p.warnings);
                case "specifies" -> readSpecifies(p);
                case "hasPart" -> {
                    while (in.next()) {
                        if (in.is(elmoNs, "learningOpportunitySpecification")) {
                            readLos(r, p);
                        } else {
                            unknownElmo("/specification/hasPart/", p.warnings, p.sx);
                        }
                    }
                }
                case "extension" -> {
                    while (in.next()) {
                        p.sx.add(new Extension(Format.ELMO, "/specification/" + in.segmentName(in.ns(), in.local()),
                                in.capture()));
                    }
                }
                case "subjectArea", "descriptionHtml", "documentType" -> p.sx.add(keep("/specification/" + in.local()));
                default -> unknownElmo("/specification/", p.warnings, p.sx);
            }
        }
        if (!p.hasInstance) {
            p.skip = true;
            warn(docWarnings, Element.S07, "learning opportunity '" + p.title.values().stream().findFirst().orElse("")
                    + "' has no instance (no result for the learner): not read as a credential");
        }
    }

    private void readSpecifies(Pending p) {
        while (in.next()) {
            if (in.is(elmoNs, "learningOpportunityInstance")) {
                p.hasInstance = true;
                readLoi(p);
            } else if (in.is(elmoNs, "extension")) {
                while (in.next()) {
                    p.sx.add(new Extension(Format.ELMO, "/specification/specifies/" + in.segmentName(in.ns(), in.local()),
                            in.capture()));
                }
            } else {
                unknownElmo("/specification/specifies/", p.warnings, p.sx);
            }
        }
    }

    private void readLoi(Pending p) {
        Order order = new Order("learningOpportunityInstance", p.warnings);
        while (in.next()) {
            if (!in.ns().equals(elmoNs)) {
                foreignOutsideExtension("/", p.warnings, p.cx);
                continue;
            }
            order.check(in.local());
            switch (in.local()) {
                case "identifier" -> {
                    int index = p.cx.size();
                    CredentialFormatException.Location at = in.location();
                    ExtensionNode n = in.capture();
                    URI id = p.credId == null ? microcredId(n, Element.S01, at) : null;
                    if (id != null) {
                        p.credId = id;
                        p.credIdAt = p.at(p.cx, index, "/identifier", n);
                    } else {
                        p.cx.add(new Extension(Format.ELMO, "/identifier", n));
                    }
                }
                // a second single-valued element is kept whole, never erasing the one already read
                case "start" -> {
                    if (p.start != null) {
                        p.cx.add(keep("/start"));
                    } else {
                        p.start = NativeReader.parse(in, Element.N03, "a date (yyyy-mm-dd)", LocalDate::parse);
                    }
                }
                case "date" -> {
                    if (p.end != null) {
                        p.cx.add(keep("/date"));
                    } else {
                        p.end = NativeReader.parse(in, Element.N03, "a date (yyyy-mm-dd)", LocalDate::parse);
                    }
                }
                case "status" -> {
                    if (p.statusRead) {
                        p.cx.add(keep("/status"));
                        continue;
                    }
                    p.statusRead = true;
                    int index = p.cx.size();
                    String v = NativeReader.parse(in, Element.E14, "passed, failed or in-progress", s -> {
                        if (!s.equals("passed") && !s.equals("failed") && !s.equals("in-progress")) {
                            throw new IllegalArgumentException(s);
                        }
                        return s;
                    });
                    if (v.equals("in-progress")) {
                        p.skip = true;
                        warn(docWarnings, Element.E14, "a learning opportunity instance is in progress: not read as a credential");
                    } else {
                        p.status = v.equals("passed") ? GradeStatus.PASSED : GradeStatus.FAILED;
                        p.statusAt = p.at(p.cx, index, "/status", textNode(v));
                    }
                }
                case "gradingSchemeLocalId" -> {
                    if (p.schemeRef != null) {
                        p.cx.add(keep("/gradingSchemeLocalId"));
                    } else {
                        p.schemeRef = in.text().strip();
                        p.schemeRefAt = p.at(p.cx, p.cx.size(), "/gradingSchemeLocalId", textNode(p.schemeRef));
                    }
                }
                case "resultLabel" -> {
                    if (p.gradeValue != null) {
                        p.cx.add(keep("/resultLabel"));
                    } else {
                        p.gradeValue = in.text().strip();
                        p.labelAt = p.at(p.cx, p.cx.size(), "/resultLabel", textNode(p.gradeValue));
                    }
                }
                case "resultDistribution" -> {
                    while (in.next()) {
                        if (in.is(elmoNs, "description")) {
                            putLang(p.distribution, Element.E14, p.warnings);
                        } else {
                            p.cx.add(keep("/resultDistribution/" + in.segmentName(in.ns(), in.local())));
                        }
                    }
                }
                case "credit" -> readCredit(p);
                case "level" -> readLevel(p);
                case "languageOfInstruction" -> {
                    if (p.language != null) {
                        p.cx.add(keep("/languageOfInstruction"));
                    } else {
                        String v = in.text().strip();
                        if (v.isEmpty()) {
                            // no language to read, but an element to write back
                            p.cx.add(new Extension(Format.ELMO, "/languageOfInstruction", textNode(v)));
                        } else {
                            p.language = v;
                            p.languageAt = p.at(p.cx, p.cx.size(), "/languageOfInstruction", textNode(v));
                        }
                    }
                }
                case "extension" -> {
                    while (in.next()) {
                        if (in.is(Namespaces.ELMO_EXTENSION, ElmoExtension.ROOT) && !p.mcRead) {
                            // the first is microcred's; a second is kept like any other foreign element
                            p.mc = ElmoExtension.read(in);
                            p.mcRead = true;
                        } else {
                            p.cx.add(new Extension(Format.ELMO, "/" + in.segmentName(in.ns(), in.local()), in.capture()));
                        }
                    }
                }
                case "enrolment", "academicTerm", "duration", "gradingSchemeExternalId", "shortenedGrading",
                        "engagementHours", "attachments", "grouping", "diplomaSupplement" -> p.cx.add(keep("/" + in.local()));
                default -> unknownElmo("/", p.warnings, p.cx);
            }
        }
    }

    private void readCredit(Pending p) {
        CredentialFormatException.Location at = in.location();
        Structure s = (Structure) in.capture();
        String scheme = text(s, "scheme");
        String value = text(s, "value");
        if (scheme != null && scheme.strip().equalsIgnoreCase("ects") && value != null && p.ects == null) {
            try {
                p.ects = Decimals.parse(value.strip());
            } catch (IllegalArgumentException e) {
                throw new MalformedDocumentException(Format.ELMO, at, Element.E07, value,
                        "ECTS credit value is not " + Decimals.EXPECTED, e);
            }
            int index = p.cx.size();
            for (Member m : s.members()) {
                if (!m.name().equals("scheme") && !m.name().equals("value")) {
                    p.cx.add(new Extension(Format.ELMO, "/credit/" + m.name(), m.value()));
                }
            }
            p.ectsAt = p.at(p.cx, index, "/credit", s);
        } else {
            p.cx.add(new Extension(Format.ELMO, "/credit", s));
        }
    }

    private void readLevel(Pending p) {
        Structure s = (Structure) in.capture();
        String type = text(s, "type");
        String value = text(s, "value");
        Integer eqf = null;
        if (type != null && type.strip().equalsIgnoreCase("EQF") && value != null && p.eqf == null) {
            try {
                eqf = Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                warn(p.warnings, Element.E08, "EQF level is not a number: '" + value + "': kept as an extension");
            }
        }
        if (eqf != null) {
            p.eqf = eqf;
            int index = p.cx.size();
            for (Member m : s.members()) {
                if (!m.name().equals("type") && !m.name().equals("value")) {
                    p.cx.add(new Extension(Format.ELMO, "/level/" + m.name(), m.value()));
                }
            }
            p.eqfAt = p.at(p.cx, index, "/level", s);
        } else {
            p.cx.add(new Extension(Format.ELMO, "/level", s));
        }
    }

    /** The text of an element captured as a tree, or null if it has attributes or child elements. */
    private static String plainText(ExtensionNode n) {
        if (!(n instanceof Structure s)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Member m : s.members()) {
            if (!m.name().equals("#text") || !(m.value() instanceof Scalar sc)) {
                return null;
            }
            sb.append(sc.text());
        }
        return sb.toString();
    }

    /**
     * Puts extensions (S08) in the order the writer writes them: by container in document order, then by the
     * position of the element in its container's schema order; extensions of the same place keep their order.
     * The writer can only write ELMO in schema order, so a source out of that order would otherwise read back
     * with its extensions in another order.
     */
    static void sortAsWritten(List<Extension> extensions) {
        extensions.sort(java.util.Comparator.comparing(e -> writtenPosition(e.path()), java.util.Arrays::compare));
    }

    private static int[] writtenPosition(String path) {
        List<String> seg = segments(path);
        if (seg.isEmpty()) {
            return new int[] {9};
        }
        String first = seg.get(0);
        switch (first) {
            case "learner":
                return new int[] {0, ElmoOrder.index("learner", child(seg, 1))};
            case "report":
                return new int[] {3, ElmoOrder.index("report", child(seg, 1))};
            case "elmo":
                return new int[] {4, ElmoOrder.index("elmo", child(seg, 1))};
            case "specification": {
                int i = ElmoOrder.index("learningOpportunitySpecification", child(seg, 1));
                return child(seg, 1).equals("specifies") ? new int[] {5, i, ElmoOrder.index("specifies", child(seg, 2))}
                        : new int[] {5, i};
            }
            default:
                if (first.startsWith("{") && seg.size() > 1) {
                    return new int[] {1}; // outside the elmo element (an EWP response)
                }
                int i = ElmoOrder.index("learningOpportunityInstance", child(seg, 0));
                if (!ElmoOrder.ORDER.containsKey(first)) {
                    return new int[] {2, i};
                }
                // children kept in the element written from the model (credit, level) come before whole kept ones
                return seg.size() > 1 ? new int[] {2, i, ElmoOrder.index(first, child(seg, 1))}
                        : new int[] {2, i, Integer.MAX_VALUE};
        }
    }

    /** The name a path segment has in its container's schema order: an element of another namespace is in extension. */
    private static String child(List<String> seg, int i) {
        if (i >= seg.size()) {
            return "";
        }
        return seg.get(i).startsWith("{") ? "extension" : seg.get(i);
    }

    /** The segments of a path; a namespace in braces may contain '/'. */
    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = path.startsWith("/") ? 1 : 0;
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '/' && depth == 0) {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        if (start < path.length()) {
            out.add(path.substring(start));
        }
        return out;
    }

    private static String text(Structure s, String child) {
        for (Member m : s.members()) {
            if (m.name().equals(child) && m.value() instanceof Structure c) {
                StringBuilder sb = new StringBuilder();
                for (Member t : c.members()) {
                    if (t.name().equals("#text") && t.value() instanceof Scalar sc) {
                        sb.append(sc.text());
                    }
                }
                return sb.toString();
            }
        }
        return null;
    }

    //-----------------------------------------------------------------------
    /**
     * Keeps (S08) the ELMO elements that the microcred extension element contradicts. The rule: the extension
     * wins, since it carries the component in full (an ELMO slot carries only part of it, or only some of its
     * values); the contradicting ELMO element is kept whole where it was, so that writing the credential back
     * writes it again. (The writer writes the slot from the model first and the kept element after it: reading
     * that back, the first agrees with the extension and the kept one is a second element, kept again.) A slot
     * that agrees with the extension, as the writer writes it, is the same value and not kept. Without a grade
     * to read (no extension grade, no result label), the instance's status, grading scheme reference and empty
     * result label are kept the same way.
     */
    private void keepContradicted(Pending p, Report r) {
        ElmoExtension mc = p.mc;
        // an empty list (never written: the writer writes these only with values) is no value, not "none"
        if (mc.fieldsOfEducation != null && mc.fieldsOfEducation.isEmpty()) {
            mc.fieldsOfEducation = null;
        }
        if (mc.languages != null && mc.languages.isEmpty()) {
            mc.languages = null;
        }
        if (mc.absent.contains("title")) {
            p.contradicted.addAll(p.titleAt);
        }
        if (mc.workload != null && p.ectsAt != null
                && mc.workload.ects().filter(e -> e.compareTo(p.ects) == 0).isEmpty()) {
            p.contradicted.add(p.ectsAt);
        }
        if (mc.level != null && p.eqfAt != null && !mc.level.eqf().equals(Optional.of(p.eqf))) {
            p.contradicted.add(p.eqfAt);
        }
        if (mc.fieldsOfEducation != null && p.iscedAt != null
                && !p.isced.equals(mc.fieldsOfEducation.stream().filter(ElmoWriter::isIsced).findFirst().orElse(null))) {
            p.contradicted.add(p.iscedAt);
        }
        // the slot's text is read stripped (it cannot carry surrounding white space): so is the extension's tag here
        if (mc.languages != null && p.languageAt != null && !mc.languages.get(0).strip().equals(p.language)) {
            p.contradicted.add(p.languageAt);
        }
        if (mc.opportunityType != null && p.typeAt != null && !mc.opportunityType.equals(p.type)) {
            p.contradicted.add(p.typeAt);
        }
        if (mc.furtherInformation != null && p.urlAt != null && (mc.furtherInformation.links().isEmpty()
                || !mc.furtherInformation.links().get(0).url().equals(p.url))) {
            p.contradicted.add(p.urlAt);
        }
        if (mc.grade == null && (p.gradeValue == null || p.gradeValue.isEmpty())) {
            // no grade is read: what the instance says of one is kept, in its place
            for (Native n : new Native[] {p.statusAt, p.schemeRefAt, p.labelAt}) {
                if (n != null) {
                    p.contradicted.add(n);
                }
            }
        } else if (mc.grade == null && p.schemeRefAt != null && absoluteOrNull(p.schemeRef) == null
                && !r.schemes.containsKey(p.schemeRef)) {
            // a reference to no grading scheme of the report gives the grade nothing: kept as it is, in its place
            p.contradicted.add(p.schemeRefAt);
        } else if (mc.grade != null) {
            if (p.labelAt != null && !mc.grade.value().equals(p.gradeValue)) {
                p.contradicted.add(p.labelAt);
            }
            if (p.statusAt != null && !mc.grade.status().equals(Optional.ofNullable(p.status))) {
                p.contradicted.add(p.statusAt);
            }
        }
        // from the last read to the first, so that the positions of the earlier ones still hold
        p.contradicted.sort(java.util.Comparator.comparingInt(Native::seq).reversed());
        for (Native n : p.contradicted) {
            n.list().subList(n.index(), n.index() + n.children()).clear();
            n.list().add(n.index(), new Extension(Format.ELMO, n.path(), n.node()));
        }
    }

    private void finish(Pending p, Report r) {
        keepContradicted(p, r);
        ElmoExtension mc = p.mc;
        CredentialSpecification.Builder s = CredentialSpecification.builder();
        if (p.specId != null) {
            s.id(p.specId);
        }
        if (!mc.absent.contains("title") && !p.title.isEmpty()) {
            s.title(build(p, Element.E02, () -> new MultilingualText(p.title)));
        }
        if (!p.description.isEmpty()) {
            s.description(build(p, Element.N02, () -> new MultilingualText(p.description)));
        }
        if (mc.learningOutcomes != null) {
            s.learningOutcomes(mc.learningOutcomes);
        }
        if (mc.workload != null) {
            s.workload(mc.workload);
        } else if (p.ects != null) {
            s.workload(Workload.ofEcts(p.ects));
        }
        if (mc.level != null) {
            s.level(mc.level);
        } else if (p.eqf != null) {
            s.level(Level.ofEqf(p.eqf));
        }
        if (mc.assessmentTypes != null) {
            s.assessmentTypes(mc.assessmentTypes);
        }
        if (mc.participation != null) {
            s.participation(mc.participation);
        }
        if (mc.qualityAssurance != null) {
            s.qualityAssurance(mc.qualityAssurance);
        }
        if (mc.prerequisites != null) {
            s.prerequisites(mc.prerequisites);
        }
        if (mc.supervision != null) {
            s.supervision(mc.supervision);
        }
        if (mc.stackability != null) {
            s.stackability(mc.stackability);
        } else if (p.parent != null) {
            Pending parent = p.parent;
            Optional<MultilingualText> t = parent.title.isEmpty() ? Optional.empty()
                    : Optional.of(new MultilingualText(parent.title));
            if (parent.specId != null || t.isPresent()) {
                s.stackability(new Stackability(Stackability.Option.STACKABLE,
                        List.of(new StackingTarget(Optional.ofNullable(parent.specId), t, Optional.empty()))));
            }
        }
        if (mc.furtherInformation != null) {
            s.furtherInformation(mc.furtherInformation);
        } else if (p.url != null) {
            s.furtherInformation(new FurtherInformation(List.of(), List.of(new WebLink(p.url, Optional.empty())), List.of()));
        }
        if (mc.provider != null) {
            s.provider(mc.provider);
        }
        if (mc.learningResources != null) {
            s.learningResources(mc.learningResources);
        }
        if (mc.successOutcomes != null) {
            s.successOutcomes(mc.successOutcomes);
        }
        if (mc.fieldsOfEducation != null) {
            s.fieldsOfEducation(mc.fieldsOfEducation);
        } else if (p.isced != null) {
            s.fieldOfEducation(p.isced);
        }
        if (mc.languages != null) {
            s.languages(mc.languages);
        } else if (p.language != null && !p.language.isEmpty()) {
            s.language(p.language);
        }
        if (mc.opportunityType != null) {
            s.opportunityType(mc.opportunityType);
        } else if (p.type != null) {
            s.opportunityType(p.type);
        }
        sortAsWritten(p.sx);
        s.extensions(p.sx);

        MicroCredential.Builder c = MicroCredential.builder();
        if (p.credId != null) {
            c.id(p.credId);
        }
        if (!mc.absent.contains("learner")) {
            Person person = mc.learner != null ? mc.learner : learner;
            if (person != null) {
                c.learner(person);
            }
        }
        warnIfDocumentContradicts(p, r);
        c.awardingBodies(mc.awardingBodies != null ? mc.awardingBodies : List.of(r.issuer));
        if (mc.issuer != null) {
            c.issuer(mc.issuer);
        }
        if (!mc.absent.contains("issued") && r.issued != null) {
            c.issued(r.issued);
        }
        if (mc.validFrom != null) {
            c.validFrom(mc.validFrom);
        }
        if (mc.validUntil != null) {
            c.validUntil(mc.validUntil);
        }
        if (p.start != null || p.end != null) {
            c.timePeriod(new TimePeriod(Optional.ofNullable(p.start), Optional.ofNullable(p.end)));
        }
        if (mc.grade != null) {
            c.grade(mc.grade);
            if (p.schemeRef != null) {
                r.referenced.add(p.schemeRef);
            }
        } else if (p.gradeValue != null && !p.gradeValue.isEmpty()) {
            Optional<URI> schemeId = Optional.empty();
            Optional<MultilingualText> schemeDescription = Optional.empty();
            if (p.schemeRef != null) {
                schemeId = Optional.ofNullable(absoluteOrNull(p.schemeRef));
                Structure scheme = r.schemes.get(p.schemeRef);
                if (scheme != null) {
                    r.referenced.add(p.schemeRef);
                    Map<String, String> d = new LinkedHashMap<>();
                    for (Member m : scheme.members()) {
                        if (m.name().equals("description")) {
                            String tag = lang((Structure) m.value());
                            if (tag.length() > XmlInput.MAX_LANGUAGE_TAG) {
                                // the scheme was kept whole, past XmlInput.lang(): the same limit here
                                throw new MalformedDocumentException(Format.ELMO, p.at, Element.E14,
                                        CredentialFormatException.abbreviate(tag), "xml:lang of a gradingScheme description "
                                        + "longer than the limit of " + XmlInput.MAX_LANGUAGE_TAG + " characters", null);
                            }
                            d.put(tag, Optional.ofNullable(text(new Structure(List.of(m)), "description")).orElse(""));
                        }
                    }
                    if (!d.isEmpty()) {
                        schemeDescription = Optional.of(build(p, Element.E14, () -> new MultilingualText(d)));
                    }
                } else {
                    p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E14), "gradingSchemeLocalId '" + p.schemeRef
                            + "' has no gradingScheme in its report"
                            + (schemeId.isEmpty() ? ": kept as an extension" : ": read as the scheme's URI")));
                }
            }
            Optional<MultilingualText> distribution = p.distribution.isEmpty() ? Optional.empty()
                    : Optional.of(build(p, Element.E14, () -> new MultilingualText(p.distribution)));
            Grade g = new Grade(p.gradeValue, schemeId, schemeDescription, Optional.ofNullable(p.status), distribution);
            c.grade(g);
        } else {
            // status, gradingSchemeLocalId and resultLabel are kept by keepContradicted
            for (Map.Entry<String, String> d : p.distribution.entrySet()) {
                p.cx.add(new Extension(Format.ELMO, "/resultDistribution/description", langNode(d.getKey(), d.getValue())));
            }
        }
        List<Extension> cx = new ArrayList<>(learnerKept);
        cx.addAll(torKept);
        cx.addAll(p.cx);
        p.cx.clear();
        p.cx.addAll(cx);
        // the credential-level extensions may still grow until the report (or document) ends: added in build()
        p.builder = c.specification(build(p, Element.S07, s::build));
    }

    /**
     * The learner and the report's issuer belong to the whole document (or report), so a microcred extension that
     * contradicts them cannot keep them in its credential's place as it keeps an instance's elements: the extension
     * still wins, and the contradiction is reported, naming both values. Compared is only what ELMO carries (names
     * and date of birth; the issuer's title), as microcred's writer writes it, so its own documents never warn.
     * So is a resultDistribution description that the extension's grade contradicts, and a hasPart nesting under a
     * specification that the extension's stackability does not name (microcred's writer does not nest), and a
     * report issueDate for a credential the extension says is not issued (other than the generation time, which
     * microcred's writer puts there because ELMO requires an issueDate).
     */
    private void warnIfDocumentContradicts(Pending p, Report r) {
        ElmoExtension mc = p.mc;
        if (learner != null && (mc.absent.contains("learner") || mc.learner != null && !sameInElmo(mc.learner, learner))) {
            p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E01), "the ELMO learner (" + describe(learner)
                    + ") contradicts the microcred extension's " + (mc.learner == null ? "absent learner"
                    : "learner (" + describe(mc.learner) + ")") + ": the extension's is read, the ELMO learner ignored"));
        }
        if (mc.awardingBodies != null && !mc.awardingBodies.isEmpty()
                && !strippedValues(mc.awardingBodies.get(0).legalName().values())
                        .equals(strippedValues(r.issuer.legalName().values()))) {
            p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E04), "the report's issuer ("
                    + r.issuer.legalName().values() + ") contradicts the microcred extension's first awarding body ("
                    + mc.awardingBodies.get(0).legalName().values() + "): the extension's is read, the ELMO issuer ignored"));
        }
        if (mc.absent.contains("issued") && r.issued != null && (generated == null || !r.issued.isEqual(generated))) {
            p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E05), "the report's issueDate (" + r.issued
                    + ") contradicts the microcred extension, which says the credential is not issued: the issueDate is "
                    + "ignored"));
        }
        if (mc.stackability != null && p.parent != null && (p.parent.specId != null || !p.parent.title.isEmpty())
                && mc.stackability.targets().stream().noneMatch(t ->
                p.parent.specId != null && t.id().equals(Optional.of(p.parent.specId))
                        || !p.parent.title.isEmpty() && t.title().map(x -> strippedValues(x.values()))
                                .equals(Optional.of(strippedValues(p.parent.title))))) {
            // the nesting says "part of the enclosing specification"; the extension names no such target
            p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E15), "the ELMO hasPart nesting under '"
                    + (p.parent.specId != null ? p.parent.specId.toString() : p.parent.title.values().iterator().next())
                    + "' contradicts the microcred extension's stackability, which names no such target: "
                    + "the extension's is read, the nesting ignored"));
        }
        if (mc.grade != null && !p.distribution.isEmpty() && !strippedValues(p.distribution)
                .equals(mc.grade.distribution().map(d -> strippedValues(d.values())).orElse(Map.of()))) {
            // the description is not kept in place either: the writer writes the grade's own next to what is kept
            p.warnings.add(new ReadWarning(p.at, Optional.of(Element.E14), "the ELMO resultDistribution description ("
                    + p.distribution + ") contradicts the microcred extension's grade distribution ("
                    + mc.grade.distribution().map(MultilingualText::values).orElse(Map.of())
                    + "): the extension's is read, the ELMO description ignored"));
        }
    }

    private static boolean sameInElmo(Person a, Person b) {
        return stripped(a.givenName()).equals(stripped(b.givenName())) && stripped(a.familyName()).equals(stripped(b.familyName()))
                && a.dateOfBirth().equals(b.dateOfBirth());
    }

    private static String stripped(Optional<String> s) {
        return s.map(String::strip).orElse("");
    }

    private static Map<String, String> strippedValues(Map<String, String> t) {
        Map<String, String> m = new LinkedHashMap<>();
        t.forEach((k, v) -> {
            if (!v.isBlank()) {
                m.put(k, v.strip());
            }
        });
        return m;
    }

    private static String describe(Person person) {
        return CredentialFormatException.abbreviate(String.join(" ", stripped(person.givenName()), stripped(person.familyName())).strip()
                + person.dateOfBirth().map(d -> ", born " + d).orElse(""));
    }

    private static String lang(Structure s) {
        for (Member m : s.members()) {
            if (m.name().equals(XML_LANG) && m.value() instanceof Scalar sc) {
                return sc.text().isBlank() ? MultilingualText.UNDETERMINED : sc.text();
            }
        }
        return MultilingualText.UNDETERMINED;
    }

    private <T> T build(Pending p, Element e, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException ex) {
            throw XmlInput.modelRefused(Format.ELMO, p.at, e, null, ex);
        }
    }

    //-----------------------------------------------------------------------
    /** Reads a text into a multilingual map; returns its language tag, or null if the text was not put. */
    private String putLang(Map<String, String> map, Element e, List<ReadWarning> warnings) {
        String lang = in.lang();
        String tag = lang == null || lang.isBlank() ? MultilingualText.UNDETERMINED : lang;
        CredentialFormatException.Location at = in.location();
        String text = in.text();
        if (text.isBlank()) {
            warnings.add(new ReadWarning(at, Optional.of(e), "empty text ignored"));
            return null;
        }
        if (map.containsKey(tag)) {
            warnings.add(new ReadWarning(at, Optional.of(e), "a second text in language '" + tag + "' ignored: '"
                    + CredentialFormatException.abbreviate(text) + "'"));
            return null;
        }
        map.put(tag, text);
        return tag;
    }

    /**
     * Gets the URI of a {@code microcred-id} identifier in the form microcred writes it: its {@code type} attribute
     * and text only. Any other identifier, or one with more attributes or child elements, is not read (the caller
     * keeps it whole, S08), so that nothing on it is dropped.
     *
     * @param n the identifier element, captured
     * @param e the element the URI is, for errors
     * @param at where the identifier starts, for errors
     * @return the URI, or null if the identifier is not read
     */
    private URI microcredId(ExtensionNode n, Element e, CredentialFormatException.Location at) {
        if (!(n instanceof Structure s)) {
            return null;
        }
        boolean typed = false;
        StringBuilder sb = new StringBuilder();
        for (Member m : s.members()) {
            if (m.name().equals("@type") && m.value() instanceof Scalar t && t.text().equals(ElmoWriter.ID_TYPE)) {
                typed = true;
            } else if (m.name().equals("#text") && m.value() instanceof Scalar t) {
                sb.append(t.text());
            } else {
                return null;
            }
        }
        if (!typed) {
            return null;
        }
        String text = sb.toString();
        try {
            return NativeReader.toUri(text.strip());
        } catch (IllegalArgumentException ex) {
            throw new MalformedDocumentException(Format.ELMO, at, e, text, "not a URI", ex);
        }
    }

    private String attr(String name) {
        return in.attribute("", name);
    }

    private Extension keep(String path) {
        return new Extension(Format.ELMO, path, in.capture());
    }

    private static Structure textNode(String text) {
        return new Structure(List.of(new Member("#text", Scalar.ofString(text))));
    }

    private static Structure langNode(String lang, String text) {
        List<Member> m = new ArrayList<>();
        if (!lang.equals(MultilingualText.UNDETERMINED)) {
            m.add(new Member(XML_LANG, Scalar.ofString(lang)));
        }
        m.add(new Member("#text", Scalar.ofString(text)));
        return new Structure(m);
    }

    private static URI absoluteOrNull(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private void unknownElmo(String prefix, List<ReadWarning> warnings, List<Extension> sink) {
        if (strict) {
            throw in.malformed(null, in.local(), "unknown ELMO element", null);
        }
        warnings.add(new ReadWarning(in.location(), Optional.empty(), "unknown ELMO element '" + in.local()
                + "' kept as an extension"));
        sink.add(new Extension(Format.ELMO, prefix + in.local(), in.capture()));
    }

    private void foreignOutsideExtension(String prefix, List<ReadWarning> warnings, List<Extension> sink) {
        String name = in.segmentName(in.ns(), in.local());
        if (strict) {
            throw in.malformed(null, name, "an element of another namespace outside an ELMO extension element", null);
        }
        warnings.add(new ReadWarning(in.location(), Optional.of(Element.S08), "element '" + name
                + "' of another namespace outside an ELMO extension element kept as an extension"));
        sink.add(new Extension(Format.ELMO, prefix + name, in.capture()));
    }

    private void warn(List<ReadWarning> warnings, Element e, String message) {
        warnings.add(new ReadWarning(in.location(), Optional.ofNullable(e), message));
    }

    /** Checks children come in schema order: a warning when lenient, an error when strict. */
    private final class Order {
        private final String container;
        private final List<ReadWarning> warnings;
        private int last = -1;
        private String lastName;

        Order(String container, List<ReadWarning> warnings) {
            this.container = container;
            this.warnings = warnings;
        }

        void check(String child) {
            int i = ElmoOrder.index(container, child);
            if (i < 0) {
                return;
            }
            if (i < last) {
                String msg = "'" + child + "' is out of schema order in '" + container + "': it must come before '"
                        + lastName + "'";
                if (strict) {
                    throw new MalformedDocumentException(Format.ELMO, in.location(), null, child, msg, null);
                }
                warnings.add(new ReadWarning(in.location(), Optional.empty(), msg + " (accepted)"));
                return;
            }
            last = i;
            lastName = child;
        }
    }
}
