package org.microcred.xml.signature;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to verify an XML signature.
 *
 * @param trustedKeys the signer keys the caller trusts (e.g. the registered key of an EMREX data provider);
 *        a signature by any other key fails the key-binding check, not null
 * @param sha1Allowed whether {@code rsa-sha1} / {@code sha1} (still produced by some student information
 *        systems) is accepted; off by default
 * @param now the time at which a signing certificate must be valid, not null
 * @since 0.1
 */
public record XmlVerificationOptions(List<PublicKey> trustedKeys, boolean sha1Allowed, Instant now) {

    /**
     * Creates options.
     *
     * @throws NullPointerException if any argument or key is null
     */
    public XmlVerificationOptions {
        trustedKeys = List.copyOf(trustedKeys);
        Objects.requireNonNull(now, "now");
    }

    /**
     * Obtains the defaults: no trusted key, SHA-1 refused, now.
     *
     * @return the defaults, not null
     */
    public static XmlVerificationOptions defaults() {
        return new XmlVerificationOptions(List.of(), false, Instant.now());
    }

    /**
     * Returns a copy trusting one more key.
     *
     * @param key the key, not null
     * @return the copy, not null
     */
    public XmlVerificationOptions withTrustedKey(PublicKey key) {
        List<PublicKey> keys = new ArrayList<>(trustedKeys);
        keys.add(Objects.requireNonNull(key, "key"));
        return new XmlVerificationOptions(keys, sha1Allowed, now);
    }

    /**
     * Returns a copy that accepts or refuses SHA-1 signatures.
     *
     * @param allowed true to accept SHA-1 (an explicit, insecure opt-in)
     * @return the copy, not null
     */
    public XmlVerificationOptions withSha1Allowed(boolean allowed) {
        return new XmlVerificationOptions(trustedKeys, allowed, now);
    }

    /**
     * Returns a copy with another verification time.
     *
     * @param now the time, not null
     * @return the copy, not null
     */
    public XmlVerificationOptions withNow(Instant now) {
        return new XmlVerificationOptions(trustedKeys, sha1Allowed, now);
    }
}
