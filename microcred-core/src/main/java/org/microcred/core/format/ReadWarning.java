package org.microcred.core.format;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.Element;

/**
 * Something a lenient reader accepted but that does not follow its format's rules, for example ELMO
 * elements out of schema order. In strict mode the same condition is a {@link CredentialFormatException}.
 *
 * @param location where in the document, not null
 * @param element the element of the standard concerned, not null (empty if none)
 * @param message what was accepted and why it is not right, not null
 * @since 0.1
 */
public record ReadWarning(CredentialFormatException.Location location, Optional<Element> element, String message) {
    /**
     * Creates a warning.
     *
     * @throws NullPointerException if any argument is null
     */
    public ReadWarning {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
    }
}
