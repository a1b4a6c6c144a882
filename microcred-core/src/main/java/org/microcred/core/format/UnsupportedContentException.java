package org.microcred.core.format;

import org.microcred.core.Element;

/**
 * Thrown when a well-formed document has content that microcred cannot map to the model, or when a
 * strict conversion would lose an element.
 *
 * @since 0.1
 */
public class UnsupportedContentException extends CredentialFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param format the format being read or written, not null
     * @param location where in the document, not null
     * @param element the element of the standard concerned, may be null
     * @param offendingValue the offending value, may be null
     * @param problem what is wrong, not null
     * @param cause the lower-level cause, may be null
     */
    public UnsupportedContentException(Format format, Location location, Element element, String offendingValue,
            String problem, Throwable cause) {
        super(format, location, element, offendingValue, problem, cause);
    }
}
