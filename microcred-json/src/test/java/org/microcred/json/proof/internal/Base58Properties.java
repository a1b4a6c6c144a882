package org.microcred.json.proof.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * base58btc against an independent oracle: the value read as a big-endian BigInteger and written in base 58,
 * one '1' per leading zero byte (the Bitcoin definition the multibase {@code z} prefix refers to).
 */
class Base58Properties {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Property(tries = 300)
    void encodeMatchesTheBigIntegerDefinitionAndDecodes(@ForAll("bytes") byte[] bytes) {
        String text = Base58.encode(bytes);
        assertEquals(oracle(bytes), text);
        assertArrayEquals(bytes, Base58.decode(text));
    }

    @Example
    void knownValues() {
        // the example of the base58 Internet-Draft (draft-msporny-base58) and the multibase test cases
        assertEquals("2NEpo7TZRRrLZSi2U", Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("7paNL19xttacUY", Base58.encode("yes mani !".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("117paNL19xttacUY", Base58.encode("\0\0yes mani !".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("", Base58.encode(new byte[0]));
        assertEquals("111", Base58.encode(new byte[3]));
        assertArrayEquals(new byte[3], Base58.decode("111"));
        assertArrayEquals(new byte[0], Base58.decode(""));
    }

    @Example
    void badInputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Base58.decode("11O1"));
        assertTrue(e.getMessage().contains("index 2") && e.getMessage().contains("'O'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Base58.decode("1é"));
        assertThrows(IllegalArgumentException.class, () -> Base58.decode("2".repeat(4097)));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        Arbitrary<byte[]> leadingZeros = Arbitraries.integers().between(1, 4).flatMap(z -> any.map(b -> {
            byte[] out = new byte[z + b.length];
            System.arraycopy(b, 0, out, z, b.length);
            return out;
        }));
        return Arbitraries.oneOf(any, leadingZeros);
    }

    private static String oracle(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }
}
