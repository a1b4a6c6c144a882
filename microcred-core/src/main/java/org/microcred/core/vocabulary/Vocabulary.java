package org.microcred.core.vocabulary;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * A controlled list of concepts published under one namespace, such as the EU "SNB" lists
 * ({@code http://data.europa.eu/snb/assessment/...}).
 *
 * <p>A vocabulary is authoritative for its namespace: a concept whose URI is in the namespace but not in
 * the list is unknown ({@link #covers(URI)} but not {@link #contains(URI)}), and the {@code structural}
 * profile reports it. Concepts from other namespaces are allowed wherever the standard leaves the
 * vocabulary open.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Vocabulary {
    private final String name;
    private final URI scheme;
    private final String namespace;
    private final List<Concept> concepts;
    private final Map<URI, Concept> byUri;

    /**
     * Creates a vocabulary.
     *
     * @param name a short name, e.g. {@code "assessment"}, not null
     * @param scheme the URI of the concept scheme, not null
     * @param namespace the URI prefix of its concepts, not null
     * @param concepts the concepts, in publication order, not null
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a concept is outside the namespace
     */
    public Vocabulary(String name, URI scheme, String namespace, List<Concept> concepts) {
        this.name = Checks.notBlank(name, "name");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.namespace = Checks.notBlank(namespace, "namespace");
        this.concepts = Checks.copy(concepts, "concepts");
        Map<URI, Concept> m = new HashMap<>();
        for (Concept c : this.concepts) {
            if (!c.isIn(namespace)) {
                throw new IllegalArgumentException("Concept " + c.uri() + " is outside namespace " + namespace);
            }
            m.put(c.uri(), c);
        }
        this.byUri = Collections.unmodifiableMap(m);
    }

    /**
     * Gets the short name, e.g. {@code "assessment"}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the URI of the concept scheme.
     *
     * @return the scheme, not null
     */
    public URI scheme() {
        return scheme;
    }

    /**
     * Gets the URI prefix shared by the concepts.
     *
     * @return the namespace, not null
     */
    public String namespace() {
        return namespace;
    }

    /**
     * Gets the concepts in publication order.
     *
     * @return the concepts, unmodifiable, not null
     */
    public List<Concept> concepts() {
        return concepts;
    }

    /**
     * Obtains a vocabulary from codes and English labels, building each concept as namespace + code.
     *
     * @param name the short name, not null
     * @param namespace the namespace, not null
     * @param codesAndLabels alternating codes and English labels, not null
     * @return the vocabulary, not null
     */
    static Vocabulary of(String name, String namespace, String... codesAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            m.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return of(name, namespace, m);
    }

    static Vocabulary of(String name, String namespace, Map<String, String> codesAndLabels) {
        String scheme = namespace + "25831c2";
        List<Concept> list = codesAndLabels.entrySet().stream()
                .map(e -> Concept.of(namespace + e.getKey(), e.getValue(), scheme).withNotation(e.getKey()))
                .toList();
        return new Vocabulary(name, URI.create(scheme), namespace, list);
    }

    /**
     * Checks whether a URI is in this vocabulary's namespace, known or not.
     *
     * @param uri the URI, not null
     * @return true if this vocabulary is authoritative for the URI
     */
    public boolean covers(URI uri) {
        String s = uri.toString();
        return s.startsWith(namespace) && !s.equals(scheme.toString());
    }

    /**
     * Checks whether a URI is one of this vocabulary's concepts.
     *
     * @param uri the URI, not null
     * @return true if listed
     */
    public boolean contains(URI uri) {
        return find(uri).isPresent();
    }

    /**
     * Finds the listed concept with a URI.
     *
     * @param uri the URI, not null
     * @return the concept with its labels, not null
     */
    public Optional<Concept> find(URI uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /**
     * Gets a listed concept by its code (the last path segment of its URI).
     *
     * @param code the code, e.g. {@code "6e6cb2cc78"}, not null
     * @return the concept, not null
     * @throws IllegalArgumentException if the code is not in this vocabulary
     */
    public Concept get(String code) {
        return find(URI.create(namespace + code)).orElseThrow(() ->
                new IllegalArgumentException("Unknown code '" + code + "' in vocabulary " + name));
    }

    @Override
    public String toString() {
        return "Vocabulary[" + name + ", " + concepts.size() + " concepts]";
    }
}
