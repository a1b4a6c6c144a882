/**
 * microcred-json: microcred's own JSON ({@link org.microcred.json.JsonCodec}), ELM v3 / EDC JSON-LD
 * ({@link org.microcred.json.ElmCodec}) and the Jackson module ({@link org.microcred.json.MicrocredModule}).
 *
 * <p>The codecs are found through {@link org.microcred.core.format.Codecs}; they are immutable and
 * thread-safe, read with deliberate limits (nesting depth, string, number and document length, duplicate
 * keys, strict UTF-8), stream JSON arrays and JSON Lines lazily, and report every error as a
 * {@link org.microcred.core.format.CredentialFormatException} with JSON pointer, line:column, element and
 * offending value.
 *
 * <p>Null policy: no method accepts or returns null.
 */
package org.microcred.json;
