package org.microcred.json.proof;

import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key found for a verification method or key id, with the party that controls it.
 *
 * @param id the verification method / key id it was found for, not null
 * @param publicKey the public key, not null
 * @param controller who controls the key (a DID or an issuer URL); empty when the verifier supplied the
 *        key as trusted for any issuer, not null
 * @since 0.1
 */
public record ResolvedKey(String id, PublicKey publicKey, Optional<String> controller) {

    /**
     * Creates a resolved key.
     *
     * @throws NullPointerException if any argument is null
     */
    public ResolvedKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(controller, "controller");
    }
}
