package org.microcred.xml;

/**
 * The limits a reader of microcred's XML formats enforces, so that hostile or broken input fails fast with a
 * {@link org.microcred.core.format.MalformedDocumentException} instead of exhausting memory or stack.
 *
 * <p>DTDs, external entities and XInclude are always refused; these limits bound what remains.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param maxDepth the deepest element nesting accepted, at least 8
 * @param maxAttributes the most attributes one element may have, at least 1
 * @param maxTextLength the longest text content (characters) of one element, at least 1; also the longest
 *     markup construct (a tag with its attributes, a comment, a CDATA section, a processing instruction),
 *     which the XML parser would otherwise buffer whole
 * @since 0.1
 */
public record ReadLimits(int maxDepth, int maxAttributes, int maxTextLength) {

    private static final ReadLimits DEFAULTS = new ReadLimits(100, 64, 16 * 1024 * 1024);

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is below its minimum
     */
    public ReadLimits {
        if (maxDepth < 8) {
            throw new IllegalArgumentException("maxDepth must be at least 8: " + maxDepth);
        }
        if (maxAttributes < 1) {
            throw new IllegalArgumentException("maxAttributes must be at least 1: " + maxAttributes);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be at least 1: " + maxTextLength);
        }
    }

    /**
     * Obtains the default limits: depth 100, 64 attributes per element, 16 Mi characters of text per element
     * (ELMO attachments embed PDFs as data URIs).
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }
}
