package org.microcred.json.proof;

import java.security.PublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the public key behind a Data Integrity {@code verificationMethod} or a JWS {@code kid}.
 *
 * <p>microcred never fetches keys over the network. {@link #didKey()} resolves {@code did:key} Ed25519
 * identifiers offline; keys behind HTTPS issuer profiles or other DID methods must be supplied by the
 * caller ({@link #of(String, PublicKey, String)}, {@link #trusting(PublicKey)}) and combined with
 * {@link #or(KeyResolver)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface KeyResolver {

    /**
     * Resolves a verification method or key id.
     *
     * @param id the verification method URL or JWS kid, not null
     * @return the key, or empty if this resolver does not know it, not null
     * @throws IllegalArgumentException if the id is malformed for a method this resolver handles (e.g. a
     *         did:key that is not an Ed25519 Multikey)
     */
    Optional<ResolvedKey> resolve(String id);

    /**
     * Obtains a resolver for {@code did:key} Ed25519 identifiers ({@code did:key:z6Mk…} with or without
     * the {@code #z6Mk…} fragment), whose controller is the DID itself.
     *
     * @return the resolver, not null
     */
    static KeyResolver didKey() {
        return id -> Multikey.resolveDidKey(id);
    }

    /**
     * Obtains a resolver that knows one key, controlled by the given party.
     *
     * @param id the verification method / key id, not null
     * @param publicKey the public key, not null
     * @param controller the key's controller, normally the issuer id, not null
     * @return the resolver, not null
     */
    static KeyResolver of(String id, PublicKey publicKey, String controller) {
        ResolvedKey key = new ResolvedKey(id, publicKey, Optional.of(controller));
        return wanted -> wanted.equals(id) ? Optional.of(key) : Optional.empty();
    }

    /**
     * Obtains a resolver from a map of verification method ids to keys.
     *
     * @param keys the keys by id, not null
     * @return the resolver, not null
     */
    static KeyResolver of(Map<String, ResolvedKey> keys) {
        Map<String, ResolvedKey> copy = Map.copyOf(keys);
        return wanted -> Optional.ofNullable(copy.get(wanted));
    }

    /**
     * Obtains a resolver that answers every id with one key the verifier trusts for any issuer (e.g. a key
     * given on the command line). The key-binding check then reports the key as supplied by the verifier.
     *
     * @param publicKey the trusted key, not null
     * @return the resolver, not null
     */
    static KeyResolver trusting(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        return id -> Optional.of(new ResolvedKey(id, publicKey, Optional.empty()));
    }

    /**
     * Returns a resolver that asks this one first, then the other.
     *
     * @param other the fallback, not null
     * @return the combined resolver, not null
     */
    default KeyResolver or(KeyResolver other) {
        Objects.requireNonNull(other, "other");
        return id -> {
            Optional<ResolvedKey> found = resolve(id);
            return found.isPresent() ? found : other.resolve(id);
        };
    }
}
