package org.microcred.testkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.JsonSigner;
import org.microcred.json.proof.JsonSuite;
import org.microcred.json.proof.JsonVerifier;
import org.microcred.json.proof.KeyResolver;
import org.microcred.json.proof.KeyType;
import org.microcred.json.proof.Keys;
import org.microcred.json.proof.Multikey;
import org.microcred.json.proof.SigningKey;
import org.microcred.json.proof.VerificationOptions;
import org.microcred.xml.signature.XmlSignatureVerifier;
import org.microcred.xml.signature.XmlSigner;
import org.microcred.xml.signature.XmlVerificationOptions;

/**
 * The {@code keygen}, {@code sign} and {@code verify} commands, on the signature APIs of
 * {@code microcred-json} (Data Integrity, VC-JWT) and {@code microcred-xml} (XML-DSig for ELMO).
 *
 * <p>Keys are files: PEM (PKCS#8 {@code PRIVATE KEY} with its {@code PUBLIC KEY}, as {@code keygen} writes
 * them) or JWK. Verification fails closed: a document without a proof, or a signature no trusted key
 * covers, is not verified (exit 1); input that cannot be read exits 2.
 */
final class Signing {
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    Signing(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** {@code keygen [--type ed25519|p256|rsa] [-o FILE]}: a new key pair as PEM; the key id goes to stderr. */
    int keygen(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--type", "-o", "--output"));
        KeyType type = switch (a.value("--type").orElse("ed25519").toLowerCase(Locale.ROOT)) {
            case "ed25519" -> KeyType.ED25519;
            case "p256", "p-256", "es256" -> KeyType.EC_P256;
            case "rsa" -> KeyType.RSA;
            default -> throw new Arguments.UsageException("unknown key type '" + a.value("--type").get()
                    + "' (expected ed25519, p256 or rsa)");
        };
        if (!a.operands().isEmpty()) {
            throw new Arguments.UsageException("keygen takes no operand: " + a.operands());
        }
        KeyPair pair = Keys.generate(type);
        write(a.value("-o").or(() -> a.value("--output")).orElse("-"), Keys.toPem(pair).getBytes(StandardCharsets.US_ASCII));
        if (type == KeyType.ED25519) {
            err.println("key id: " + Multikey.didKeyVerificationMethod(pair.getPublic()));
        }
        return Main.OK;
    }

    /** {@code sign --suite S --key KEY [--key-id ID] IN [-o OUT]}. */
    int sign(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--suite", "--key", "--key-id", "-o", "--output"));
        String suite = a.value("--suite").orElseThrow(() ->
                new Arguments.UsageException("missing --suite eddsa-jcs-2022|eddsa-rdfc-2022|jwt|xmldsig"));
        String keyFile = a.value("--key").orElseThrow(() -> new Arguments.UsageException("missing --key FILE"));
        byte[] document = read(a.operand("IN"));
        SigningKey key = signingKey(keyFile, a.value("--key-id").orElse(""));
        byte[] signed;
        if (suite.equals("xmldsig")) {
            PublicKey publicKey = key.publicKey().orElseThrow(() -> new Input.InputException(
                    "key " + keyFile + ": XML-DSig embeds the public key, but the file has no PUBLIC KEY block"));
            signed = XmlSigner.sign(document, key.privateKey(), publicKey);
        } else {
            JsonSuite jsonSuite;
            try {
                jsonSuite = JsonSuite.of(suite);
            } catch (IllegalArgumentException e) {
                throw new Arguments.UsageException("unknown suite '" + suite
                        + "' (expected eddsa-jcs-2022, eddsa-rdfc-2022, jwt or xmldsig)");
            }
            try {
                signed = JsonSigner.sign(document, jsonSuite, key);
            } catch (IllegalArgumentException e) {
                throw new Input.InputException("key " + keyFile + " cannot sign with " + suite + ": " + e.getMessage());
            }
        }
        write(a.value("-o").or(() -> a.value("--output")).orElse("-"), signed);
        if (!suite.equals("xmldsig")) {
            // A proof whose key the issuer does not control verifies nowhere: say so now, not at the verifier's.
            JsonVerifier.verify(signed, VerificationOptions.defaults()).failures().stream()
                    .filter(f -> f.contains("KEY_BINDING"))
                    .forEach(f -> err.println("warning: " + f + " (the issuer id should be the key's controller, e.g. its did:key)"));
        }
        return Main.OK;
    }

    /** {@code verify [--key PUBLIC] [--allow-sha1] IN}: prints the report of every check. */
    int verify(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("--allow-sha1"), Set.of("--key"));
        byte[] document = read(a.operand("IN"));
        PublicKey trusted = a.value("--key").map(this::publicKey).orElse(null);
        VerificationResult result;
        if (isXml(document)) {
            XmlVerificationOptions options = XmlVerificationOptions.defaults().withSha1Allowed(a.flag("--allow-sha1"));
            result = XmlSignatureVerifier.verify(document, trusted == null ? options : options.withTrustedKey(trusted));
        } else {
            VerificationOptions options = VerificationOptions.defaults();
            result = JsonVerifier.verify(document, trusted == null ? options : options.withKeyResolver(KeyResolver.trusting(trusted)));
        }
        out.println(result);
        out.println(result.isVerified() ? "verified" : "NOT verified");
        return result.isVerified() ? Main.OK : Main.FAILED;
    }

    //-----------------------------------------------------------------------
    private SigningKey signingKey(String file, String keyId) {
        try {
            return Keys.readSigningKey(new String(read(file), StandardCharsets.UTF_8), keyId);
        } catch (IllegalArgumentException e) {
            throw new Input.InputException("key " + file + ": " + e.getMessage());
        }
    }

    private PublicKey publicKey(String file) {
        try {
            return Keys.readPublicKey(new String(read(file), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new Input.InputException("key " + file + ": " + e.getMessage());
        }
    }

    private static boolean isXml(byte[] document) {
        for (byte b : document) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private byte[] read(String name) {
        try {
            return name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new Input.InputException(name + ": no such file");
        } catch (IOException e) {
            throw new Input.InputException(name + ": cannot read: " + e.getMessage());
        }
    }

    private void write(String name, byte[] bytes) {
        try {
            if (name.equals("-")) {
                out.write(bytes);
                out.flush();
            } else {
                Files.write(Path.of(name), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + ": " + e.getMessage(), e);
        }
    }
}
