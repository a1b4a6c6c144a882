package org.microcred.core;

import java.util.Locale;

/**
 * The catalogue of the elements of the micro-credential standard.
 *
 * <p>Ids are stable: validation violations, losses, conformance checks and fixtures refer to them.
 * {@code E01}–{@code E16} are the elements of Annex I of the EU Council Recommendation of 16 June 2022
 * (2022/C 243/02): eleven mandatory, five optional. {@code N01}–{@code N05} are the NESET 2020 critical
 * information items beyond Annex I. {@code S01}–{@code S08} are supporting elements every wire format needs.
 *
 * @since 0.1
 */
public enum Element {
    /** Identification of the learner. */
    E01("identification of the learner", Kind.MANDATORY),
    /** Title of the micro-credential. */
    E02("title of the micro-credential", Kind.MANDATORY),
    /** Country(ies)/region(s) of the issuer. */
    E03("country(ies)/region(s) of the issuer", Kind.MANDATORY),
    /** Awarding body(ies). */
    E04("awarding body(ies)", Kind.MANDATORY),
    /** Date of issuing. */
    E05("date of issuing", Kind.MANDATORY),
    /** Learning outcomes. */
    E06("learning outcomes", Kind.MANDATORY),
    /** Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible). */
    E07("notional workload", Kind.MANDATORY),
    /** Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA); mandatory if applicable. */
    E08("level (and cycle)", Kind.MANDATORY),
    /** Type of assessment. */
    E09("type of assessment", Kind.MANDATORY),
    /** Form of participation in the learning activity. */
    E10("form of participation", Kind.MANDATORY),
    /** Type of quality assurance used to underpin the micro-credential. */
    E11("type of quality assurance", Kind.MANDATORY),
    /** Prerequisites needed to enrol in the learning activity. */
    E12("prerequisites needed to enrol", Kind.OPTIONAL),
    /** Type of supervision and identity verification during assessment. */
    E13("supervision and identity verification during assessment", Kind.OPTIONAL),
    /** Grade achieved. */
    E14("grade achieved", Kind.OPTIONAL),
    /** Integration/stackability options. */
    E15("integration / stackability options", Kind.OPTIONAL),
    /** Further information. */
    E16("further information", Kind.OPTIONAL),
    /** Provider, when it differs from the awarding body (NESET). */
    N01("provider", Kind.NESET),
    /** Description of content and purpose (NESET). */
    N02("description", Kind.NESET),
    /** Time period of the learning (NESET). */
    N03("time period", Kind.NESET),
    /** Learning resources (NESET). */
    N04("learning resources", Kind.NESET),
    /** Outcome for a successful learner (NESET). */
    N05("outcome for a successful learner", Kind.NESET),
    /** Credential identifier. */
    S01("credential identifier", Kind.SUPPORTING),
    /** Issuer: the sealing or signing party, which may differ from the awarding body. */
    S02("issuer (sealing/signing party)", Kind.SUPPORTING),
    /** Field of education (ISCED-F 2013). */
    S03("field of education", Kind.SUPPORTING),
    /** Language(s) of instruction and assessment. */
    S04("language(s) of instruction / assessment", Kind.SUPPORTING),
    /** Validity: valid from and valid until. */
    S05("validity", Kind.SUPPORTING),
    /** Learning opportunity type. */
    S06("learning opportunity type", Kind.SUPPORTING),
    /** Specification versus award: the published course definition is separate from the award. */
    S07("specification vs award", Kind.SUPPORTING),
    /** Extensions: content of a source document that the model does not know, kept and written back. */
    S08("extensions", Kind.SUPPORTING);

    private final String title;
    private final Kind kind;

    Element(String title, Kind kind) {
        this.title = title;
        this.kind = kind;
    }

    /**
     * Gets the element's name as the standard words it, in lower case, e.g. {@code "learning outcomes"}.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets the kind of the element.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the element's id, e.g. {@code "E06"}; the same as {@link #name()}.
     *
     * @return the id, not null
     */
    public String id() {
        return name();
    }

    /**
     * Obtains an element from its id, ignoring case.
     *
     * @param id the id, e.g. {@code "e06"}, not null
     * @return the element, not null
     * @throws IllegalArgumentException if no element has that id
     */
    public static Element of(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown element id '" + id + "' (expected E01-E16, N01-N05 or S01-S08)", e);
        }
    }

    /**
     * How an element figures in the standard.
     *
     * @since 0.1
     */
    public enum Kind {
        /** Mandatory in Annex I ({@code M}). */
        MANDATORY,
        /** Optional in Annex I ({@code O}). */
        OPTIONAL,
        /** A NESET 2020 item beyond Annex I ({@code N}). */
        NESET,
        /** A supporting element ({@code S}). */
        SUPPORTING
    }
}
