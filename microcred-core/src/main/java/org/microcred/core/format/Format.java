package org.microcred.core.format;

import java.util.Locale;

/**
 * The wire formats that microcred reads and writes.
 *
 * <p>Each constant has a stable {@linkplain #id() id} used on the command line, in conformance
 * manifests and in exception messages.
 *
 * @since 0.1
 */
public enum Format {
    /** microcred's own JSON form of the model ({@code microcred-json}). */
    JSON("json", "application/json"),
    /** ELM v3 European Digital Credential, JSON-LD ({@code microcred-json}). */
    ELM("elm", "application/ld+json"),
    /** 1EdTech Open Badges 3.0 {@code OpenBadgeCredential} ({@code microcred-json}). */
    OB3("ob3", "application/vc+ld+json"),
    /** microcred's own XML form of the model ({@code microcred-xml}). */
    XML("xml", "application/xml"),
    /** EMREX ELMO 1.7 XML ({@code microcred-xml}). */
    ELMO("elmo", "application/xml");

    private final String id;
    private final String mediaType;

    Format(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /**
     * Gets the stable, lower-case identifier of this format, e.g. {@code "elmo"}.
     *
     * @return the identifier, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the media type documents of this format are usually served with.
     *
     * @return the media type, not null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Obtains a format from its {@linkplain #id() identifier}, ignoring case.
     *
     * @param id the identifier, not null
     * @return the format, not null
     * @throws IllegalArgumentException if no format has that identifier
     */
    public static Format of(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + id + "' (expected one of json, elm, ob3, xml, elmo)");
    }
}
