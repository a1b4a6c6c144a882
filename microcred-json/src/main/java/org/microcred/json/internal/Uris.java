package org.microcred.json.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses URIs, reusing the parsed form of the EU's vocabulary and authority-table URIs (concepts, countries,
 * languages), which recur in nearly every record: parsing a URI is a large part of reading a credential, and a
 * batch of a million records would parse the same few hundred of them over and over. {@link URI} is immutable,
 * so one instance can be shared. The cache is bounded in entries and in key length, so that hostile input can
 * only stop it from growing, never make it large. Thread-safe.
 */
final class Uris {
    private static final String DATA = "http://data.europa.eu/";
    private static final String PUBLICATIONS = "http://publications.europa.eu/";
    private static final int MAX_ENTRIES = 4096;
    private static final int MAX_LENGTH = 256;
    private static final ConcurrentHashMap<String, URI> CACHE = new ConcurrentHashMap<>();

    private Uris() {
    }

    /**
     * Parses a URI, as {@link URI#URI(String)} does.
     *
     * @param s the text, not null
     * @return the URI, not null
     * @throws URISyntaxException if the text is not a URI
     */
    static URI parse(String s) throws URISyntaxException {
        if (s.length() > MAX_LENGTH || !(s.startsWith(DATA) || s.startsWith(PUBLICATIONS))) {
            return new URI(s);
        }
        URI u = CACHE.get(s);
        if (u == null) {
            // only a valid URI gets here: an invalid one has thrown
            u = new URI(s);
            if (CACHE.size() < MAX_ENTRIES) {
                CACHE.putIfAbsent(s, u);
            }
        }
        return u;
    }

    /**
     * Parses a URI, as {@link URI#create(String)} does.
     *
     * @param s the text, not null
     * @return the URI, not null
     * @throws IllegalArgumentException if the text is not a URI
     */
    static URI create(String s) {
        try {
            return parse(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
