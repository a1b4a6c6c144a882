package org.microcred.json.internal;

import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a document to tell JSON formats apart without parsing it whole (a head
 * is usually cut in the middle of a value, so a parser cannot be used).
 */
public final class Sniffer {
    private Sniffer() {
    }

    /**
     * Decodes a head as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; undecodable bytes become U+FFFD.
     *
     * @param head the first bytes, not null
     * @return the text, not null
     */
    public static String text(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new String(head, 3, head.length - 3, StandardCharsets.UTF_8);
        }
        return new String(head, StandardCharsets.UTF_8);
    }

    /**
     * Tells whether the text starts (after white space) with a JSON object or array.
     *
     * @param text the decoded head, not null
     * @return true for {@code {} or {@code [}
     */
    public static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * Tells whether a JSON head has a property name anywhere, e.g. {@code "hasClaim"}.
     *
     * @param text the decoded head, not null
     * @param name the property name, not null
     * @return true if {@code "name"} followed by a colon occurs
     */
    public static boolean hasKey(String text, String name) {
        String quoted = "\"" + name + "\"";
        int from = 0;
        while (true) {
            int i = text.indexOf(quoted, from);
            if (i < 0) {
                return false;
            }
            int j = i + quoted.length();
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == ':') {
                return true;
            }
            from = i + 1;
        }
    }
}
