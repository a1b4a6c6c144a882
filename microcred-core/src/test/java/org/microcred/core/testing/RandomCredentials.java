package org.microcred.core.testing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.microcred.core.CreditValue;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.Extension;
import org.microcred.core.ExtensionNode;
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
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Vocabularies;
import org.microcred.core.vocabulary.Vocabulary;

/**
 * Generates random, valid micro-credentials from a {@link Random}, covering every element of the standard
 * and every value set. Deterministic for a given seed, so a failure can be reproduced.
 *
 * <p>Every generated credential is valid under {@code eu-2022} without warnings; {@link #complete(Random)}
 * also fills every optional element and is valid under {@code neset-2020}. Text mixes scripts and the
 * characters that need escaping in JSON and XML ({@code & < > " ' \}), but no control characters.
 *
 * <p>This class has no dependency on jqwik, so that benchmarks and batch tests can use it directly;
 * {@link CredentialArbitraries} wraps it for property tests.
 */
public final class RandomCredentials {
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pl", "nl", "sv", "fi", "et", "pt", "el", "ga", "de-AT"};
    private static final String[] COUNTRIES = {"IE", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "SE", "FI", "EE", "PT",
        "GR", "NO", "CH", "GB", "US", "XK"};
    private static final String[] WORDS = {"data", "análisis", "Straße", "łódź", "Ωmega", "данные", "学习", "learning",
        "skills", "R&D", "<tag>", "\"quoted\"", "it's", "back\\slash", "café", "€10", "naïve", "1:1", "a/b", "{x}", "$y"};
    private static final String[] IDENTIFIER_SCHEMES = {Identifier.STUDENT_ID, Identifier.ESI, Identifier.EMAIL,
        Identifier.DID, Identifier.URI};
    private static final String[] ORG_SCHEMES = {Identifier.ERASMUS, Identifier.PIC, Identifier.SCHAC, Identifier.VAT,
        Identifier.EIDAS};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
        ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30)};

    private final Random random;
    private final boolean complete;

    private RandomCredentials(Random random, boolean complete) {
        this.random = random;
        this.complete = complete;
    }

    /**
     * Generates a credential valid under {@code eu-2022}: every mandatory element present, every optional
     * element present or absent at random. No extensions (S08), since those belong to one format.
     *
     * @param random the source of randomness
     * @return the credential
     */
    public static MicroCredential credential(Random random) {
        return new RandomCredentials(random, false).credential();
    }

    /**
     * Generates a credential with every element of the standard present, valid under {@code neset-2020}.
     *
     * @param random the source of randomness
     * @return the credential
     */
    public static MicroCredential complete(Random random) {
        return new RandomCredentials(random, true).credential();
    }

    /**
     * Generates a credential with extensions (S08) of one format, as a reader of that format would keep
     * them: at the credential and at the specification, with JSON-pointer paths for the JSON formats and
     * element paths for the XML formats.
     *
     * @param random the source of randomness
     * @param format the format of the extensions
     * @return the credential
     */
    public static MicroCredential withExtensions(Random random, Format format) {
        RandomCredentials g = new RandomCredentials(random, false);
        MicroCredential c = g.credential();
        boolean xml = format == Format.XML || format == Format.ELMO;
        String name = xml ? "{https://example.org/ext}note" : "exampleNote";
        Extension onCredential = new Extension(format, xml ? "/" + name : "/" + name, g.extensionNode(2, !xml));
        Extension onSpec = new Extension(format, xml ? "/specification/" + name : "/specification/" + name, g.extensionNode(2, !xml));
        return c.toBuilder().extension(onCredential)
                .specification(c.specification().toBuilder().extension(onSpec).build()).build();
    }

    /**
     * Generates a specification (a course definition) valid under {@code eu-2022}.
     *
     * @param random the source of randomness
     * @return the specification
     */
    public static CredentialSpecification specification(Random random) {
        return new RandomCredentials(random, false).specification();
    }

    //-----------------------------------------------------------------------
    private MicroCredential credential() {
        OffsetDateTime issued = OffsetDateTime.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), 0, pick(OFFSETS));
        MicroCredential.Builder b = MicroCredential.builder()
                .learner(person())
                .awardingBodies(list(1, 2, () -> organisation(true)))
                .issued(issued)
                .specification(specification());
        if (maybe()) {
            b.id(URI.create(random.nextBoolean() ? "urn:uuid:" + uuid() : "https://credentials.example.org/c/" + uuid()));
        }
        if (maybe()) {
            b.issuer(organisation(true));
        }
        if (maybe()) {
            b.validFrom(issued);
        }
        if (maybe()) {
            b.validUntil(issued.plusYears(1 + random.nextInt(5)));
        }
        if (maybe()) {
            LocalDate end = issued.toLocalDate().minusDays(random.nextInt(60));
            b.timePeriod(random.nextInt(5) == 0 ? new TimePeriod(Optional.of(end.minusDays(30)), Optional.empty())
                    : TimePeriod.of(end.minusDays(7 + random.nextInt(200)), end));
        }
        if (maybe()) {
            b.grade(grade());
        }
        return b.build();
    }

    private CredentialSpecification specification() {
        CredentialSpecification.Builder s = CredentialSpecification.builder()
                .title(text())
                .learningOutcomes(list(1, 3, this::outcome))
                .workload(workload())
                .level(level())
                .assessmentTypes(list(1, 2, () -> concept(Vocabularies.ASSESSMENT, "assessment")))
                .participation(participation())
                .qualityAssurance(list(1, 2, this::qualityAssurance));
        if (maybe()) {
            s.id(URI.create("https://catalogue.example.org/course/" + uuid()));
        }
        if (maybe()) {
            s.description(text());
        }
        if (maybe()) {
            s.prerequisites(random.nextInt(3) == 0
                    ? new Prerequisites(Optional.empty(), List.of(URI.create("urn:uuid:" + uuid())))
                    : new Prerequisites(Optional.of(text()), random.nextBoolean() ? List.of() : List.of(URI.create("urn:uuid:" + uuid()))));
        }
        if (maybe()) {
            s.supervision(pick(Supervision.values()));
        }
        if (maybe()) {
            s.stackability(random.nextBoolean() ? Stackability.ofStandalone()
                    : new Stackability(Stackability.Option.STACKABLE, list(1, 2, this::stackingTarget)));
        }
        if (maybe()) {
            List<MultilingualText> notes = list(0, 2, this::text);
            List<WebLink> links = list(0, 2, this::link);
            List<WebLink> documents = list(0, 1, this::link);
            s.furtherInformation(notes.isEmpty() && links.isEmpty() && documents.isEmpty()
                    ? FurtherInformation.ofNote(text()) : new FurtherInformation(notes, links, documents));
        }
        if (maybe()) {
            s.provider(organisation(random.nextBoolean()));
        }
        if (maybe()) {
            s.learningResources(list(1, 3, this::link));
        }
        if (maybe()) {
            s.successOutcomes(list(1, 2, this::successOutcome));
        }
        if (maybe()) {
            s.fieldsOfEducation(list(1, 2, () -> pick(Vocabularies.ISCED_F.concepts())));
        }
        if (maybe()) {
            s.languages(distinct(1, 2, () -> pick(LANGUAGES)));
        }
        if (maybe()) {
            s.opportunityType(pick(Vocabularies.LEARNING_OPPORTUNITY.concepts()));
        }
        return s.build();
    }

    private Person person() {
        Person.Builder p = Person.builder();
        int names = random.nextInt(4);
        if (names == 0 || names == 3) {
            p.fullName(words(2));
        }
        if (names >= 1) {
            p.givenName(words(1)).familyName(words(1));
        }
        if (maybe()) {
            p.id(URI.create(random.nextBoolean() ? "did:example:" + uuid().replace("-", "") : "urn:uuid:" + uuid()));
        }
        if (maybe()) {
            p.dateOfBirth(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        int ids = random.nextInt(3);
        for (int i = 0; i < ids; i++) {
            p.identifier(personIdentifier());
        }
        if (maybe()) {
            p.identifier(Identifier.of(Identifier.NATIONAL_ID, "N" + random.nextInt(1_000_000), Country.of(pick(COUNTRIES))));
        }
        return p.build();
    }

    private Identifier personIdentifier() {
        String scheme = pick(IDENTIFIER_SCHEMES);
        return switch (scheme) {
            case Identifier.ESI -> Identifier.of(scheme, "urn:schac:personalUniqueCode:int:esi:" + pick(COUNTRIES).toLowerCase() + ":" + random.nextInt(999_999));
            case Identifier.EMAIL -> Identifier.of(scheme, "learner" + random.nextInt(10_000) + "@example.org");
            case Identifier.DID -> Identifier.of(scheme, "did:example:" + uuid().replace("-", ""));
            case Identifier.URI -> Identifier.of(scheme, "https://id.example.org/p/" + random.nextInt(10_000));
            default -> Identifier.of(scheme, "S" + random.nextInt(10_000_000));
        };
    }

    private Organisation organisation(boolean located) {
        Organisation.Builder o = Organisation.builder().legalName(text());
        if (maybe()) {
            o.id(URI.create("urn:uuid:" + uuid()));
        }
        int ids = random.nextInt(3);
        for (int i = 0; i < ids; i++) {
            o.identifier(Identifier.of(pick(ORG_SCHEMES), "ORG" + random.nextInt(1_000_000)));
        }
        if (located) {
            Country country = Country.of(pick(COUNTRIES));
            o.country(country);
            if (random.nextInt(3) == 0) {
                o.region(Concept.of("http://data.europa.eu/nuts/code/" + country.alpha2() + random.nextInt(10)));
            }
        }
        if (maybe()) {
            o.homepage(URI.create("https://www.example.org/" + random.nextInt(1000)));
        }
        return o.build();
    }

    private LearningOutcome outcome() {
        List<Concept> skills = list(0, 2, () -> random.nextInt(4) == 0
                ? Concept.of(URI.create("http://data.europa.eu/snb/dcf/" + Integer.toHexString(random.nextInt())))
                : Concept.of(URI.create(LearningOutcome.ESCO_SKILL + uuid())).withLabel(text()));
        Optional<Concept> type = random.nextInt(3) == 0
                ? Optional.of(Concept.of("http://data.europa.eu/esco/skill-type/" + pick(new String[] {"skill", "knowledge"})))
                : Optional.empty();
        Optional<Concept> reuse = random.nextInt(3) == 0 ? Optional.of(pick(Vocabularies.SKILL_REUSE_LEVEL.concepts())) : Optional.empty();
        return new LearningOutcome(text(), skills, type, reuse);
    }

    private Workload workload() {
        // ECTS 0.5..30 with scale 0..2; hours 25..30 per ECTS, so that no plausibility warning arises
        int scale = random.nextInt(3);
        BigDecimal ects = switch (scale) {
            case 0 -> BigDecimal.valueOf(1 + random.nextInt(30));
            case 1 -> BigDecimal.valueOf(5 + random.nextInt(290), 1);
            default -> BigDecimal.valueOf(50 + random.nextInt(2950), 2);
        };
        Optional<BigDecimal> hours = maybe() ? Optional.of(ects.multiply(BigDecimal.valueOf(25 + random.nextInt(6)))) : Optional.empty();
        List<CreditValue> other = random.nextInt(4) == 0 ? List.of(CreditValue.of(Vocabularies.ECVET, BigDecimal.valueOf(1 + random.nextInt(20))))
                : List.of();
        boolean noEcts = !complete && random.nextInt(6) == 0;
        if (noEcts) {
            return new Workload(Optional.empty(), Optional.of(BigDecimal.valueOf(10 + random.nextInt(500))), other);
        }
        return new Workload(Optional.of(ects), hours, other);
    }

    private Level level() {
        int kind = random.nextInt(complete ? 4 : 5);
        int eqf = 1 + random.nextInt(8);
        List<Concept> nqf = random.nextInt(3) == 0
                ? List.of(Concept.of("http://data.europa.eu/snb/qdr/c_" + Integer.toHexString(random.nextInt()), "NQF level " + eqf,
                        "http://data.europa.eu/snb/qdr/25831c2"))
                : List.of();
        return switch (kind) {
            case 0 -> new Level(Optional.of(eqf), Optional.empty(), nqf, false);
            case 1, 2 -> {
                Cycle cycle = pick(Cycle.values());
                yield new Level(Optional.of(cycle.eqfLevel()), Optional.of(cycle), nqf, false);
            }
            case 3 -> new Level(Optional.empty(), Optional.empty(), List.of(Concept.of("http://data.europa.eu/snb/qdr/c_"
                    + Integer.toHexString(random.nextInt()), "RQF Level 6", "http://data.europa.eu/snb/qdr/25831c2")), false);
            default -> Level.ofNotApplicable();
        };
    }

    private Participation participation() {
        List<Concept> modes = distinct(1, 2, () -> pick(Vocabularies.MODE.concepts()));
        Optional<Concept> setting = maybe() ? Optional.of(pick(Vocabularies.LEARNING_SETTING.concepts())) : Optional.empty();
        Optional<Concept> schedule = maybe() ? Optional.of(pick(Vocabularies.LEARNING_SCHEDULE.concepts())) : Optional.empty();
        List<Concept> activities = random.nextBoolean() ? distinct(1, 2, () -> pick(Vocabularies.LEARNING_ACTIVITY.concepts())) : List.of();
        return new Participation(modes, setting, schedule, activities);
    }

    private QualityAssurance qualityAssurance() {
        Concept type = random.nextInt(5) == 0
                ? Concept.of("https://qa.example.org/type/" + random.nextInt(100), "National QA review", "https://qa.example.org/type")
                : pick(Vocabularies.ACCREDITATION.concepts());
        LocalDate issued = LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new QualityAssurance(type,
                maybe() ? Optional.of(text()) : Optional.empty(),
                maybe() ? Optional.of(organisation(random.nextBoolean())) : Optional.empty(),
                maybe() ? Optional.of(URI.create("https://www.eqar.eu/qa-results/report/" + random.nextInt(100_000))) : Optional.empty(),
                maybe() ? Optional.of(URI.create("https://reports.example.org/" + random.nextInt(1000) + ".pdf")) : Optional.empty(),
                maybe() ? Optional.of(issued) : Optional.empty(),
                maybe() ? Optional.of(issued.plusYears(6)) : Optional.empty());
    }

    private Grade grade() {
        String[] values = {"Pass", "A", "B+", "1,7", "8.5", "excellent", "15/20"};
        return new Grade(pick(values),
                maybe() ? Optional.of(URI.create("https://grading.example.org/scheme/" + random.nextInt(10))) : Optional.empty(),
                maybe() ? Optional.of(text()) : Optional.empty(),
                maybe() ? Optional.of(pick(GradeStatus.values())) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(text()) : Optional.empty());
    }

    private StackingTarget stackingTarget() {
        int kind = random.nextInt(3);
        Optional<URI> id = kind != 1 ? Optional.of(URI.create("https://programmes.example.org/" + uuid())) : Optional.empty();
        Optional<MultilingualText> title = kind != 0 ? Optional.of(text()) : Optional.empty();
        Optional<BigDecimal> ects = maybe() ? Optional.of(BigDecimal.valueOf(1 + random.nextInt(10))) : Optional.empty();
        return new StackingTarget(id, title, ects);
    }

    private SuccessOutcome successOutcome() {
        return new SuccessOutcome(pick(SuccessOutcome.Type.values()),
                random.nextInt(4) != 0 ? Optional.of(text()) : Optional.empty(),
                random.nextBoolean() ? Optional.of(URI.create("https://programmes.example.org/" + uuid())) : Optional.empty());
    }

    private WebLink link() {
        String url = "https://www.example.org/" + words(1).replaceAll("[^A-Za-z0-9]", "x") + "/" + random.nextInt(1000);
        return random.nextBoolean() ? WebLink.of(url) : WebLink.of(url, text());
    }

    // JSON objects cannot repeat a member name (a JSON reader never keeps such a structure); XML elements can
    private ExtensionNode extensionNode(int depth, boolean uniqueNames) {
        int kind = random.nextInt(depth > 0 ? 6 : 4);
        return switch (kind) {
            case 0 -> ExtensionNode.Scalar.ofString(words(2));
            case 1 -> new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.NUMBER, BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)).toPlainString());
            case 2 -> new ExtensionNode.Scalar(ExtensionNode.Scalar.Kind.BOOLEAN, Boolean.toString(random.nextBoolean()));
            case 3 -> ExtensionNode.Scalar.ofString(words(1));
            case 4 -> new ExtensionNode.Sequence(list(1, 3, () -> extensionNode(depth - 1, uniqueNames)));
            default -> {
                List<ExtensionNode.Member> members = list(1, 3, () -> new ExtensionNode.Member("m" + random.nextInt(100), extensionNode(depth - 1, uniqueNames)));
                if (uniqueNames) {
                    List<ExtensionNode.Member> unique = new ArrayList<>();
                    for (ExtensionNode.Member m : members) {
                        if (unique.stream().noneMatch(u -> u.name().equals(m.name()))) {
                            unique.add(m);
                        }
                    }
                    members = unique;
                }
                yield new ExtensionNode.Structure(members);
            }
        };
    }

    //-----------------------------------------------------------------------
    private Concept concept(Vocabulary vocabulary, String customNamespace) {
        if (random.nextInt(8) == 0) {
            return Concept.of("https://vocab.example.org/" + customNamespace + "/" + random.nextInt(100), words(2),
                    "https://vocab.example.org/" + customNamespace);
        }
        return pick(vocabulary.concepts());
    }

    private MultilingualText text() {
        List<String> langs = distinct(1, 3, () -> pick(LANGUAGES));
        Map<String, String> m = new LinkedHashMap<>();
        for (String lang : langs) {
            m.put(lang, words(1 + random.nextInt(4)));
        }
        return new MultilingualText(m);
    }

    private String words(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(random.nextInt(3) == 0 ? pick(WORDS) : randomWord());
        }
        return sb.toString();
    }

    private String randomWord() {
        int length = 2 + random.nextInt(9);
        StringBuilder sb = new StringBuilder(length);
        sb.append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private boolean maybe() {
        return complete || random.nextBoolean();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> list(int min, int max, Supplier<T> supplier) {
        int n = (complete ? Math.max(min, 1) : min) + random.nextInt(max - (complete ? Math.max(min, 1) : min) + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(supplier.get());
        }
        return out;
    }

    private <T> List<T> distinct(int min, int max, Supplier<T> supplier) {
        List<T> out = new ArrayList<>();
        int n = min + random.nextInt(max - min + 1);
        for (int tries = 0; out.size() < n && tries < 20; tries++) {
            T t = supplier.get();
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
