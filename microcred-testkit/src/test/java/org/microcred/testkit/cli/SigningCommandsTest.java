package org.microcred.testkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code keygen}, {@code sign} and {@code verify} in every suite, including failing closed. */
class SigningCommandsTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    static Path dir;

    @BeforeAll
    static void keys() throws IOException {
        for (String type : new String[] {"ed25519", "p256", "rsa"}) {
            Cli k = Cli.run("keygen", "--type", type, "-o", dir.resolve(type + ".pem").toString());
            assertEquals(0, k.status(), k.err());
            String pem = Files.readString(dir.resolve(type + ".pem"));
            assertTrue(pem.contains("-----BEGIN PRIVATE KEY-----") && pem.contains("-----BEGIN PUBLIC KEY-----"), pem);
            Matcher m = Pattern.compile("-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----\\s*", Pattern.DOTALL).matcher(pem);
            assertTrue(m.find());
            Files.writeString(dir.resolve(type + ".pub"), m.group());
            if (type.equals("ed25519")) {
                assertTrue(k.err().startsWith("key id: did:key:z6Mk"), k.err());
            }
        }
    }

    private static String path(String name) {
        return dir.resolve(name).toString();
    }

    @ParameterizedTest
    @CsvSource({"eddsa-jcs-2022,ed25519", "eddsa-rdfc-2022,ed25519", "jwt,ed25519", "jwt,p256", "jwt,rsa",
        "xmldsig,rsa", "xmldsig,p256"})
    void test_signThenVerify(String suite, String keyType) throws IOException {
        boolean xml = suite.equals("xmldsig");
        String in = EXAMPLES.resolve(xml ? "data-analytics.elmo.xml" : "cybersecurity.ob3.json").toString();
        String signed = path(suite + "-" + keyType + (xml ? ".xml" : ".json"));
        Cli s = Cli.run("sign", "--suite", suite, "--key", path(keyType + ".pem"), in, "-o", signed);
        assertEquals(0, s.status(), s.err());

        Cli ok = Cli.run("verify", "--key", path(keyType + ".pub"), signed);
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().endsWith("verified\n") && !ok.out().contains("FAILED"), ok.out());

        // without the trusted key: the example's issuer (a urn:uuid) does not control the key
        Cli unbound = Cli.run("verify", signed);
        assertEquals(1, unbound.status(), unbound.out());
        assertTrue(unbound.out().contains(xml ? "FAILED" : "KEY_BINDING FAILED"), unbound.out());

        // another key of the same kind
        Cli k2 = Cli.run("keygen", "--type", keyType, "-o", path("other-" + suite + keyType + ".pem"));
        assertEquals(0, k2.status());
        String otherPub = Files.readString(Path.of(path("other-" + suite + keyType + ".pem")));
        Files.writeString(Path.of(path("other-" + suite + keyType + ".pub")),
                otherPub.substring(otherPub.indexOf("-----BEGIN PUBLIC KEY-----")));
        Cli other = Cli.run("verify", "--key", path("other-" + suite + keyType + ".pub"), signed);
        assertEquals(1, other.status(), other.out());

        // one changed character
        String text = Files.readString(Path.of(signed));
        String tamperedText = xml ? text.replace("Data Analytics", "Data Analytica")
                : suite.equals("jwt") ? tamperJwt(text) : text.replace("Fondamentaux", "Fondamentalx");
        assertTrue(!tamperedText.equals(text), "the test changed something");
        Files.writeString(Path.of(signed + ".tampered"), tamperedText);
        Cli tampered = Cli.run("verify", "--key", path(keyType + ".pub"), signed + ".tampered");
        assertEquals(1, tampered.status(), tampered.out());
        assertTrue(tampered.out().contains("FAILED"), tampered.out());
    }

    private static String tamperJwt(String jwt) {
        String[] parts = jwt.trim().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Fondamentaux", "Fondamentalx");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @Test
    void test_didKeyIssuer_verifiesWithoutAKey() throws IOException {
        Cli k = Cli.run("keygen", "-o", path("issuer.pem"));
        String did = k.err().substring("key id: ".length(), k.err().indexOf('#'));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(EXAMPLES.resolve("cybersecurity.ob3.json").toFile());
        ((ObjectNode) doc.get("issuer")).put("id", did);
        Files.write(Path.of(path("did-issued.json")), mapper.writeValueAsBytes(doc));
        for (String suite : new String[] {"eddsa-jcs-2022", "eddsa-rdfc-2022", "jwt"}) {
            Cli s = Cli.run("sign", "--suite", suite, "--key", path("issuer.pem"), path("did-issued.json"), "-o", path("did-" + suite));
            assertEquals(0, s.status(), s.err());
            assertEquals("", s.err(), "no key-binding warning when the issuer is the did:key");
            Cli v = Cli.run("verify", path("did-" + suite));
            assertEquals(0, v.status(), v.out());
        }
    }

    @Test
    void test_unreadableInput_exit2() throws IOException {
        Files.writeString(Path.of(path("bad.json")), "{\"a\":");
        assertEquals(2, Cli.run("verify", path("bad.json")).status());
        Cli missingKey = Cli.run("sign", "--suite", "jwt", "--key", path("no-such.pem"), EXAMPLES.resolve("cybersecurity.ob3.json").toString());
        assertEquals(2, missingKey.status());
        assertTrue(missingKey.err().startsWith("microcred: ") && missingKey.err().contains("no-such.pem: no such file"), missingKey.err());
        Cli suite = Cli.run("sign", "--suite", "rsa-2048", "--key", path("ed25519.pem"), EXAMPLES.resolve("cybersecurity.ob3.json").toString());
        assertEquals(2, suite.status());
        assertTrue(suite.err().contains("unknown suite 'rsa-2048'"), suite.err());
        Cli notSigned = Cli.run("verify", EXAMPLES.resolve("cybersecurity.ob3.json").toString());
        assertEquals(1, notSigned.status());
        assertTrue(notSigned.out().contains("the document has no proof"), notSigned.out());
    }
}
