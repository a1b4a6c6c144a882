package org.microcred.core.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default EU vocabularies of the standard, built in and usable offline.
 *
 * <p>Each list is loaded from a tab-separated resource shipped in the jar ({@code code<TAB>English label});
 * the sources are recorded in the {@code PROVENANCE.md} beside them. All of these vocabularies are open in
 * the model: a concept from another scheme is accepted wherever the standard does not fix the list. A concept
 * inside one of these namespaces must be listed, though ({@link Vocabulary#covers(URI)}).
 *
 * @since 0.1
 */
public final class Vocabularies {
    private static final String SNB = "http://data.europa.eu/snb/";

    /** European Qualifications Framework levels 1–8 ({@code http://data.europa.eu/snb/eqf/}). */
    public static final Vocabulary EQF = load("eqf");
    /** Credit systems ({@code education-credit}): ECTS, ECVET, ... */
    public static final Vocabulary CREDIT_SYSTEM = load("education-credit");
    /** Modes of learning and assessment ({@code learning-assessment}): presential, online, blended, ... */
    public static final Vocabulary MODE = load("learning-assessment");
    /** Learning settings: formal and non-formal. */
    public static final Vocabulary LEARNING_SETTING = load("learning-setting");
    /** Learning schedules: full time, part time. */
    public static final Vocabulary LEARNING_SCHEDULE = load("learning-schedule");
    /** Learning activity types: classroom coursework, e-learning, internship, ... */
    public static final Vocabulary LEARNING_ACTIVITY = load("learning-activity");
    /** Assessment types (E09): written examination, portfolio, ... */
    public static final Vocabulary ASSESSMENT = load("assessment");
    /** Methods of supervision and identity verification (E13). */
    public static final Vocabulary SUPERVISION_VERIFICATION = load("supervision-verification");
    /** Accreditation (quality assurance) types (E11). */
    public static final Vocabulary ACCREDITATION = load("accreditation");
    /** Learning opportunity types (S06): course, MOOC, short learning programme, ... */
    public static final Vocabulary LEARNING_OPPORTUNITY = load("learning-opportunity");
    /** ISCED-F 2013 fields of education and training (S03), complete. */
    public static final Vocabulary ISCED_F = load("isced-f");
    /** ESCO skill reuse levels. */
    public static final Vocabulary SKILL_REUSE_LEVEL = load("skill-reuse-level");

    /** ECTS, the European Credit Transfer and Accumulation System. */
    public static final Concept ECTS = CREDIT_SYSTEM.get("6fcec5c5af");
    /** ECVET, the European Credit system for Vocational Education and Training. */
    public static final Concept ECVET = CREDIT_SYSTEM.get("60b314e826");
    /** Presential (on-site) learning. */
    public static final Concept ONSITE = MODE.get("9191af2ed9");
    /** Online learning. */
    public static final Concept ONLINE = MODE.get("920fbb3cbe");
    /** Blended learning. */
    public static final Concept BLENDED = MODE.get("e92d221e4d");
    /** Formal learning setting. */
    public static final Concept FORMAL = LEARNING_SETTING.get("6fd4685715");
    /** Non-formal learning setting. */
    public static final Concept NON_FORMAL = LEARNING_SETTING.get("e207a81fc7");
    /** Institutional quality assurance. */
    public static final Concept INSTITUTIONAL_QA = ACCREDITATION.get("bb4618238e");
    /** Programme quality assurance. */
    public static final Concept PROGRAMME_QA = ACCREDITATION.get("820101cba6");
    /** Institutional licence. */
    public static final Concept INSTITUTIONAL_LICENCE = ACCREDITATION.get("003293d2ce");
    /** Programme licence. */
    public static final Concept PROGRAMME_LICENCE = ACCREDITATION.get("e57dddfcf3");

    private static final List<Vocabulary> ALL = List.of(EQF, CREDIT_SYSTEM, MODE, LEARNING_SETTING,
            LEARNING_SCHEDULE, LEARNING_ACTIVITY, ASSESSMENT, SUPERVISION_VERIFICATION, ACCREDITATION,
            LEARNING_OPPORTUNITY, ISCED_F, SKILL_REUSE_LEVEL);

    private Vocabularies() {
    }

    /**
     * Gets every built-in vocabulary.
     *
     * @return the vocabularies, not null
     */
    public static List<Vocabulary> all() {
        return ALL;
    }

    /**
     * Finds the built-in vocabulary authoritative for a URI.
     *
     * @param uri the concept URI, not null
     * @return the vocabulary whose namespace covers the URI, not null
     */
    public static Optional<Vocabulary> covering(URI uri) {
        for (Vocabulary v : ALL) {
            if (v.covers(uri)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the concept of an EQF level.
     *
     * @param level the level, 1 to 8
     * @return the concept, not null
     * @throws IllegalArgumentException if the level is outside 1–8
     */
    public static Concept eqf(int level) {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("EQF level must be 1-8: " + level);
        }
        return EQF.get(Integer.toString(level));
    }

    /**
     * Gets an ISCED-F 2013 field of education by its code.
     *
     * @param code the 2-, 3- or 4-digit code, e.g. {@code "0613"}, not null
     * @return the concept, not null
     * @throws IllegalArgumentException if the code is not in ISCED-F 2013
     */
    public static Concept iscedF(String code) {
        return ISCED_F.get(code);
    }

    private static Vocabulary load(String name) {
        String resource = name + ".tsv";
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Vocabularies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Vocabulary resource missing from the jar: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                entries.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vocabulary resource " + resource, e);
        }
        return Vocabulary.of(name, SNB + name + "/", entries);
    }
}
