package org.microcred.json.proof.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The base58btc alphabet (Bitcoin) used by multibase {@code z} values: proof values, Multikeys, did:key.
 *
 * <p>Internal: not part of the API.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {
    }

    /**
     * Encodes bytes; each leading zero byte becomes a leading '1'.
     *
     * @param bytes the bytes, not null
     * @return the base58btc text, not null
     */
    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    /**
     * Decodes base58btc text.
     *
     * @param text the text, not null
     * @return the bytes, not null
     * @throws IllegalArgumentException if a character is outside the alphabet or the text is too long
     */
    public static byte[] decode(String text) {
        if (text.length() > 4096) {
            throw new IllegalArgumentException("base58btc value too long: " + text.length() + " characters");
        }
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEX[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a base58btc character at index " + i + ": '" + c + "'");
            }
            if (leading && digit == 0) {
                zeros++;
            } else {
                leading = false;
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int strip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - strip];
        System.arraycopy(magnitude, strip, out, zeros, magnitude.length - strip);
        return out;
    }
}
