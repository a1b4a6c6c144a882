package org.microcred.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.core.Element;
import org.microcred.core.format.CredentialFormatException;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.MalformedDocumentException;

/**
 * Translates Jackson and I/O exceptions into microcred's exception family, keeping the cause and adding
 * what is known: JSON pointer, line and column, element and offending value.
 */
public final class JsonErrors {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private JsonErrors() {
    }

    /**
     * Translates an exception raised while reading.
     *
     * @param format the format being read, not null
     * @param e the exception, not null
     * @param elementAt maps a JSON pointer to the element it belongs to, not null
     * @return the translated exception (the same one if it already is one), not null
     */
    public static CredentialFormatException reading(Format format, Throwable e, Function<String, Element> elementAt) {
        return reading(format, e, elementAt, null);
    }

    /**
     * Translates an exception raised while reading, taking the location from the parser when the exception
     * has none (limits raised by Jackson's read constraints carry no location).
     *
     * @param format the format being read, not null
     * @param e the exception, not null
     * @param elementAt maps a JSON pointer to the element it belongs to, not null
     * @param parser the parser that was reading, may be null
     * @return the translated exception, not null
     */
    public static CredentialFormatException reading(Format format, Throwable e, Function<String, Element> elementAt,
            JsonParser parser) {
        if (e instanceof CredentialFormatException cfe) {
            return cfe;
        }
        if (e instanceof JacksonException je) {
            String pointer = pointer(je);
            JsonLocation loc = je.getLocation();
            if ((loc == null || loc.getLineNr() < 1) && parser != null) {
                loc = parser.currentLocation();
                if (pointer.isEmpty()) {
                    pointer = safePointer(parser);
                }
            }
            Location location = location(pointer, loc);
            Element element = pointer.isEmpty() ? null : elementAt.apply(pointer);
            String original = je instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : je.getMessage();
            String problem;
            String value = null;
            if (e instanceof StreamConstraintsException) {
                problem = "document breaks a reading limit (" + original + ")";
            } else if (e instanceof JsonEOFException || (original != null && original.contains("end-of-input"))) {
                problem = "truncated document: unexpected end of input (" + original + ")";
            } else if (original != null && original.startsWith("Duplicate field")) {
                problem = "duplicate key";
                value = quoted(original);
            } else if (original != null && original.contains("UTF-8")) {
                problem = "invalid UTF-8 (" + original + ")";
            } else {
                problem = "not well-formed JSON (" + original + ")";
            }
            return new MalformedDocumentException(format, location, element, value, problem, e);
        }
        if (e instanceof StrictUtf8InputStream.Utf8Exception u) {
            String pointer = parser == null ? "" : safePointer(parser);
            return new MalformedDocumentException(format, Location.of(pointer, u.line(), u.column()),
                    pointer.isEmpty() ? null : elementAt.apply(pointer), u.value(), u.getMessage(), e);
        }
        if (e instanceof CharConversionException) {
            return new MalformedDocumentException(format, Location.UNKNOWN, null, null,
                    "invalid character encoding (" + e.getMessage() + ")", e);
        }
        if (e instanceof IOException) {
            return new CredentialFormatException(format, Location.UNKNOWN, null, null,
                    "cannot read input (" + e.getMessage() + ")", e);
        }
        if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
            throw (Error) e;
        }
        return new MalformedDocumentException(format, Location.UNKNOWN, null, null,
                "cannot read document (" + e + ")", e);
    }

    /**
     * Translates an exception raised while writing.
     *
     * @param format the format being written, not null
     * @param e the exception, not null
     * @return the translated exception, not null
     */
    public static CredentialFormatException writing(Format format, Throwable e) {
        if (e instanceof CredentialFormatException cfe) {
            return cfe;
        }
        return new CredentialFormatException(format, Location.UNKNOWN, null, null,
                "cannot write document (" + e.getMessage() + ")", e);
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String pointer(JacksonException e) {
        return e.getProcessor() instanceof JsonParser parser ? safePointer(parser) : "";
    }

    private static String safePointer(JsonParser parser) {
        try {
            JsonStreamContext ctx = parser.getParsingContext();
            return ctx == null ? "" : ctx.pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            // a parser in a broken state cannot tell its path; the line and column still locate the problem
            return "";
        }
    }

    private static Location location(String pointer, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.of(pointer, 0, 0);
        }
        return Location.of(pointer, loc.getLineNr(), Math.max(loc.getColumnNr(), 0));
    }
}
