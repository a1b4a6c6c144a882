/**
 * Signatures on JSON credentials: RFC 8785 JCS, W3C Data Integrity {@code eddsa-jcs-2022} and
 * {@code eddsa-rdfc-2022}, and VC-JWT (RS256, ES256, EdDSA). Everything works offline: did:key is resolved
 * locally and JSON-LD contexts come from {@link org.microcred.json.proof.JsonLdContexts}.
 *
 * <p>Signing works on the JSON a codec wrote, verification on the JSON as received, so this package does
 * not depend on the codecs. Entry points:
 * <ul>
 *   <li>{@link org.microcred.json.proof.Keys}: generate keys, read and write PEM and JWK files;
 *       {@link org.microcred.json.proof.SigningKey} pairs a private key with its verification method / kid;</li>
 *   <li>{@link org.microcred.json.proof.JsonSigner} / {@link org.microcred.json.proof.JsonVerifier}: bytes in,
 *       bytes or a {@link org.microcred.core.verification.VerificationResult} out;</li>
 *   <li>{@link org.microcred.json.proof.DataIntegrity}, {@link org.microcred.json.proof.VcJwt},
 *       {@link org.microcred.json.proof.Jcs}: the mechanisms on Jackson trees;</li>
 *   <li>{@link org.microcred.json.proof.KeyResolver} and
 *       {@link org.microcred.json.proof.VerificationOptions}: where verification keys come from, time, purpose.</li>
 * </ul>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional.empty()}.
 *
 * @since 0.1
 */
package org.microcred.json.proof;
