/**
 * Internals of microcred-json shared by its JSON codecs (native JSON, ELM, Open Badges 3.0); not API.
 *
 * <p>The parts: {@link org.microcred.json.internal.Jackson} (the hardened factories and mapper with
 * deliberate read limits), {@link org.microcred.json.internal.LocatedTree} (a tree that remembers line and
 * column of every value), {@link org.microcred.json.internal.ObjectIn} (a reading cursor that keeps every
 * unconsumed property as an extension), {@link org.microcred.json.internal.ExtensionPlacer} (writes
 * extensions back in place), {@link org.microcred.json.internal.JsonErrors} (translation into the core's
 * exception family), {@link org.microcred.json.internal.CodecEngine} (parsing, streaming, writing) with a
 * format-specific {@link org.microcred.json.internal.TreeMapping}.
 *
 * <p>Extension paths: JSON pointers in the source document, where a single JSON-LD value standing for an
 * array of one is addressed as item {@code 0}; extensions of the specification are relative to the
 * specification's node and start with {@code /specification}.
 *
 * <p>Null policy: no method accepts or returns null unless documented.
 */
package org.microcred.json.internal;
