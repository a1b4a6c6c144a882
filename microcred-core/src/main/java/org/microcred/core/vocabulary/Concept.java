package org.microcred.core.vocabulary;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.MultilingualText;
import org.microcred.core.internal.Checks;

/**
 * A value from an open, controlled vocabulary: a URI with optional labels, scheme and notation, in the
 * manner of a SKOS concept.
 *
 * <p>Open vocabularies (assessment types, modes of learning, accreditation types, ESCO skills, ISCED-F
 * fields, ...) accept any URI; the default EU lists are built into {@link Vocabularies}. Two concepts with
 * the same URI mean the same thing even if their labels differ: use {@link #sameAs(Concept)} to compare
 * meaning, {@code equals} to compare the full value.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param uri the concept's URI, not null, absolute
 * @param label the preferred label, not null (empty if none)
 * @param scheme the URI of the concept scheme (vocabulary) it belongs to, not null (empty if unknown)
 * @param notation the code of the concept within its scheme, e.g. {@code "0613"}, not null (empty if none)
 * @since 0.1
 */
public record Concept(URI uri, Optional<MultilingualText> label, Optional<URI> scheme, Optional<String> notation) {

    /**
     * Creates a concept.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the URI is not absolute or the notation is blank
     */
    public Concept {
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("Concept URI must be absolute: '" + uri + "'");
        }
        Checks.optional(label, "label");
        Checks.optional(scheme, "scheme");
        Checks.optionalNotBlank(notation, "notation");
    }

    /**
     * Obtains a concept from its URI alone.
     *
     * @param uri the URI, not null
     * @return the concept, not null
     */
    public static Concept of(URI uri) {
        return new Concept(uri, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a concept by parsing its URI.
     *
     * @param uri the URI text, not null
     * @return the concept, not null
     * @throws IllegalArgumentException if the text is not an absolute URI
     */
    public static Concept of(String uri) {
        return of(URI.create(uri));
    }

    /**
     * Obtains a concept with an English label and a scheme.
     *
     * @param uri the URI text, not null
     * @param englishLabel the English label, not null
     * @param scheme the scheme URI text, not null
     * @return the concept, not null
     */
    public static Concept of(String uri, String englishLabel, String scheme) {
        return new Concept(URI.create(uri), Optional.of(MultilingualText.of("en", englishLabel)),
                Optional.of(URI.create(scheme)), Optional.empty());
    }

    /**
     * Checks whether this concept has the same URI as another.
     *
     * @param other the other concept, not null
     * @return true if both denote the same concept
     */
    public boolean sameAs(Concept other) {
        return uri.equals(other.uri);
    }

    /**
     * Checks whether this concept's URI starts with a namespace, e.g. {@code http://data.europa.eu/snb/eqf/}.
     *
     * @param namespace the namespace, not null
     * @return true if the URI is in the namespace
     */
    public boolean isIn(String namespace) {
        return uri.toString().startsWith(namespace);
    }

    /**
     * Returns a copy with a label.
     *
     * @param label the label, not null
     * @return a new concept, not null
     */
    public Concept withLabel(MultilingualText label) {
        return new Concept(uri, Optional.of(label), scheme, notation);
    }

    /**
     * Returns a copy with a scheme.
     *
     * @param scheme the scheme URI, not null
     * @return a new concept, not null
     */
    public Concept withScheme(URI scheme) {
        return new Concept(uri, label, Optional.of(scheme), notation);
    }

    /**
     * Returns a copy with a notation.
     *
     * @param notation the notation, not null
     * @return a new concept, not null
     */
    public Concept withNotation(String notation) {
        return new Concept(uri, label, scheme, Optional.of(notation));
    }
}
