package org.microcred.json.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;
import org.microcred.core.verification.Check;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.ProofReport;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * VC-JWT as Open Badges 3.0 defines it: a compact JWS whose payload is the credential plus the JWT claims
 * {@code iss} (issuer id), {@code jti} (credential id), {@code sub} (subject id), {@code nbf}
 * ({@code validFrom}) and {@code exp} ({@code validUntil}); JOSE header {@code alg}, {@code typ: JWT} and
 * either {@code kid} or a public {@code jwk}.
 *
 * <p>Algorithms: {@code RS256}, {@code ES256} (r‖s signature form) and {@code EdDSA}, all with the JDK's
 * providers. {@code none}, HMAC and {@code crit} extensions are refused.
 *
 * @since 0.1
 */
public final class VcJwt {
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DEC = Base64.getUrlDecoder();

    private VcJwt() {
    }

    /**
     * Checks whether a text looks like a compact JWS (three base64url parts).
     *
     * @param text the text, not null
     * @return true if it has the compact JWS shape
     */
    public static boolean isCompactJws(String text) {
        return COMPACT.matcher(text.strip()).matches();
    }

    /**
     * Signs a credential as a VC-JWT. The algorithm follows the key type; the header carries the key's key id
     * as {@code kid}, or its public key as {@code jwk} when the key id is empty.
     *
     * @param credential the credential (may already carry Data Integrity proofs), not null
     * @param key the signing key, not null
     * @return the compact JWS, not null
     * @throws IllegalArgumentException if the key has neither a key id nor a public key
     */
    public static String sign(ObjectNode credential, SigningKey key) {
        JwsAlgorithm alg = JwsAlgorithm.of(key.type());
        ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", alg.jwsName()).put("typ", "JWT");
        if (!key.keyId().isEmpty()) {
            header.put("kid", key.keyId());
        } else {
            header.set("jwk", Keys.toJwk(key.publicKey().orElseThrow(() -> new IllegalArgumentException(
                    "the key has neither a key id nor a public key to put in the JWS header"))));
        }
        ObjectNode payload = credential.deepCopy();
        CredentialDates.issuerId(credential).ifPresent(iss -> payload.put("iss", iss));
        textAt(credential, "id").ifPresent(id -> payload.put("jti", id));
        textAt(credential.path("credentialSubject"), "id").ifPresent(sub -> payload.put("sub", sub));
        textAt(credential, "validFrom").ifPresent(t -> payload.put("nbf", CredentialDates.parseDateTime(t).getEpochSecond()));
        textAt(credential, "validUntil").ifPresent(t -> payload.put("exp", CredentialDates.parseDateTime(t).getEpochSecond()));
        String input = B64.encodeToString(JsonSupport.compact(header)) + "." + B64.encodeToString(JsonSupport.compact(payload));
        try {
            Signature s = Signature.getInstance(alg.jcaName());
            s.initSign(key.privateKey());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(alg.jwsName() + " signing failed: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes the payload of a compact JWS without verifying it.
     *
     * @param compactJws the JWS, not null
     * @return the payload: the credential with its JWT claims, not null
     * @throws MalformedDocumentException if the text is not a compact JWS with a JSON object payload
     */
    public static ObjectNode payload(String compactJws) {
        return parts(compactJws).payload;
    }

    /**
     * Verifies a VC-JWT: signature, key, claims against the credential, and the validity period.
     *
     * @param compactJws the JWS, not null
     * @param options how to verify, not null
     * @return the result with one report for the JWS, not null
     * @throws MalformedDocumentException if the text is not a compact JWS whose header and payload are JSON objects
     */
    public static VerificationResult verify(String compactJws, VerificationOptions options) {
        Parts p = parts(compactJws);
        List<Check> checks = new ArrayList<>();
        String algName = p.header.path("alg").asText("");
        String label = "jws";
        String mechanism = "jwt " + (algName.isEmpty() ? "?" : algName);
        // format
        String problem = null;
        if (!p.header.path("alg").isTextual()) {
            problem = "the JOSE header has no alg";
        } else if (p.header.has("crit")) {
            problem = "the JOSE header has crit " + p.header.get("crit") + ": no JWS extension is supported";
        } else if (p.header.has("typ") && !List.of("JWT", "vc+jwt").contains(p.header.get("typ").asText())) {
            problem = "typ " + p.header.get("typ") + " is not JWT";
        }
        if (problem != null) {
            checks.add(Check.failed(CheckKind.PROOF_FORMAT, problem));
        } else {
            checks.add(Check.passed(CheckKind.PROOF_FORMAT, "compact JWS, header " + p.header));
        }
        Optional<JwsAlgorithm> alg = JwsAlgorithm.find(algName);
        checks.add(alg.isPresent() ? Check.passed(CheckKind.ALGORITHM, algName)
                : Check.failed(CheckKind.ALGORITHM, "JWS alg '" + algName + "' is refused (supported: RS256, ES256, EdDSA)"));
        // key
        Optional<ResolvedKey> key = Optional.empty();
        boolean embedded = false;
        try {
            if (p.header.path("kid").isTextual()) {
                key = options.keyResolver().resolve(p.header.get("kid").textValue());
            }
            if (key.isEmpty() && p.header.path("jwk").isObject()) {
                if (p.header.get("jwk").has("d")) {
                    throw new IllegalArgumentException("the header JWK contains a private key part \"d\"");
                }
                key = Optional.of(new ResolvedKey("jwk", Keys.fromJwk(p.header.get("jwk")), Optional.of("")));
                embedded = true;
            }
            if (key.isEmpty()) {
                checks.add(Check.failed(CheckKind.KEY_RESOLUTION, p.header.has("kid")
                        ? "no key found for kid " + p.header.get("kid").asText() + " (supply it through a KeyResolver)"
                        : "the JOSE header has neither a resolvable kid nor a jwk"));
            } else if (alg.isPresent() && KeyType.of(key.get().publicKey()) != alg.get().keyType()) {
                checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "the key is " + KeyType.of(key.get().publicKey())
                        + " but alg " + algName + " needs " + alg.get().keyType()));
                key = Optional.empty();
            } else if (key.get().publicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
                checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "RSA key of " + rsa.getModulus().bitLength()
                        + " bits is too weak (minimum 2048)"));
                key = Optional.empty();
            } else {
                checks.add(Check.passed(CheckKind.KEY_RESOLUTION, (embedded ? "key from the header jwk: " : "key for kid "
                        + p.header.get("kid").asText() + ": ") + KeyType.of(key.get().publicKey())));
            }
        } catch (IllegalArgumentException e) {
            checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "unusable key: " + e.getMessage()));
            key = Optional.empty();
        }
        // integrity
        if (problem == null && alg.isPresent() && key.isPresent()) {
            checks.add(integrity(p, alg.get(), key.get().publicKey()));
        } else {
            checks.add(Check.skipped(CheckKind.INTEGRITY, "not checked: malformed header, refused alg or no key"));
        }
        // binding
        Optional<String> iss = textAt(p.payload, "iss").or(() -> CredentialDates.issuerId(p.payload));
        if (key.isEmpty()) {
            checks.add(Check.skipped(CheckKind.KEY_BINDING, "not checked: no key"));
        } else if (embedded) {
            PublicKey k = key.get().publicKey();
            boolean didKeyIssuer = KeyType.of(k) == KeyType.ED25519 && iss.isPresent() && iss.get().equals(Multikey.didKey(k));
            checks.add(didKeyIssuer ? Check.passed(CheckKind.KEY_BINDING, "the issuer is the did:key of the header jwk")
                    : Check.failed(CheckKind.KEY_BINDING, "the key comes from the JWS header and nothing binds it to issuer "
                            + iss.orElse("(none)") + "; supply the issuer's key through a KeyResolver"));
        } else {
            checks.add(DataIntegrity.binding(key.get(), iss));
        }
        checks.add(Check.skipped(CheckKind.PROOF_PURPOSE, "a JWS has no proof purpose"));
        checks.add(p.payload.has("iat") ? numericNotInFuture(CheckKind.CREATED, "iat", p.payload.get("iat"), options)
                : Check.skipped(CheckKind.CREATED, "no iat claim"));
        checks.add(claims(p.payload));
        List<Check> docChecks = new ArrayList<>();
        docChecks.add(Check.passed(CheckKind.PROOF_PRESENT, "VC-JWT"));
        List<Check> validity = CredentialDates.validity(p.payload, options);
        docChecks.add(p.payload.has("nbf") ? numericNotInFuture(CheckKind.VALID_FROM, "nbf", p.payload.get("nbf"), options)
                : validity.get(0));
        if (p.payload.has("exp")) {
            JsonNode exp = p.payload.get("exp");
            docChecks.add(!exp.canConvertToLong() ? Check.failed(CheckKind.VALID_UNTIL, "exp is not a NumericDate: " + exp)
                    : Instant.ofEpochSecond(exp.asLong()).isAfter(options.now())
                            ? Check.passed(CheckKind.VALID_UNTIL, "exp " + Instant.ofEpochSecond(exp.asLong()) + " has not passed")
                            : Check.failed(CheckKind.VALID_UNTIL, "expired: exp " + Instant.ofEpochSecond(exp.asLong())
                                    + " is before " + options.now()));
        } else {
            docChecks.add(validity.get(1));
        }
        return new VerificationResult(List.of(new ProofReport(label, mechanism, checks)), docChecks);
    }

    private static Check integrity(Parts p, JwsAlgorithm alg, PublicKey key) {
        try {
            byte[] sig = B64_DEC.decode(p.signature);
            if (alg == JwsAlgorithm.ES256 && sig.length != 64) {
                return Check.failed(CheckKind.INTEGRITY, "ES256 signature has " + sig.length + " bytes, not the 64-byte r||s form");
            }
            Signature s = Signature.getInstance(alg.jcaName());
            s.initVerify(key);
            s.update(p.signingInput.getBytes(StandardCharsets.US_ASCII));
            return s.verify(sig) ? Check.passed(CheckKind.INTEGRITY, alg.jwsName() + " signature valid")
                    : Check.failed(CheckKind.INTEGRITY, "signature does not match: the JWS was changed after signing, "
                            + "or another key signed it");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Check.failed(CheckKind.INTEGRITY, "malformed " + alg.jwsName() + " signature: " + e.getMessage());
        }
    }

    private static Check claims(ObjectNode payload) {
        List<String> wrong = new ArrayList<>();
        compare(wrong, "iss", textAt(payload, "iss"), CredentialDates.issuerId(payload), "issuer id");
        compare(wrong, "jti", textAt(payload, "jti"), textAt(payload, "id"), "id");
        compare(wrong, "sub", textAt(payload, "sub"), textAt(payload.path("credentialSubject"), "id"), "credentialSubject.id");
        compareTime(wrong, "nbf", payload, "validFrom");
        compareTime(wrong, "exp", payload, "validUntil");
        if (!payload.has("iss")) {
            wrong.add("the iss claim is missing");
        }
        return wrong.isEmpty() ? Check.passed(CheckKind.CLAIMS, "JWT claims agree with the credential")
                : Check.failed(CheckKind.CLAIMS, String.join("; ", wrong));
    }

    private static void compare(List<String> wrong, String claim, Optional<String> claimValue, Optional<String> vcValue,
            String vcName) {
        if (claimValue.isPresent() && vcValue.isPresent() && !claimValue.equals(vcValue)) {
            wrong.add(claim + " '" + claimValue.get() + "' differs from " + vcName + " '" + vcValue.get() + "'");
        }
    }

    private static void compareTime(List<String> wrong, String claim, ObjectNode payload, String vcName) {
        Optional<String> vc = textAt(payload, vcName);
        if (!payload.has(claim) || vc.isEmpty()) {
            return;
        }
        try {
            long expected = CredentialDates.parseDateTime(vc.get()).getEpochSecond();
            if (!payload.get(claim).canConvertToLong() || payload.get(claim).asLong() != expected) {
                wrong.add(claim + " " + payload.get(claim) + " differs from " + vcName + " " + vc.get() + " (" + expected + ")");
            }
        } catch (IllegalArgumentException e) {
            wrong.add(vcName + ": " + e.getMessage());
        }
    }

    private static Check numericNotInFuture(CheckKind kind, String claim, JsonNode v, VerificationOptions options) {
        if (!v.canConvertToLong()) {
            return Check.failed(kind, claim + " is not a NumericDate: " + v);
        }
        Instant t = Instant.ofEpochSecond(v.asLong());
        return t.isAfter(options.now().plus(options.clockSkew()))
                ? Check.failed(kind, claim + " " + t + " is in the future (now " + options.now() + ")")
                : Check.passed(kind, claim + " " + t + " is not in the future");
    }

    private static Optional<String> textAt(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    private static Parts parts(String compactJws) {
        String jws = compactJws.strip();
        if (!COMPACT.matcher(jws).matches()) {
            throw new MalformedDocumentException(Format.OB3, CredentialFormatException.Location.UNKNOWN, null,
                    CredentialFormatException.abbreviate(jws), "not a compact JWS (three base64url parts separated by '.')", null);
        }
        String[] p = jws.split("\\.", -1);
        ObjectNode header = decodeObject(p[0], "JOSE header");
        ObjectNode payload = decodeObject(p[1], "JWS payload");
        return new Parts(header, payload, p[0] + "." + p[1], p[2]);
    }

    private static ObjectNode decodeObject(String part, String what) {
        byte[] json;
        try {
            json = B64_DEC.decode(part);
        } catch (IllegalArgumentException e) {
            throw new MalformedDocumentException(Format.OB3, CredentialFormatException.Location.UNKNOWN, null,
                    CredentialFormatException.abbreviate(part), "the " + what + " is not base64url", e);
        }
        try {
            return JsonSupport.parseObject(json);
        } catch (MalformedDocumentException e) {
            throw new MalformedDocumentException(Format.OB3, CredentialFormatException.Location.UNKNOWN, null,
                    CredentialFormatException.abbreviate(new String(json, StandardCharsets.UTF_8)),
                    "the " + what + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private record Parts(ObjectNode header, ObjectNode payload, String signingInput, String signature) {
    }
}
