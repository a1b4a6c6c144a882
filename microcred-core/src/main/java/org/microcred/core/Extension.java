package org.microcred.core;

import java.util.Objects;
import org.microcred.core.format.Format;
import org.microcred.core.internal.Checks;

/**
 * Content of a source document that the model does not know (S08), kept so that the codec of the same
 * format writes it back in place.
 *
 * <p>The path locates the property in the source document: a JSON pointer for the JSON formats (e.g.
 * {@code /credentialSubject/hasClaim/0/foo}), a slash-separated element path with namespaces in braces for
 * the XML formats. Writing a credential to another format cannot place foreign extensions and reports them
 * as losses of S08.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param format the format of the source document, not null
 * @param path where the content was in the source document, not null, not blank
 * @param value the content, not null
 * @since 0.1
 */
public record Extension(Format format, String path, ExtensionNode value) {

    /**
     * Creates an extension.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the path is blank
     */
    public Extension {
        Objects.requireNonNull(format, "format");
        Checks.notBlank(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
