package org.microcred.json.proof;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

import org.microcred.json.proof.internal.Base58;

/**
 * Ed25519 Multikey encoding (W3C Controlled Identifiers / vc-di-eddsa) and {@code did:key} identifiers.
 *
 * <p>A public key is {@code z} + base58btc(0xed 0x01 ‖ 32 key bytes), so it always starts {@code z6Mk}; a
 * secret key is {@code z} + base58btc(0x80 0x26 ‖ 32-byte seed). The did:key verification method of a key
 * {@code mb} is {@code did:key:mb#mb}.
 *
 * @since 0.1
 */
public final class Multikey {
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};
    private static final String DID_KEY = "did:key:";

    private Multikey() {
    }

    /**
     * Encodes an Ed25519 public key as {@code publicKeyMultibase}.
     *
     * @param publicKey an Ed25519 public key, not null
     * @return the multibase value, {@code z6Mk…}, not null
     * @throws IllegalArgumentException if the key is not Ed25519
     */
    public static String encode(PublicKey publicKey) {
        return "z" + Base58.encode(concat(ED25519_PUB, Keys.rawEd25519(publicKey)));
    }

    /**
     * Decodes an Ed25519 {@code publicKeyMultibase}.
     *
     * @param multibase the value, {@code z6Mk…}, not null
     * @return the public key, not null
     * @throws IllegalArgumentException if the value is not a base58btc Ed25519 public Multikey
     */
    public static PublicKey decode(String multibase) {
        byte[] raw = decodeMultibase(multibase, "publicKeyMultibase");
        if (raw.length != 34 || raw[0] != ED25519_PUB[0] || raw[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 public Multikey (expected multicodec 0xed01 and 32 key bytes): '"
                    + multibase + "'");
        }
        return Keys.ed25519PublicKey(java.util.Arrays.copyOfRange(raw, 2, 34));
    }

    /**
     * Encodes an Ed25519 private key as {@code secretKeyMultibase}. Never publish the result.
     *
     * @param privateKey an Ed25519 private key, not null
     * @return the multibase value, not null
     * @throws IllegalArgumentException if the key is not Ed25519
     */
    public static String encodeSecret(PrivateKey privateKey) {
        return "z" + Base58.encode(concat(ED25519_PRIV, Keys.ed25519Seed(privateKey)));
    }

    /**
     * Decodes an Ed25519 {@code secretKeyMultibase} (also named {@code privateKeyMultibase}).
     *
     * @param multibase the value, not null
     * @return the private key, not null
     * @throws IllegalArgumentException if the value is not a base58btc Ed25519 secret Multikey
     */
    public static PrivateKey decodeSecret(String multibase) {
        byte[] raw = decodeMultibase(multibase, "secretKeyMultibase");
        if (raw.length != 34 || raw[0] != ED25519_PRIV[0] || raw[1] != ED25519_PRIV[1]) {
            throw new IllegalArgumentException("not an Ed25519 secret Multikey (expected multicodec 0x8026 and a 32-byte seed)");
        }
        return Keys.ed25519PrivateKey(java.util.Arrays.copyOfRange(raw, 2, 34));
    }

    /**
     * Gets the did:key DID of an Ed25519 public key.
     *
     * @param publicKey the key, not null
     * @return {@code did:key:z6Mk…}, not null
     */
    public static String didKey(PublicKey publicKey) {
        return DID_KEY + encode(publicKey);
    }

    /**
     * Gets the did:key verification method of an Ed25519 public key.
     *
     * @param publicKey the key, not null
     * @return {@code did:key:z6Mk…#z6Mk…}, not null
     */
    public static String didKeyVerificationMethod(PublicKey publicKey) {
        String mb = encode(publicKey);
        return DID_KEY + mb + "#" + mb;
    }

    static Optional<ResolvedKey> resolveDidKey(String id) {
        if (!id.startsWith(DID_KEY)) {
            return Optional.empty();
        }
        int hash = id.indexOf('#');
        String did = hash < 0 ? id : id.substring(0, hash);
        String mb = did.substring(DID_KEY.length());
        if (hash >= 0 && !id.substring(hash + 1).equals(mb)) {
            throw new IllegalArgumentException("did:key fragment must repeat the key: '" + id + "'");
        }
        return Optional.of(new ResolvedKey(id, decode(mb), Optional.of(did)));
    }

    private static byte[] decodeMultibase(String multibase, String what) {
        if (multibase.isEmpty() || multibase.charAt(0) != 'z') {
            throw new IllegalArgumentException(what + " must be multibase base58btc (start with 'z'): '"
                    + multibase + "'");
        }
        return Base58.decode(multibase.substring(1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
