package org.microcred.json.proof;

import java.nio.charset.StandardCharsets;

import org.microcred.core.verification.VerificationResult;
import org.microcred.json.proof.internal.JsonSupport;

/**
 * Verifies a secured JSON credential, whichever way it was secured: a compact JWS (VC-JWT) or a JSON
 * object with embedded Data Integrity proofs.
 *
 * <pre>{@code
 * VerificationResult r = JsonVerifier.verify(bytes, VerificationOptions.defaults());
 * if (!r.isVerified()) System.err.println(r);   // one line per check, with reasons
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonVerifier {
    private JsonVerifier() {
    }

    /**
     * Verifies a secured credential.
     *
     * @param input a compact JWS, or a UTF-8 JSON object with a {@code proof}, not null
     * @param options how to verify, not null
     * @return the result, not null
     * @throws org.microcred.core.format.MalformedDocumentException if the input is neither a compact JWS nor
     *         well-formed JSON (the document is unreadable, as opposed to not verified)
     */
    public static VerificationResult verify(byte[] input, VerificationOptions options) {
        if (!mayBeCompactJws(input)) {
            return DataIntegrity.verify(JsonSupport.parse(input), options);
        }
        String text = new String(input, StandardCharsets.UTF_8).strip();
        if (VcJwt.isCompactJws(text)) {
            return VcJwt.verify(text, options);
        }
        return DataIntegrity.verify(JsonSupport.parse(input), options);
    }

    /**
     * False when the first character after leading ASCII white space cannot start a compact JWS (e.g. the
     * {@code {} of a JSON object): then the input need not be decoded to a string. True for anything else,
     * including non-ASCII first bytes, which may be white space that {@link String#strip()} removes.
     */
    static boolean mayBeCompactJws(byte[] input) {
        for (byte b : input) {
            if (b < 0) {
                return true;
            }
            if (!Character.isWhitespace(b)) {
                return b == '-' || b == '_' || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
            }
        }
        return true;
    }
}
