package org.microcred.core;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * A link to a web resource with an optional title: a homepage, a supplementary document, a learning resource.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param url the address, not null, absolute
 * @param title the title, not null (empty if none)
 * @since 0.1
 */
public record WebLink(URI url, Optional<MultilingualText> title) {

    /**
     * Creates a link.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the URL is not absolute
     */
    public WebLink {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("Link URL must be absolute: '" + url + "'");
        }
        Checks.optional(title, "title");
    }

    /**
     * Obtains a link without a title.
     *
     * @param url the URL text, not null
     * @return the link, not null
     */
    public static WebLink of(String url) {
        return new WebLink(URI.create(url), Optional.empty());
    }

    /**
     * Obtains a link with a title.
     *
     * @param url the URL text, not null
     * @param title the title, not null
     * @return the link, not null
     */
    public static WebLink of(String url, MultilingualText title) {
        return new WebLink(URI.create(url), Optional.of(title));
    }
}
