package org.microcred.core.format;

import java.util.Objects;
import org.microcred.core.Element;

/**
 * One thing a conversion could not carry into the target format.
 *
 * <p>Codecs never drop content silently: whatever a target cannot hold is reported as a loss, and a
 * strict caller turns any loss into a failure.
 *
 * @param element the element of the standard that is lost (in part or in whole), not null
 * @param path where in the model the lost value was, e.g. {@code awardingBodies[1]}, not null
 * @param reason why it cannot be carried, not null
 * @since 0.1
 */
public record Loss(Element element, String path, String reason) {
    /**
     * Creates a loss.
     *
     * @throws NullPointerException if any argument is null
     */
    public Loss {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** Formats as {@code ID path: reason}, the form the command line prints after {@code lost:}. */
    @Override
    public String toString() {
        return element.name() + (path.isEmpty() ? "" : " " + path) + ": " + reason;
    }
}
