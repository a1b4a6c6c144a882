package org.microcred.core.format;

import org.microcred.core.Element;

/**
 * Thrown when input is not a well-formed document of its format, is hostile (DTDs, external entities),
 * breaks a reading limit (nesting depth, string or number length, document size), or has a value of the
 * wrong type or syntax for an element.
 *
 * @since 0.1
 */
public class MalformedDocumentException extends CredentialFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param format the format being read, not null
     * @param location where in the document, not null
     * @param element the element of the standard concerned, may be null
     * @param offendingValue the offending value, may be null
     * @param problem what is wrong, not null
     * @param cause the lower-level cause, may be null
     */
    public MalformedDocumentException(Format format, Location location, Element element, String offendingValue,
            String problem, Throwable cause) {
        super(format, location, element, offendingValue, problem, cause);
    }
}
