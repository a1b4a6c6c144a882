/**
 * Controlled vocabularies: {@link org.microcred.core.vocabulary.Concept}s from open lists, the default EU
 * lists built in ({@link org.microcred.core.vocabulary.Vocabularies}), and the country and language code
 * mappings between ISO codes and EU authority URIs.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional#empty()} or empty collections, and a null argument throws
 * {@link NullPointerException} naming the parameter.
 */
package org.microcred.core.vocabulary;
