package org.microcred.json.proof.internal;

import java.util.Arrays;

/**
 * The base58btc alphabet (Bitcoin) used by multibase {@code z} values: proof values, Multikeys, did:key.
 *
 * <p>Internal: not part of the API.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
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
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // base-256 to base-58 by schoolbook long division on the digits, least significant first:
        // no BigInteger per step (a proof value and a Multikey are encoded on every sign and verify)
        byte[] digits = new byte[(bytes.length - zeros) * 138 / 100 + 1]; // log(256) / log(58) < 1.38
        int length = 0;
        for (int i = zeros; i < bytes.length; i++) {
            int carry = bytes[i] & 0xFF;
            for (int j = 0; j < length; j++) {
                carry += (digits[j] & 0xFF) << 8;
                digits[j] = (byte) (carry % 58);
                carry /= 58;
            }
            while (carry > 0) {
                digits[length++] = (byte) (carry % 58);
                carry /= 58;
            }
        }
        char[] out = new char[zeros + length];
        Arrays.fill(out, 0, zeros, '1');
        for (int j = 0; j < length; j++) {
            out[zeros + j] = ALPHABET.charAt(digits[length - 1 - j]);
        }
        return new String(out);
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
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] magnitude = new byte[(text.length() - zeros) * 733 / 1000 + 1]; // log(58) / log(256) < 0.733
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEX[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a base58btc character at index " + i + ": '" + c + "'");
            }
            if (i < zeros) {
                continue;
            }
            int carry = digit;
            for (int j = 0; j < length; j++) {
                carry += (magnitude[j] & 0xFF) * 58;
                magnitude[j] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                magnitude[length++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] out = new byte[zeros + length];
        for (int j = 0; j < length; j++) {
            out[zeros + j] = magnitude[length - 1 - j];
        }
        return out;
    }
}
