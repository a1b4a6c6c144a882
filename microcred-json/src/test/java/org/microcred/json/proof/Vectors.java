package org.microcred.json.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.json.proof.internal.JsonSupport;

/** Reads the test vectors copied under src/test/resources/vectors (see the PROVENANCE.md files there). */
final class Vectors {
    private Vectors() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource /vectors/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static ObjectNode json(String path) {
        return JsonSupport.parseObject(bytes(path));
    }

    static byte[] hex(String path) {
        return HexFormat.of().parseHex(text(path).trim());
    }
}
