package org.microcred.core.format;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.Element;

/**
 * Thrown when a document cannot be read or written in a wire format.
 *
 * <p>This is the root of microcred's one exception family for codecs. Every message names the
 * format, the location in the document (a JSON pointer or an XPath-like path, plus line and column
 * for text input when known), the element of the standard where known, and the offending value.
 * Lower-level exceptions (Jackson, StAX, I/O) are kept as the cause.
 *
 * <p>Subtypes: {@link MalformedDocumentException} for input that is not a well-formed document of the
 * format or breaks a reading limit, and {@link UnsupportedContentException} for a well-formed document
 * whose content microcred cannot map.
 *
 * @since 0.1
 */
public class CredentialFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Format format;
    private final Location location;
    private final Element element;
    private final String offendingValue;

    /**
     * Creates an exception.
     *
     * @param format the format being read or written, not null
     * @param location where in the document, not null ({@link Location#UNKNOWN} if unknown)
     * @param element the element of the standard concerned, may be null if unknown
     * @param offendingValue the offending value as found (shortened by the caller if huge), may be null
     * @param problem what is wrong, not null
     * @param cause the lower-level cause, may be null
     */
    public CredentialFormatException(Format format, Location location, Element element, String offendingValue,
            String problem, Throwable cause) {
        super(message(format, location, element, offendingValue, problem), cause);
        this.format = Objects.requireNonNull(format, "format");
        this.location = Objects.requireNonNull(location, "location");
        this.element = element;
        this.offendingValue = offendingValue;
    }

    private static String message(Format format, Location location, Element element, String value, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(format.id()).append(": ");
        if (location != null && !location.isUnknown()) {
            sb.append(location).append(": ");
        }
        if (element != null) {
            sb.append(element.name()).append(' ').append(element.title()).append(": ");
        }
        sb.append(problem);
        if (value != null) {
            sb.append(": '").append(abbreviate(value)).append('\'');
        }
        return sb.toString();
    }

    /**
     * Shortens a value for a message so that a 100 MB string never ends up in a log line.
     *
     * @param value the value, not null
     * @return the value, or its first 200 characters followed by a count of the rest
     */
    public static String abbreviate(String value) {
        if (value.length() <= 200) {
            return value;
        }
        return value.substring(0, 200) + "…(" + (value.length() - 200) + " more characters)";
    }

    /**
     * Gets the format that was being read or written.
     *
     * @return the format, not null
     */
    public Format format() {
        return format;
    }

    /**
     * Gets where in the document the problem is.
     *
     * @return the location, not null
     */
    public Location location() {
        return location;
    }

    /**
     * Gets the element of the standard concerned, if known.
     *
     * @return the element, not null
     */
    public Optional<Element> element() {
        return Optional.ofNullable(element);
    }

    /**
     * Gets the offending value, if there is one.
     *
     * @return the value as found in the document, not null
     */
    public Optional<String> offendingValue() {
        return Optional.ofNullable(offendingValue);
    }

    /**
     * A position in a document: a path (JSON pointer for JSON, slash-separated element path for XML) and,
     * for text input, a 1-based line and column.
     *
     * @param path the path, empty if unknown, not null
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @since 0.1
     */
    public record Location(String path, long line, long column) {
        /** An unknown location. */
        public static final Location UNKNOWN = new Location("", 0, 0);

        /**
         * Creates a location.
         *
         * @throws NullPointerException if path is null
         * @throws IllegalArgumentException if line or column is negative
         */
        public Location {
            Objects.requireNonNull(path, "path");
            if (line < 0 || column < 0) {
                throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
            }
        }

        /**
         * Obtains a location with a path and a line and column.
         *
         * @param path the path, not null
         * @param line the 1-based line, or 0 if unknown
         * @param column the 1-based column, or 0 if unknown
         * @return the location, not null
         */
        public static Location of(String path, long line, long column) {
            return new Location(path, line, column);
        }

        /**
         * Checks whether nothing is known about this location.
         *
         * @return true if neither path nor line is known
         */
        public boolean isUnknown() {
            return path.isEmpty() && line == 0;
        }

        /** Formats as {@code line:column path}, leaving out what is unknown. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (line > 0) {
                sb.append(line).append(':').append(column);
            }
            if (!path.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(path);
            }
            return sb.toString();
        }
    }
}
