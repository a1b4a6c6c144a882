package org.microcred.json.internal;

import java.net.URI;
import org.microcred.core.GradeStatus;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.vocabulary.Concept;

/**
 * The IRIs of ELM v3 / EDC and of microcred's own ELM extension namespace.
 *
 * <p>microcred writes an element that has no ELM slot as a property of the namespace {@value #MC_NAMESPACE}
 * (prefix {@code mc}, declared inline in the document's {@code @context}), so that every term stays
 * defined, EDC consumers can ignore it and microcred reads it back.
 */
public final class ElmVocabulary {
    /** The VC Data Model 1.1 context. */
    public static final String CONTEXT_VC1 = "https://www.w3.org/2018/credentials/v1";
    /** The VC Data Model 2.0 context. */
    public static final String CONTEXT_VC2 = "https://www.w3.org/ns/credentials/v2";
    /** The EDC application-profile context of ELM v3. */
    public static final String CONTEXT_EDC = "http://data.europa.eu/snb/model/context/edc-ap";
    /** microcred's namespace for elements without an ELM slot. */
    public static final String MC_NAMESPACE = "https://w3id.org/microcred/ns/elm#";
    /** The prefix of {@link #MC_NAMESPACE}. */
    public static final String MC = "mc:";
    /** The SHACL application profile the written credentials declare. */
    public static final String GENERIC_PROFILE_SHAPES = "http://data.europa.eu/snb/model/ap/edc-generic-full";
    /** The "Generic" credential profile concept. */
    public static final Concept GENERIC_PROFILE = Concept.of("http://data.europa.eu/snb/credential/e34929035b", "Generic",
            "http://data.europa.eu/snb/credential/25831c2");
    /** The country authority table (scheme of country concepts). */
    public static final URI COUNTRY_SCHEME = URI.create("http://publications.europa.eu/resource/authority/country");
    /** The language authority table. */
    public static final URI LANGUAGE_SCHEME = URI.create("http://publications.europa.eu/resource/authority/language");
    /** English, the language of the display parameter when the title has no better one. */
    public static final URI ENGLISH = URI.create("http://publications.europa.eu/resource/authority/language/ENG");
    /** Base64 content encoding. */
    public static final Concept BASE64 = Concept.of("http://data.europa.eu/snb/encoding/6146cde7dd", "base64",
            "http://data.europa.eu/snb/encoding/25831c2");
    /** PNG file type. */
    public static final Concept PNG = Concept.of("http://publications.europa.eu/resource/authority/file-type/PNG", "PNG",
            "http://publications.europa.eu/resource/authority/file-type");
    /** The ESCO skill namespace. */
    public static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    /** The EQF namespace: {@code …/eqf/1} to {@code …/eqf/8}. */
    public static final String EQF = "http://data.europa.eu/snb/eqf/";
    /** microcred's grade-status concepts (the EU list's codes are not published with ELM). */
    public static final String GRADE_STATUS = "https://w3id.org/microcred/vocab/grade-status/";
    /** microcred's entitlement-type concepts for N05. */
    public static final String SUCCESS_OUTCOME = "https://w3id.org/microcred/vocab/success-outcome/";
    /** microcred's entitlement-status concept for N05 ("expected": granted on success). */
    public static final Concept ENTITLEMENT_EXPECTED = Concept.of("https://w3id.org/microcred/vocab/entitlement-status/expected",
            "expected", "https://w3id.org/microcred/vocab/entitlement-status");

    /**
     * A 1x1 transparent PNG: ELM requires every credential to embed a rendering of itself
     * ({@code displayParameter.individualDisplay.displayDetail.image}); microcred does not render, so it
     * embeds this placeholder, which EDC tooling replaces when it renders.
     */
    public static final String PLACEHOLDER_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private ElmVocabulary() {
    }

    /**
     * Gets the concept of a grade status.
     *
     * @param s the status, not null
     * @return the concept, not null
     */
    public static Concept gradeStatus(GradeStatus s) {
        String code = Trees.kebab(s);
        return Concept.of(GRADE_STATUS + code, code, GRADE_STATUS.substring(0, GRADE_STATUS.length() - 1));
    }

    /**
     * Gets the entitlement-type concept of a success outcome type.
     *
     * @param t the type, not null
     * @return the concept, not null
     */
    public static Concept successOutcome(SuccessOutcome.Type t) {
        String code = Trees.kebab(t);
        return Concept.of(SUCCESS_OUTCOME + code, code, SUCCESS_OUTCOME.substring(0, SUCCESS_OUTCOME.length() - 1));
    }
}
