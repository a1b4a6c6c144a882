package org.microcred.json.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeysTest {

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void pemAndJwkRoundTrip(KeyType type) {
        KeyPair pair = VcJwtTest.key(type);
        String pem = Keys.toPem(pair);
        SigningKey fromPem = Keys.readSigningKey(pem, "kid-1");
        assertArrayEquals(pair.getPrivate().getEncoded(), fromPem.privateKey().getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), fromPem.publicKey().orElseThrow().getEncoded());
        assertEquals("kid-1", fromPem.keyId());
        assertArrayEquals(pair.getPublic().getEncoded(), Keys.readPublicKey(Keys.toPem(pair.getPublic())).getEncoded());

        ObjectNode jwk = Keys.toPrivateJwk(pair);
        SigningKey fromJwk = Keys.readSigningKey(jwk.toString(), "kid-2");
        assertArrayEquals(pair.getPublic().getEncoded(), fromJwk.publicKey().orElseThrow().getEncoded());
        ObjectNode publicJwk = Keys.toJwk(pair.getPublic());
        assertFalse(publicJwk.has("d"));
        assertArrayEquals(pair.getPublic().getEncoded(), Keys.readPublicKey(publicJwk.toString()).getEncoded());
        // keys read back sign what the originals verify
        String jws = VcJwt.sign(Fixtures.credential("https://i.example"), fromJwk);
        assertTrue(VcJwt.verify(jws, VerificationOptions.defaults().withKeyResolver(KeyResolver.trusting(pair.getPublic()))).isVerified());
    }

    @Test
    void ed25519PemWithoutPublicBlockGetsItsDidKey() {
        KeyPair pair = TestKeys.w3c();
        String privateOnly = Keys.toPem(pair).split("(?=-----BEGIN PUBLIC KEY)")[0];
        SigningKey key = Keys.readSigningKey(privateOnly, "");
        assertEquals("did:key:" + TestKeys.W3C_PUBLIC_MULTIBASE + "#" + TestKeys.W3C_PUBLIC_MULTIBASE, key.keyId());
        assertEquals(TestKeys.W3C_PUBLIC_MULTIBASE, Multikey.encode(Keys.readPublicKey("did:key:" + TestKeys.W3C_PUBLIC_MULTIBASE)));
    }

    @Test
    void rfc8037Ed25519JwkExample() {
        // RFC 8037 appendix A.1/A.2
        String jwk = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
        SigningKey key = Keys.readSigningKey(jwk, "");
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                java.util.HexFormat.of().formatHex(Keys.rawEd25519(key.publicKey().orElseThrow())));
        String mismatched = jwk.replace("nWGx", "AAAA");
        assertThrows(IllegalArgumentException.class, () -> Keys.readSigningKey(mismatched, ""));
    }

    @Test
    void unusableKeyFilesGiveClearErrors() {
        IllegalArgumentException legacy = assertThrows(IllegalArgumentException.class,
                () -> Keys.readSigningKey("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----", ""));
        assertTrue(legacy.getMessage().contains("PKCS#8"));
        IllegalArgumentException publicOnly = assertThrows(IllegalArgumentException.class,
                () -> Keys.readSigningKey(Keys.toPem(TestKeys.w3c().getPublic()), ""));
        assertTrue(publicOnly.getMessage().contains("no 'PRIVATE KEY'"));
        IllegalArgumentException noD = assertThrows(IllegalArgumentException.class,
                () -> Keys.readSigningKey(Keys.toJwk(TestKeys.w3c().getPublic()).toString(), ""));
        assertTrue(noD.getMessage().contains("\"d\""));
        IllegalArgumentException curve = assertThrows(IllegalArgumentException.class,
                () -> Keys.readPublicKey("{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AA\",\"y\":\"AA\"}"));
        assertTrue(curve.getMessage().contains("P-384"));
        assertThrows(IllegalArgumentException.class, () -> Keys.readPublicKey("hello"));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decode("z6Mk"));
    }
}
