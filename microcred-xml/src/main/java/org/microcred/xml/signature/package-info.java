/**
 * Enveloped XML signatures (W3C XML-DSig) for ELMO and microcred XML documents, with the JDK's
 * {@code javax.xml.crypto} provider.
 *
 * <p>{@link org.microcred.xml.signature.XmlSigner} appends one {@code ds:Signature} to the document element,
 * covering the whole document ({@code Reference URI=""}, enveloped-signature and exclusive C14N transforms,
 * SHA-256 digest, RSA-SHA256 or ECDSA-SHA256). {@link org.microcred.xml.signature.XmlSignatureVerifier}
 * checks exactly that shape and nothing looser: one signature, a child of the document element, one
 * reference to the whole document, no other transforms; SHA-1 only when the caller opts in; the signing key
 * must be one the caller trusts. Results are {@link org.microcred.core.verification.VerificationResult}s.
 *
 * <p>Null policy: no method accepts or returns null.
 *
 * @since 0.1
 */
package org.microcred.xml.signature;
