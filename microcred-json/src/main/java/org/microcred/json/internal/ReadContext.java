package org.microcred.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.microcred.core.Element;
import org.microcred.core.Extension;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.ReadWarning;

/**
 * The state of reading one record: its located tree, the extensions (S08) collected so far for the
 * credential and for its specification, and the warnings. Not thread-safe; one per record.
 */
public final class ReadContext {
    private final Format format;
    private final LocatedTree tree;
    private final boolean setsAsArrays;
    private final Function<String, Element> elementAt;
    private final List<Extension> credentialExtensions = new ArrayList<>();
    private final List<Extension> specificationExtensions = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private final List<ObjectIn> opened = new ArrayList<>();

    /**
     * Creates a context.
     *
     * @param format the format being read, not null
     * @param tree the record, not null
     * @param setsAsArrays true for JSON-LD, where a single value may stand for an array of one
     * @param elementAt maps a pointer to its element (null if none), not null
     */
    public ReadContext(Format format, LocatedTree tree, boolean setsAsArrays, Function<String, Element> elementAt) {
        this.format = Objects.requireNonNull(format, "format");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.setsAsArrays = setsAsArrays;
        this.elementAt = Objects.requireNonNull(elementAt, "elementAt");
    }

    /**
     * Gets the format.
     *
     * @return the format, not null
     */
    public Format format() {
        return format;
    }

    /**
     * Gets the tree.
     *
     * @return the tree, not null
     */
    public LocatedTree tree() {
        return tree;
    }

    /**
     * Tells whether a single value may stand for an array of one (JSON-LD).
     *
     * @return true for JSON-LD formats
     */
    public boolean setsAsArrays() {
        return setsAsArrays;
    }

    /**
     * Gets the element a pointer belongs to.
     *
     * @param pointer the pointer in the record, not null
     * @return the element, or null if unknown
     */
    public Element elementAt(String pointer) {
        return elementAt.apply(pointer);
    }

    /**
     * Obtains the location of a value for an exception or warning.
     *
     * @param realPointer the pointer of the value inside the record, not null
     * @return the location, with the record's base pointer prepended, not null
     */
    public Location location(String realPointer) {
        long[] p = tree.position(realPointer);
        return Location.of(tree.basePointer() + realPointer, p[0], p[1]);
    }

    /**
     * Adds an extension kept for the credential or for its specification.
     *
     * @param extension the extension, not null
     * @param ofSpecification true if it belongs to the specification
     */
    public void keep(Extension extension, boolean ofSpecification) {
        (ofSpecification ? specificationExtensions : credentialExtensions).add(extension);
    }

    /**
     * Registers a cursor so that {@link #finishAll()} can keep what it did not consume.
     *
     * @param cursor the cursor, not null
     */
    void opened(ObjectIn cursor) {
        opened.add(cursor);
    }

    /**
     * Finishes every cursor not yet finished, in the order they were opened, so that no unconsumed
     * property escapes being kept as an extension. Call before taking the extension lists.
     */
    public void finishAll() {
        for (int i = 0; i < opened.size(); i++) {
            opened.get(i).finish();
        }
    }

    /**
     * Adds a warning.
     *
     * @param warning the warning, not null
     */
    public void warn(ReadWarning warning) {
        warnings.add(Objects.requireNonNull(warning, "warning"));
    }

    /**
     * Gets the extensions kept for the credential, in order.
     *
     * @return the live list, not null
     */
    public List<Extension> credentialExtensions() {
        return credentialExtensions;
    }

    /**
     * Gets the extensions kept for the specification, in order.
     *
     * @return the live list, not null
     */
    public List<Extension> specificationExtensions() {
        return specificationExtensions;
    }

    /**
     * Gets the warnings.
     *
     * @return the live list, not null
     */
    public List<ReadWarning> warnings() {
        return warnings;
    }
}
