package org.microcred.json.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.Format;
import org.microcred.core.format.UnsupportedContentException;
import org.microcred.core.verification.Check;
import org.microcred.core.verification.CheckKind;
import org.microcred.core.verification.ProofReport;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.Base58;

/**
 * W3C Data Integrity proofs with the EdDSA cryptosuites {@code eddsa-jcs-2022} and {@code eddsa-rdfc-2022}
 * (vc-di-eddsa v1.0): create and verify embedded proofs on a JSON(-LD) credential.
 *
 * <p>Both suites sign SHA-256(canonical proof configuration) ‖ SHA-256(canonical document) with pure
 * Ed25519 and store {@code z} + base58btc(signature) as {@code proofValue}. With {@code eddsa-jcs-2022} the
 * proof carries the document's {@code @context} (as the spec strongly advises) and a verifier checks that it
 * is a prefix of the document's; with {@code eddsa-rdfc-2022} the document is canonicalized as RDF with the
 * offline {@link JsonLdContexts}.
 *
 * <p>Signing a document that already has a proof adds one more to its proof set; every proof signs the
 * document without any proof. Verification reports each proof and the credential's validity period and
 * fails closed: see {@link VerificationResult#isVerified()}.
 *
 * @since 0.1
 */
public final class DataIntegrity {
    private static final String TYPE = "DataIntegrityProof";

    private DataIntegrity() {
    }

    /**
     * Adds a proof to a credential, using the vendored JSON-LD contexts for rdfc.
     *
     * @param document the credential, not changed, not null
     * @param key an Ed25519 key whose key id is the verification method, not null
     * @param options the proof options, not null
     * @return a signed copy, not null
     * @throws IllegalArgumentException if the key is not Ed25519 or has no key id, or the document holds
     *         values JCS cannot represent
     * @throws UnsupportedContentException if rdfc cannot canonicalize the document (unknown context URL,
     *         undefined term)
     */
    public static ObjectNode sign(ObjectNode document, SigningKey key, ProofOptions options) {
        return sign(document, key, options, JsonLdContexts.defaults());
    }

    /**
     * Adds a proof to a credential.
     *
     * @param document the credential, not changed, not null
     * @param key an Ed25519 key whose key id is the verification method, not null
     * @param options the proof options, not null
     * @param contexts the JSON-LD contexts for rdfc, not null
     * @return a signed copy, not null
     * @throws IllegalArgumentException if the key is not Ed25519 or has no key id, or the document holds
     *         values JCS cannot represent
     * @throws UnsupportedContentException if rdfc cannot canonicalize the document
     */
    public static ObjectNode sign(ObjectNode document, SigningKey key, ProofOptions options, JsonLdContexts contexts) {
        checkKey(key, options);
        return signInPlace(document.deepCopy(), key, options, contexts);
    }

    private static void checkKey(SigningKey key, ProofOptions options) {
        if (key.type() != KeyType.ED25519) {
            throw new IllegalArgumentException(options.cryptosuite().id() + " needs an Ed25519 key, not " + key.type());
        }
        if (key.keyId().isEmpty()) {
            throw new IllegalArgumentException("a Data Integrity proof needs a verification method: the key has no key id");
        }
    }

    /**
     * Adds a proof to a credential the caller owns and gives up, without copying it: {@link JsonSigner}
     * signs the tree it has just parsed.
     */
    static ObjectNode signInPlace(ObjectNode unsecured, SigningKey key, ProofOptions options, JsonLdContexts contexts) {
        checkKey(key, options);
        JsonNode existing = unsecured.remove("proof");
        Cryptosuite suite = options.cryptosuite();
        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        proof.put("type", TYPE).put("cryptosuite", suite.id());
        options.created().ifPresent(t -> proof.put("created", t.toString()));
        proof.put("verificationMethod", key.keyId()).put("proofPurpose", options.proofPurpose());
        if (suite == Cryptosuite.EDDSA_JCS_2022 && unsecured.has("@context")) {
            proof.set("@context", unsecured.get("@context").deepCopy());
        }
        byte[] hash;
        try {
            // jcs: both canonical forms go straight into SHA-256; the proof has no proofValue yet
            hash = suite == Cryptosuite.EDDSA_JCS_2022 ? jcsHashData(proof, unsecured, null)
                    : hashData(canonicalProofConfig(suite, proofConfig(suite, proof, unsecured), contexts),
                            canonicalDocument(suite, unsecured, contexts));
        } catch (Rdfc.RdfcException e) {
            throw new UnsupportedContentException(Format.JSON, CredentialFormatException.Location.of("/@context", 0, 0),
                    null, unsecured.path("@context").toString(), "cannot sign with eddsa-rdfc-2022: " + e.getMessage(), e);
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key.privateKey());
            s.update(hash);
            proof.put("proofValue", "z" + Base58.encode(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Ed25519 signing failed: " + e.getMessage(), e);
        }
        ObjectNode signed = unsecured;
        if (existing == null) {
            signed.set("proof", proof);
        } else {
            ArrayNode set = JsonNodeFactory.instance.arrayNode();
            if (existing.isArray()) {
                set.addAll((ArrayNode) existing);
            } else {
                set.add(existing);
            }
            set.add(proof);
            signed.set("proof", set);
        }
        return signed;
    }

    /**
     * Verifies every proof of a credential and its validity period.
     *
     * @param document the secured credential, not null
     * @param options how to verify, not null
     * @return the result with one report per proof, not null
     */
    public static VerificationResult verify(JsonNode document, VerificationOptions options) {
        if (!document.isObject()) {
            return VerificationResult.of(Check.failed(CheckKind.PROOF_PRESENT,
                    "the document is a JSON " + document.getNodeType() + ", not an object"));
        }
        JsonNode proofs = document.get("proof");
        if (proofs == null || proofs.isNull() || (proofs.isArray() && proofs.isEmpty())) {
            return VerificationResult.of(Check.failed(CheckKind.PROOF_PRESENT, "the document has no proof"));
        }
        List<ProofReport> reports = new ArrayList<>();
        if (proofs.isArray()) {
            for (int i = 0; i < proofs.size(); i++) {
                reports.add(verifyProof((ObjectNode) document, proofs.get(i), "proof[" + i + "]", options));
            }
        } else {
            reports.add(verifyProof((ObjectNode) document, proofs, "proof", options));
        }
        List<Check> docChecks = new ArrayList<>();
        docChecks.add(Check.passed(CheckKind.PROOF_PRESENT, reports.size() + " proof(s)"));
        docChecks.addAll(CredentialDates.validity(document, options));
        return new VerificationResult(reports, docChecks);
    }

    private static ProofReport verifyProof(ObjectNode document, JsonNode proofNode, String where,
            VerificationOptions options) {
        List<Check> checks = new ArrayList<>();
        String mechanism = proofNode.path("cryptosuite").asText(proofNode.path("type").asText("unknown"));
        String label = where + " " + mechanism;
        // 1. format
        String problem = formatProblem(proofNode);
        if (problem != null) {
            checks.add(Check.failed(CheckKind.PROOF_FORMAT, problem));
            for (CheckKind k : List.of(CheckKind.ALGORITHM, CheckKind.KEY_RESOLUTION, CheckKind.INTEGRITY,
                    CheckKind.KEY_BINDING, CheckKind.PROOF_PURPOSE, CheckKind.CREATED)) {
                checks.add(Check.skipped(k, "not checked: the proof is malformed"));
            }
            return new ProofReport(label, mechanism, checks);
        }
        ObjectNode proof = (ObjectNode) proofNode;
        String vm = proof.get("verificationMethod").textValue();
        checks.add(Check.passed(CheckKind.PROOF_FORMAT, TYPE + ", verification method " + vm));
        // 2. algorithm
        Optional<Cryptosuite> suite = Cryptosuite.find(proof.get("cryptosuite").textValue());
        boolean canVerify = true;
        if (suite.isEmpty()) {
            checks.add(Check.failed(CheckKind.ALGORITHM, "unknown cryptosuite '" + proof.get("cryptosuite").textValue()
                    + "' (supported: eddsa-jcs-2022, eddsa-rdfc-2022)"));
            canVerify = false;
        } else if (proof.has("previousProof")) {
            checks.add(Check.failed(CheckKind.ALGORITHM, "proof chains (previousProof) are not supported"));
            canVerify = false;
        } else {
            checks.add(Check.passed(CheckKind.ALGORITHM, suite.get().id()));
        }
        // 3. key
        Optional<ResolvedKey> key = Optional.empty();
        try {
            key = options.keyResolver().resolve(vm);
            if (key.isEmpty()) {
                checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "no key found for verification method " + vm
                        + " (did:key is resolved offline; supply other keys through a KeyResolver)"));
            } else if (KeyType.of(key.get().publicKey()) != KeyType.ED25519) {
                checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "the key of " + vm + " is "
                        + key.get().publicKey().getAlgorithm() + ", not Ed25519"));
                key = Optional.empty();
            } else {
                checks.add(Check.passed(CheckKind.KEY_RESOLUTION, "Ed25519 key " + Multikey.encode(key.get().publicKey())));
            }
        } catch (IllegalArgumentException e) {
            checks.add(Check.failed(CheckKind.KEY_RESOLUTION, "cannot resolve " + vm + ": " + e.getMessage()));
            key = Optional.empty();
        }
        // 4. integrity
        if (canVerify && key.isPresent()) {
            checks.add(integrity(document, proof, suite.get(), key.get().publicKey(), options.contexts()));
        } else {
            checks.add(Check.skipped(CheckKind.INTEGRITY, "not checked: no usable cryptosuite or key"));
        }
        // 5. key controller = issuer
        checks.add(key.isEmpty() ? Check.skipped(CheckKind.KEY_BINDING, "not checked: no key")
                : binding(key.get(), CredentialDates.issuerId(document)));
        // 6. purpose
        String purpose = proof.get("proofPurpose").textValue();
        checks.add(purpose.equals(options.proofPurpose())
                ? Check.passed(CheckKind.PROOF_PURPOSE, purpose)
                : Check.failed(CheckKind.PROOF_PURPOSE, "proof purpose '" + purpose + "' is not the expected '"
                        + options.proofPurpose() + "'"));
        // 7. created, expires
        checks.add(proof.has("created")
                ? CredentialDates.timeNotInFuture(CheckKind.CREATED, "created", proof.get("created"), options)
                : Check.skipped(CheckKind.CREATED, "the proof has no created time"));
        if (proof.has("expires")) {
            String expires = proof.get("expires").asText();
            try {
                checks.add(CredentialDates.parseDateTime(expires).isAfter(options.now())
                        ? Check.passed(CheckKind.VALID_UNTIL, "proof expires " + expires)
                        : Check.failed(CheckKind.VALID_UNTIL, "proof expired at " + expires));
            } catch (IllegalArgumentException e) {
                checks.add(Check.failed(CheckKind.VALID_UNTIL, "proof expires: " + e.getMessage()));
            }
        }
        return new ProofReport(label, suite.map(Cryptosuite::id).orElse(mechanism), checks);
    }

    static Check binding(ResolvedKey key, Optional<String> issuer) {
        if (key.controller().isEmpty()) {
            return Check.passed(CheckKind.KEY_BINDING, "key supplied by the verifier as trusted");
        }
        String controller = key.controller().get();
        if (issuer.isEmpty()) {
            return Check.failed(CheckKind.KEY_BINDING, "the credential has no issuer id to compare with key controller "
                    + controller);
        }
        return controller.equals(issuer.get())
                ? Check.passed(CheckKind.KEY_BINDING, "key controller is the issuer " + controller)
                : Check.failed(CheckKind.KEY_BINDING, "key controller " + controller + " is not the issuer " + issuer.get());
    }

    private static String formatProblem(JsonNode proof) {
        if (!proof.isObject()) {
            return "the proof is a JSON " + proof.getNodeType() + ", not an object";
        }
        if (!TYPE.equals(proof.path("type").asText(null))) {
            return "proof type " + proof.path("type") + " is not " + TYPE;
        }
        for (String name : List.of("cryptosuite", "verificationMethod", "proofPurpose", "proofValue")) {
            if (!proof.path(name).isTextual()) {
                return proof.has(name) ? name + " is not a string: " + proof.get(name) : "the proof has no " + name;
            }
        }
        String value = proof.get("proofValue").textValue();
        try {
            byte[] sig = decodeProofValue(value);
            if (sig.length != 64) {
                return "proofValue decodes to " + sig.length + " bytes, not a 64-byte Ed25519 signature: '"
                        + CredentialFormatException.abbreviate(value) + "'";
            }
        } catch (IllegalArgumentException e) {
            return "proofValue is not multibase base58btc: " + e.getMessage();
        }
        if (proof.has("created")) {
            try {
                CredentialDates.parseDateTime(proof.get("created").asText());
            } catch (IllegalArgumentException e) {
                return "created: " + e.getMessage();
            }
        }
        return null;
    }

    private static byte[] decodeProofValue(String value) {
        if (value.isEmpty() || value.charAt(0) != 'z') {
            throw new IllegalArgumentException("'" + CredentialFormatException.abbreviate(value)
                    + "' does not start with the base58btc prefix 'z'");
        }
        return Base58.decode(value.substring(1));
    }

    private static Check integrity(ObjectNode document, ObjectNode proof, Cryptosuite suite, PublicKey key,
            JsonLdContexts contexts) {
        try {
            byte[] hash = suite == Cryptosuite.EDDSA_JCS_2022 ? jcsVerifyHashData(document, proof)
                    : rdfcVerifyHashData(document, proof, contexts);
            if (hash == null) {
                return Check.failed(CheckKind.INTEGRITY, "the proof's @context " + proof.get("@context")
                        + " is not a prefix of the document's @context " + document.path("@context"));
            }
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(hash);
            boolean ok = s.verify(decodeProofValue(proof.get("proofValue").textValue()));
            return ok ? Check.passed(CheckKind.INTEGRITY, "Ed25519 signature valid over the " + suite.id()
                            + " canonical forms")
                    : Check.failed(CheckKind.INTEGRITY, "signature does not match: the credential or its proof options"
                            + " changed after signing, or another key signed it");
        } catch (Rdfc.RdfcException | IllegalArgumentException e) {
            return Check.failed(CheckKind.INTEGRITY, "cannot canonicalize the document: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return Check.failed(CheckKind.INTEGRITY, "Ed25519 verification error: " + e.getMessage());
        }
    }

    /**
     * The eddsa-jcs-2022 hash data of a secured document, or null when the proof's {@code @context} is not a
     * prefix of the document's. Canonicalizes views of the document (without {@code proof}, with the proof's
     * {@code @context}) and of the proof (without {@code proofValue}); copies nothing.
     */
    private static byte[] jcsVerifyHashData(ObjectNode document, ObjectNode proof) {
        JsonNode proofContext = proof.get("@context");
        if (proofContext != null && !isContextPrefix(proofContext, document.path("@context"))) {
            return null;
        }
        return jcsHashData(proof, document, proofContext);
    }

    /**
     * SHA-256(JCS(proof without proofValue)) ‖ SHA-256(JCS(document without proof, with {@code @context}
     * replaced when {@code context} is not null)), streamed into the digest.
     */
    private static byte[] jcsHashData(ObjectNode proof, ObjectNode document, JsonNode context) {
        MessageDigest sha = sha256();
        byte[] out = new byte[64];
        try {
            Jcs.digestView(proof, "proofValue", null, null, sha);
            sha.digest(out, 0, 32);
            Jcs.digestView(document, "proof", "@context", context, sha);
            sha.digest(out, 32, 32);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 digest of 32 bytes did not fit 32 bytes", e);
        }
        return out;
    }

    private static boolean isContextPrefix(JsonNode proofContext, JsonNode documentContext) {
        List<JsonNode> proofCtx = contextList(proofContext);
        List<JsonNode> docCtx = contextList(documentContext);
        return docCtx.size() >= proofCtx.size() && docCtx.subList(0, proofCtx.size()).equals(proofCtx);
    }

    /** The eddsa-rdfc-2022 hash data of a secured document (on copies), or null as {@link #jcsVerifyHashData}. */
    private static byte[] rdfcVerifyHashData(ObjectNode document, ObjectNode proof, JsonLdContexts contexts) {
        Cryptosuite suite = Cryptosuite.EDDSA_RDFC_2022;
        ObjectNode unsecured = document.deepCopy();
        unsecured.remove("proof");
        ObjectNode options = proof.deepCopy();
        options.remove("proofValue");
        if (options.has("@context")) {
            if (!isContextPrefix(options.get("@context"), unsecured.path("@context"))) {
                return null;
            }
            unsecured.set("@context", options.get("@context").deepCopy());
        }
        return hashData(canonicalProofConfig(suite, proofConfig(suite, options, unsecured), contexts),
                canonicalDocument(suite, unsecured, contexts));
    }

    private static List<JsonNode> contextList(JsonNode ctx) {
        if (ctx.isMissingNode() || ctx.isNull()) {
            return List.of();
        }
        if (ctx.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            ctx.forEach(out::add);
            return out;
        }
        return List.of(ctx);
    }

    /** The proof configuration to canonicalize: the options, with the document's @context for rdfc. */
    static ObjectNode proofConfig(Cryptosuite suite, ObjectNode proofOptions, ObjectNode unsecured) {
        ObjectNode config = proofOptions.deepCopy();
        config.remove("proofValue");
        if (suite == Cryptosuite.EDDSA_RDFC_2022 && unsecured.has("@context")) {
            config.set("@context", unsecured.get("@context").deepCopy());
        }
        return config;
    }

    static byte[] canonicalDocument(Cryptosuite suite, ObjectNode unsecured, JsonLdContexts contexts) {
        return suite == Cryptosuite.EDDSA_JCS_2022 ? Jcs.canonicalize(unsecured)
                : Rdfc.canonicalize(unsecured, contexts).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] canonicalProofConfig(Cryptosuite suite, ObjectNode proofConfig, JsonLdContexts contexts) {
        return canonicalDocument(suite, proofConfig, contexts);
    }

    static byte[] hashData(byte[] canonicalProofConfig, byte[] canonicalDocument) {
        MessageDigest sha = sha256();
        byte[] out = new byte[64];
        System.arraycopy(sha.digest(canonicalProofConfig), 0, out, 0, 32);
        System.arraycopy(sha.digest(canonicalDocument), 0, out, 32, 32);
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
