/**
 * The model of the micro-credential standard: {@link org.microcred.core.MicroCredential} (the award to one
 * learner) and {@link org.microcred.core.CredentialSpecification} (the course definition it refers to), the
 * value types of each element, and the {@link org.microcred.core.Element} catalogue that violations, losses
 * and conformance fixtures refer to.
 *
 * <h2>Design</h2>
 * Every type is an immutable record. Each record's canonical constructor is the single point that checks
 * invariants (non-null components, defensive copies, ranges that make a value meaningless); builders collect
 * values and hand them to it, and withers ({@code with...}, {@code without(Element)}) go through it again.
 * Whether a credential meets the standard is a separate question, answered by the validation profiles of
 * {@link org.microcred.core.validation}.
 *
 * <h2>Null policy</h2>
 * No method accepts or returns {@code null}. An absent single value is {@link java.util.Optional#empty()};
 * an absent list is an empty list. A null argument throws {@link NullPointerException} naming the parameter.
 */
package org.microcred.core;
