/**
 * The outcome of verifying a signed credential, shared by every signature mechanism microcred supports
 * (W3C Data Integrity proofs and VC-JWT in microcred-json, XML-DSig in microcred-xml).
 *
 * <p>A {@link org.microcred.core.verification.VerificationResult} holds one
 * {@link org.microcred.core.verification.ProofReport} per proof found, and each report lists every
 * {@link org.microcred.core.verification.Check} made with its {@link org.microcred.core.verification.Outcome}
 * and a human-readable reason. Verification fails closed: a credential is verified only when it carries at
 * least one proof and no check failed.
 *
 * <p>Null policy: no method accepts or returns null.
 *
 * @since 0.1
 */
package org.microcred.core.verification;
