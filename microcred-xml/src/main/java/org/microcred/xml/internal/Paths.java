package org.microcred.xml.internal;

/**
 * Element paths of extensions: segments separated by '/', where a segment may hold a namespace in braces
 * (which itself contains '/').
 */
public final class Paths {
    private Paths() {
    }

    /**
     * Splits a path into its parent path and its last segment without a positional index.
     *
     * @param path the path, e.g. {@code /specification/{https://example.org/ext}note[2]}
     * @return {parent, name}, e.g. {@code {"/specification", "{https://example.org/ext}note"}}, or null if
     *     the path is not absolute
     */
    public static String[] split(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        int depth = 0;
        int last = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '/' && depth == 0) {
                last = i;
            }
        }
        String name = path.substring(last + 1);
        if (name.endsWith("]") && name.lastIndexOf('[') > name.lastIndexOf('}')) {
            name = name.substring(0, name.lastIndexOf('['));
        }
        return new String[] {path.substring(0, last), name};
    }
}
