package org.microcred.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * The format-specific half of a JSON codec: how one credential maps to and from a JSON tree. The other
 * half, {@link CodecEngine}, does parsing, limits, error translation and streaming for every JSON format.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface TreeMapping {

    /**
     * Gets the format.
     *
     * @return the format, not null
     */
    Format format();

    /**
     * Tells whether a single value may stand for an array of one (true for JSON-LD formats).
     *
     * @return true for JSON-LD
     */
    boolean setsAsArrays();

    /**
     * Gets the element of the standard that a JSON pointer belongs to, for error messages.
     *
     * @param pointer a pointer in a record, not null
     * @return the element, or null if none or unknown
     */
    Element elementAt(String pointer);

    /**
     * Unwraps an envelope around the credential (e.g. a JAdES JSON signature whose payload is the
     * credential as a string). The default returns the tree unchanged.
     *
     * @param tree the record as read, not null
     * @return the tree of the credential, not null
     * @throws IOException if a nested document cannot be parsed (translated by the caller)
     */
    default LocatedTree unwrap(LocatedTree tree) throws IOException {
        return tree;
    }

    /**
     * Maps a record to a credential, consuming what it maps; everything else becomes an extension when
     * {@link ObjectIn#finish()} is called on each cursor.
     *
     * @param root the cursor on the record's root object, not null
     * @return the credential, not null
     */
    MicroCredential read(ObjectIn root);

    /**
     * Maps a credential to a tree, placing its extensions of this format.
     *
     * @param credential the credential, not null
     * @param losses where to report what the format cannot carry, not null
     * @return the tree, not null
     */
    ObjectNode write(MicroCredential credential, List<Loss> losses);
}
