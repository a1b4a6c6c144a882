package org.microcred.core.verification;

/**
 * What a verification {@link Check} looks at.
 *
 * @since 0.1
 */
public enum CheckKind {
    /** A proof (or signature) is present at all. */
    PROOF_PRESENT,
    /** The proof is well formed: required properties present, proof value decodable. */
    PROOF_FORMAT,
    /** The cryptosuite, JWS algorithm or XML signature algorithm is known and allowed. */
    ALGORITHM,
    /** The verification key could be obtained (did:key, supplied key, JWK, certificate). */
    KEY_RESOLUTION,
    /** The signature is valid over the canonical form of the document: nothing was changed. */
    INTEGRITY,
    /** The key belongs to the issuer: its controller (or the trusted key list) matches the issuer. */
    KEY_BINDING,
    /** The proof purpose is the one the verifier expects (normally {@code assertionMethod}). */
    PROOF_PURPOSE,
    /** The proof's creation time is not in the future. */
    CREATED,
    /** The credential's {@code validFrom} (or JWT {@code nbf}) is not in the future. */
    VALID_FROM,
    /** The credential's {@code validUntil} (or JWT {@code exp}) has not passed. */
    VALID_UNTIL,
    /** Claims outside the signature agree with the signed credential (JWT {@code iss}, {@code jti} ...). */
    CLAIMS,
    /** The signature covers the whole document and nothing but it (XML references, signature wrapping). */
    COVERAGE
}
