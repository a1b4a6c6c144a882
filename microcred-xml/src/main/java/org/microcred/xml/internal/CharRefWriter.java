package org.microcred.xml.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a tab, line feed or carriage return preceded by {@link #MARK} as a character reference. XmlOutput
 * marks them in attribute values and namespace names, where the JDK's writer writes them raw and a reader's
 * attribute-value normalisation would turn them into spaces. The mark, U+FFFE, is not an XML character:
 * XmlOutput refuses it in content, so it can only come from XmlOutput's own marking.
 */
final class CharRefWriter extends FilterWriter {
    /** Precedes a character to write as a reference. */
    static final char MARK = '\uFFFE';

    private boolean marked;

    CharRefWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (marked) {
            marked = false;
            out.write("&#" + c + ";");
        } else if (c == MARK) {
            marked = true;
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (marked || buf[i] == MARK) {
                out.write(buf, from, i - from);
                write(buf[i]);
                from = i + 1;
            }
        }
        out.write(buf, from, off + len - from);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
