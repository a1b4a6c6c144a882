package org.microcred.json.proof;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * Key generation and key files: PEM (PKCS#8 {@code PRIVATE KEY}, SPKI {@code PUBLIC KEY}, X.509
 * {@code CERTIFICATE}) and JWK (RFC 7517/8037: {@code OKP}/Ed25519, {@code EC}/P-256, {@code RSA}), plus
 * raw Ed25519 conversions. Everything is done with the JDK's providers.
 *
 * <p>A key file for signing is a PEM text with a {@code PRIVATE KEY} block (and, for EC, the matching
 * {@code PUBLIC KEY} block, which {@link #toPem(KeyPair)} writes), or a private JWK.
 *
 * @since 0.1
 */
public final class Keys {
    static final BigInteger P256_ORDER = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DEC = Base64.getUrlDecoder();

    private Keys() {
    }

    /**
     * Generates a key pair.
     *
     * @param type the key type, not null
     * @return a new key pair (RSA keys are 3072-bit), not null
     */
    public static KeyPair generate(KeyType type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type.jcaAlgorithm());
            switch (type) {
                case EC_P256 -> g.initialize(new ECGenParameterSpec("secp256r1"));
                case RSA -> g.initialize(3072);
                case ED25519 -> g.initialize(NamedParameterSpec.ED25519);
                default -> throw new IllegalStateException(type.toString());
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + type + " keys", e);
        }
    }

    /**
     * Builds an Ed25519 key pair from a 32-byte RFC 8032 seed (the private key).
     *
     * @param seed the seed, 32 bytes, not null
     * @return the key pair, not null
     * @throws IllegalArgumentException if the seed is not 32 bytes
     */
    public static KeyPair ed25519KeyPair(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        byte[] copy = seed.clone();
        try {
            // the JDK derives the public key only while generating: feed it the seed as its "randomness"
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(copy, 0, bytes, 0, Math.min(bytes.length, copy.length));
                }
            });
            KeyPair pair = g.generateKeyPair();
            if (!Arrays.equals(ed25519Seed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("the JDK Ed25519 generator did not take the seed");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * Builds an Ed25519 private key from its 32-byte seed.
     *
     * @param seed the seed, 32 bytes, not null
     * @return the private key, not null
     */
    public static PrivateKey ed25519PrivateKey(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid Ed25519 seed", e);
        }
    }

    /**
     * Builds an Ed25519 public key from its 32 raw bytes (RFC 8032 encoding).
     *
     * @param raw the key bytes, 32 bytes, not null
     * @return the public key, not null
     * @throws IllegalArgumentException if the bytes are not a valid Ed25519 public key
     */
    public static PublicKey ed25519PublicKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, 44);
        System.arraycopy(raw, 0, spki, 12, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid Ed25519 public key " + HexFormat.of().formatHex(raw), e);
        }
    }

    /**
     * Gets the 32 raw bytes of an Ed25519 public key.
     *
     * @param publicKey the key, not null
     * @return the bytes, not null
     * @throws IllegalArgumentException if the key is not Ed25519
     */
    public static byte[] rawEd25519(PublicKey publicKey) {
        requireEd25519(publicKey);
        byte[] spki = publicKey.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    /**
     * Gets the 32-byte seed of an Ed25519 private key.
     *
     * @param privateKey the key, not null
     * @return the seed, not null
     * @throws IllegalArgumentException if the key is not Ed25519 or its bytes are not extractable
     */
    public static byte[] ed25519Seed(PrivateKey privateKey) {
        requireEd25519(privateKey);
        return ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("Ed25519 private key bytes are not extractable"));
    }

    /**
     * Reads a signing key from a PEM or JWK text.
     *
     * @param text the file content: PEM with a {@code PRIVATE KEY} block, or a private JWK, not null
     * @param keyId the verification method / kid; empty to use the did:key verification method for Ed25519
     *        keys (other key types then get no key id), not null
     * @return the signing key, not null
     * @throws IllegalArgumentException if the text holds no usable private key, naming what was found
     */
    public static SigningKey readSigningKey(String text, String keyId) {
        String trimmed = text.strip();
        PrivateKey priv;
        Optional<PublicKey> pub;
        if (trimmed.startsWith("{")) {
            ObjectNode jwk = jwkObject(trimmed);
            if (!jwk.has("d")) {
                throw new IllegalArgumentException("the JWK has no private part \"d\": cannot sign with it");
            }
            KeyPair pair = fromPrivateJwk(jwk);
            priv = pair.getPrivate();
            pub = Optional.of(pair.getPublic());
            if (keyId.isEmpty() && jwk.hasNonNull("kid")) {
                keyId = jwk.get("kid").asText();
            }
        } else {
            List<String[]> blocks = pemBlocks(trimmed);
            priv = null;
            pub = Optional.empty();
            for (String[] b : blocks) {
                switch (b[0]) {
                    case "PRIVATE KEY" -> priv = privateFromPkcs8(Base64.getMimeDecoder().decode(b[1]));
                    case "PUBLIC KEY" -> pub = Optional.of(publicFromSpki(Base64.getMimeDecoder().decode(b[1])));
                    case "CERTIFICATE" -> pub = pub.isPresent() ? pub
                            : Optional.of(certificate(Base64.getMimeDecoder().decode(b[1])).getPublicKey());
                    case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new IllegalArgumentException(
                            "legacy PEM block '" + b[0] + "' is not supported: convert it to PKCS#8 "
                                    + "(openssl pkcs8 -topk8 -nocrypt)");
                    case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(
                            "encrypted private keys are not supported: decrypt to an unencrypted PKCS#8 file first");
                    default -> { }
                }
            }
            if (priv == null) {
                throw new IllegalArgumentException("no 'PRIVATE KEY' PEM block found (blocks: "
                        + blocks.stream().map(b -> b[0]).toList() + ")");
            }
            if (pub.isEmpty()) {
                pub = derivePublic(priv);
            }
        }
        if (keyId.isEmpty() && KeyType.of(priv) == KeyType.ED25519 && pub.isPresent()) {
            keyId = Multikey.didKeyVerificationMethod(pub.get());
        }
        return new SigningKey(priv, pub, keyId);
    }

    /**
     * Reads a public key from a PEM ({@code PUBLIC KEY} or {@code CERTIFICATE}), a public JWK, an Ed25519
     * Multikey ({@code z6Mk…}) or a did:key text.
     *
     * @param text the text, not null
     * @return the public key, not null
     * @throws IllegalArgumentException if the text holds no public key
     */
    public static PublicKey readPublicKey(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return fromJwk(jwkObject(trimmed));
        }
        if (trimmed.startsWith("did:key:")) {
            return Multikey.resolveDidKey(trimmed).orElseThrow().publicKey();
        }
        if (trimmed.startsWith("z6Mk")) {
            return Multikey.decode(trimmed);
        }
        for (String[] b : pemBlocks(trimmed)) {
            if (b[0].equals("PUBLIC KEY")) {
                return publicFromSpki(Base64.getMimeDecoder().decode(b[1]));
            }
            if (b[0].equals("CERTIFICATE")) {
                return certificate(Base64.getMimeDecoder().decode(b[1])).getPublicKey();
            }
        }
        throw new IllegalArgumentException("no public key found: expected a PEM 'PUBLIC KEY' or 'CERTIFICATE' block, "
                + "a JWK, a z6Mk… Multikey or a did:key");
    }

    /**
     * Writes a key pair as PEM: a PKCS#8 {@code PRIVATE KEY} block then an SPKI {@code PUBLIC KEY} block.
     *
     * @param keyPair the key pair, not null
     * @return the PEM text, not null
     */
    public static String toPem(KeyPair keyPair) {
        return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()) + toPem(keyPair.getPublic());
    }

    /**
     * Writes a public key as an SPKI {@code PUBLIC KEY} PEM block.
     *
     * @param publicKey the key, not null
     * @return the PEM text, not null
     */
    public static String toPem(PublicKey publicKey) {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * Writes a public key as a JWK (never with a private part).
     *
     * @param publicKey an Ed25519, P-256 or RSA key, not null
     * @return the JWK, not null
     */
    public static ObjectNode toJwk(PublicKey publicKey) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        switch (KeyType.of(publicKey)) {
            case ED25519 -> jwk.put("kty", "OKP").put("crv", "Ed25519").put("x", b64(rawEd25519(publicKey)));
            case EC_P256 -> {
                ECPoint w = ((ECPublicKey) publicKey).getW();
                jwk.put("kty", "EC").put("crv", "P-256").put("x", b64(unsigned(w.getAffineX(), 32)))
                        .put("y", b64(unsigned(w.getAffineY(), 32)));
            }
            case RSA -> {
                RSAPublicKey rsa = (RSAPublicKey) publicKey;
                jwk.put("kty", "RSA").put("n", b64(unsigned(rsa.getModulus(), 0)))
                        .put("e", b64(unsigned(rsa.getPublicExponent(), 0)));
            }
            default -> throw new IllegalStateException();
        }
        return jwk;
    }

    /**
     * Writes a key pair as a private JWK. Never publish the result.
     *
     * @param keyPair the key pair, not null
     * @return the JWK with its private part, not null
     */
    public static ObjectNode toPrivateJwk(KeyPair keyPair) {
        ObjectNode jwk = toJwk(keyPair.getPublic());
        PrivateKey priv = keyPair.getPrivate();
        switch (KeyType.of(priv)) {
            case ED25519 -> jwk.put("d", b64(ed25519Seed(priv)));
            case EC_P256 -> jwk.put("d", b64(unsigned(((ECPrivateKey) priv).getS(), 32)));
            case RSA -> {
                if (!(priv instanceof RSAPrivateCrtKey crt)) {
                    throw new IllegalArgumentException("RSA private key without CRT parameters cannot be written as a JWK");
                }
                jwk.put("d", b64(unsigned(crt.getPrivateExponent(), 0)))
                        .put("p", b64(unsigned(crt.getPrimeP(), 0))).put("q", b64(unsigned(crt.getPrimeQ(), 0)))
                        .put("dp", b64(unsigned(crt.getPrimeExponentP(), 0)))
                        .put("dq", b64(unsigned(crt.getPrimeExponentQ(), 0)))
                        .put("qi", b64(unsigned(crt.getCrtCoefficient(), 0)));
            }
            default -> throw new IllegalStateException();
        }
        return jwk;
    }

    /**
     * Reads a public JWK.
     *
     * @param jwk the JWK, not null
     * @return the public key, not null
     * @throws IllegalArgumentException if the JWK is malformed or of an unsupported type
     */
    public static PublicKey fromJwk(JsonNode jwk) {
        String kty = member(jwk, "kty");
        try {
            switch (kty) {
                case "OKP" -> {
                    if (!"Ed25519".equals(member(jwk, "crv"))) {
                        throw new IllegalArgumentException("unsupported OKP curve '" + member(jwk, "crv") + "' (only Ed25519)");
                    }
                    return ed25519PublicKey(bytes(jwk, "x"));
                }
                case "EC" -> {
                    requireP256(jwk);
                    ECPoint w = new ECPoint(new BigInteger(1, bytes(jwk, "x")), new BigInteger(1, bytes(jwk, "y")));
                    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p256()));
                }
                case "RSA" -> {
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, bytes(jwk, "n")), new BigInteger(1, bytes(jwk, "e"))));
                }
                default -> throw new IllegalArgumentException("unsupported JWK kty '" + kty + "' (expected OKP, EC or RSA)");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid " + kty + " JWK: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a private JWK into a key pair.
     *
     * @param jwk the JWK with its private part, not null
     * @return the key pair, not null
     * @throws IllegalArgumentException if the JWK is malformed, has no private part or is of an unsupported type
     */
    public static KeyPair fromPrivateJwk(JsonNode jwk) {
        PublicKey pub = fromJwk(jwk);
        try {
            PrivateKey priv = switch (KeyType.of(pub)) {
                case ED25519 -> ed25519PrivateKey(bytes(jwk, "d"));
                case EC_P256 -> KeyFactory.getInstance("EC").generatePrivate(
                        new ECPrivateKeySpec(new BigInteger(1, bytes(jwk, "d")), p256()));
                case RSA -> {
                    RSAPublicKey rsa = (RSAPublicKey) pub;
                    yield KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(rsa.getModulus(),
                            rsa.getPublicExponent(), big(jwk, "d"), big(jwk, "p"), big(jwk, "q"), big(jwk, "dp"),
                            big(jwk, "dq"), big(jwk, "qi")));
                }
            };
            if (KeyType.of(pub) == KeyType.ED25519
                    && !Arrays.equals(rawEd25519(ed25519KeyPair(bytes(jwk, "d")).getPublic()), rawEd25519(pub))) {
                throw new IllegalArgumentException("the OKP JWK's \"x\" does not belong to its \"d\"");
            }
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid private JWK: " + e.getMessage(), e);
        }
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("invalid X.509 certificate: " + e.getMessage(), e);
        }
    }

    static ECParameterSpec p256() {
        try {
            java.security.AlgorithmParameters params = java.security.AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec("secp256r1"));
            return params.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256", e);
        }
    }

    private static void requireP256(JsonNode jwk) {
        if (!"P-256".equals(member(jwk, "crv"))) {
            throw new IllegalArgumentException("unsupported EC curve '" + member(jwk, "crv") + "' (only P-256)");
        }
    }

    private static Optional<PublicKey> derivePublic(PrivateKey priv) {
        try {
            return switch (KeyType.of(priv)) {
                case ED25519 -> Optional.of(ed25519KeyPair(ed25519Seed(priv)).getPublic());
                case RSA -> priv instanceof RSAPrivateCrtKey crt
                        ? Optional.of(KeyFactory.getInstance("RSA").generatePublic(
                                new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())))
                        : Optional.empty();
                case EC_P256 -> Optional.empty();
            };
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static PrivateKey privateFromPkcs8(byte[] der) {
        for (String alg : new String[] {"Ed25519", "EC", "RSA"}) {
            try {
                PrivateKey key = KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
                KeyType.of(key);
                return key;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the PRIVATE KEY block is not an Ed25519, EC P-256 or RSA PKCS#8 key");
    }

    private static PublicKey publicFromSpki(byte[] der) {
        for (String alg : new String[] {"Ed25519", "EC", "RSA"}) {
            try {
                PublicKey key = KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
                KeyType.of(key);
                return key;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the PUBLIC KEY block is not an Ed25519, EC P-256 or RSA key");
    }

    private static List<String[]> pemBlocks(String text) {
        List<String[]> blocks = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("neither PEM (-----BEGIN …-----) nor JWK ({…}) key text");
        }
        return blocks;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static ObjectNode jwkObject(String text) {
        JsonNode node = JsonSupport.parse(text.getBytes(StandardCharsets.UTF_8));
        if (!node.isObject()) {
            throw new IllegalArgumentException("a JWK must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String member(JsonNode jwk, String name) {
        JsonNode v = jwk.get(name);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("JWK member \"" + name + "\" is missing or not a string");
        }
        return v.textValue();
    }

    private static byte[] bytes(JsonNode jwk, String name) {
        try {
            return B64URL_DEC.decode(member(jwk, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JWK member \"" + name + "\" is not base64url: " + e.getMessage(), e);
        }
    }

    private static BigInteger big(JsonNode jwk, String name) {
        return new BigInteger(1, bytes(jwk, name));
    }

    private static String b64(byte[] bytes) {
        return B64URL.encodeToString(bytes);
    }

    /** Big-endian unsigned bytes, left-padded to size (size 0: minimal length). */
    private static byte[] unsigned(BigInteger n, int size) {
        byte[] b = n.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            b = Arrays.copyOfRange(b, 1, b.length);
        }
        if (size > b.length) {
            byte[] padded = new byte[size];
            System.arraycopy(b, 0, padded, size - b.length, b.length);
            return padded;
        }
        return b;
    }

    private static void requireEd25519(java.security.Key key) {
        if (KeyType.of(key) != KeyType.ED25519) {
            throw new IllegalArgumentException("expected an Ed25519 key, got " + key.getAlgorithm());
        }
    }
}
