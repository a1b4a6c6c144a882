package org.microcred.core;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;

/**
 * A statement of the quality assurance that underpins the micro-credential (E11): its type (institutional
 * or programme QA, institutional or programme licence, from the ELM accreditation list, or another
 * concept), the QA body, and the decision.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param type the type of quality assurance, not null
 * @param title the title of the accreditation or QA decision, not null (empty if none)
 * @param body the QA agency or accrediting body, not null (empty if none)
 * @param decision a link to the decision, e.g. in DEQAR, not null (empty if none)
 * @param report a link to the report, not null (empty if none)
 * @param issued the date of the decision, not null (empty if none)
 * @param expires the date the decision expires or is reviewed, not null (empty if none)
 * @since 0.1
 */
public record QualityAssurance(@KnownConcept(element = Element.E11, groups = Profile.Structural.class) Concept type,
        Optional<MultilingualText> title, Optional<@Valid Organisation> body, Optional<URI> decision, Optional<URI> report,
        Optional<LocalDate> issued, Optional<LocalDate> expires) {

    /**
     * Creates a quality assurance statement.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if it expires before it is issued
     */
    public QualityAssurance {
        Objects.requireNonNull(type, "type");
        Checks.optional(title, "title");
        Checks.optional(body, "body");
        Checks.optional(decision, "decision");
        Checks.optional(report, "report");
        Checks.optional(issued, "issued");
        Checks.optional(expires, "expires");
        if (issued.isPresent() && expires.isPresent() && expires.get().isBefore(issued.get())) {
            throw new IllegalArgumentException("Quality assurance expires before it is issued: " + expires.get()
                    + " < " + issued.get());
        }
    }

    /**
     * Obtains a statement of a type of quality assurance by a body.
     *
     * @param type the type, not null
     * @param body the QA body, not null
     * @return the statement, not null
     */
    public static QualityAssurance of(Concept type, Organisation body) {
        return new QualityAssurance(type, Optional.empty(), Optional.of(body), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a statement of a type of quality assurance alone.
     *
     * @param type the type, not null
     * @return the statement, not null
     */
    public static QualityAssurance of(Concept type) {
        return new QualityAssurance(type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
