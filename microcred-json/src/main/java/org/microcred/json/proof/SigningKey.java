package org.microcred.json.proof;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key with the identifier verifiers use to find its public key: the Data Integrity
 * {@code verificationMethod} or the JWS {@code kid}.
 *
 * @param privateKey the private key, not null
 * @param publicKey the matching public key if known (needed to embed a JWK), not null
 * @param keyId the verification method / key id, e.g. {@code did:key:z6Mk…#z6Mk…}; empty for none, not null
 * @since 0.1
 */
public record SigningKey(PrivateKey privateKey, Optional<PublicKey> publicKey, String keyId) {

    /**
     * Creates a signing key.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the key type is not supported or the public key's type differs
     */
    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(keyId, "keyId");
        KeyType type = KeyType.of(privateKey);
        if (publicKey.isPresent() && KeyType.of(publicKey.get()) != type) {
            throw new IllegalArgumentException("public key type " + KeyType.of(publicKey.get())
                    + " does not match private key type " + type);
        }
    }

    /**
     * Obtains a signing key from a key pair and a key id.
     *
     * @param keyPair the key pair, not null
     * @param keyId the verification method / key id, not null
     * @return the signing key, not null
     */
    public static SigningKey of(KeyPair keyPair, String keyId) {
        return new SigningKey(keyPair.getPrivate(), Optional.of(keyPair.getPublic()), keyId);
    }

    /**
     * Obtains a signing key for an Ed25519 key pair identified by its did:key verification method, which
     * verifiers resolve offline.
     *
     * @param keyPair an Ed25519 key pair, not null
     * @return the signing key with key id {@code did:key:z6Mk…#z6Mk…}, not null
     * @throws IllegalArgumentException if the key pair is not Ed25519
     */
    public static SigningKey ofDidKey(KeyPair keyPair) {
        return of(keyPair, Multikey.didKeyVerificationMethod(keyPair.getPublic()));
    }

    /**
     * Returns a copy with another key id.
     *
     * @param keyId the new key id, not null
     * @return the copy, not null
     */
    public SigningKey withKeyId(String keyId) {
        return new SigningKey(privateKey, publicKey, keyId);
    }

    /**
     * Gets the key type.
     *
     * @return the type, not null
     */
    public KeyType type() {
        return KeyType.of(privateKey);
    }

    /** Shows the type and key id, never key material. */
    @Override
    public String toString() {
        return "SigningKey[" + type() + ", keyId=" + keyId + "]";
    }
}
