package org.microcred.json;

/**
 * How several credentials are framed in one JSON output.
 *
 * @since 0.1
 */
public enum JsonFraming {
    /** One compact JSON value per line (JSON Lines, {@code application/jsonl}); the default of {@code writeAll}. */
    JSON_LINES,
    /** One JSON array, one element per line. */
    JSON_ARRAY
}
