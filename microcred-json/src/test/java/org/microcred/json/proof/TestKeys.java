package org.microcred.json.proof;

import java.security.KeyPair;
import java.time.Instant;
import java.util.HexFormat;

/** Keys and options of the published test vectors. */
final class TestKeys {
    /** W3C vc-di-eddsa keyPair.json. */
    static final String W3C_PUBLIC_MULTIBASE = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    static final String W3C_SECRET_MULTIBASE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    static final Instant W3C_CREATED = Instant.parse("2023-02-24T23:36:38Z");
    /** 1EdTech OB 3.0 / CLR 2.0 implementation guide, linked-data-proof walkthroughs (seed = first 32 bytes). */
    static final String OB_SEED_HEX = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";
    static final String OB_VM = "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    static final Instant OB_CREATED = Instant.parse("2010-01-01T19:23:24Z");

    private TestKeys() {
    }

    static KeyPair w3c() {
        return Keys.ed25519KeyPair(Keys.ed25519Seed(Multikey.decodeSecret(W3C_SECRET_MULTIBASE)));
    }

    static KeyPair ob() {
        return Keys.ed25519KeyPair(HexFormat.of().parseHex(OB_SEED_HEX));
    }

    static JsonLdContexts testContexts() {
        return JsonLdContexts.defaults()
                .with("https://www.w3.org/ns/credentials/examples/v2", Vectors.bytes("contexts/credentials-examples-v2.jsonld"))
                .with("https://w3id.org/citizenship/v4rc1", Vectors.bytes("contexts/citizenship-v4rc1.jsonld"));
    }
}
