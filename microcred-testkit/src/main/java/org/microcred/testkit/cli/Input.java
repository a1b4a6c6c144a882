package org.microcred.testkit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.testkit.ConformanceRunner;

/** An input file (or standard input for {@code -}) and its format, given or detected from its first bytes. */
final class Input implements AutoCloseable {
    final String name;
    final InputStream stream;
    final Format format;

    private Input(String name, InputStream stream, Format format) {
        this.name = name;
        this.stream = stream;
        this.format = format;
    }

    /**
     * Opens an input.
     *
     * @param name a path, or {@code -} for standard input
     * @param format {@code auto} or a format id
     * @throws InputException if the file cannot be opened or its format cannot be detected
     */
    static Input open(String name, String format, InputStream stdin) {
        InputStream raw;
        try {
            raw = name.equals("-") ? stdin : Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot open: " + e.getMessage());
        }
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (!format.equals("auto")) {
            return new Input(name, in, Main.format(format));
        }
        try {
            in.mark(ConformanceRunner.HEAD_SIZE);
            byte[] head = in.readNBytes(ConformanceRunner.HEAD_SIZE);
            in.reset();
            Optional<Format> detected = Codecs.detect(head);
            if (detected.isEmpty()) {
                close(in);
                throw new InputException(name + ": unknown format (not json, elm, ob3, xml or elmo); name it with --from/--format");
            }
            return new Input(name, in, detected.get());
        } catch (IOException e) {
            close(in);
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!name.equals("-")) {
            close(stream);
        }
    }

    /** An input that cannot be read at all: exit status 2. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }
}
