package org.microcred.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the {@link CredentialCodec}s on the class path or module path.
 *
 * <p>Codecs register themselves with {@link ServiceLoader} ({@code provides
 * org.microcred.core.format.CredentialCodec with ...}); add {@code microcred-json} and/or
 * {@code microcred-xml} as a dependency to make their formats available.
 *
 * @since 0.1
 */
public final class Codecs {
    private static final Map<Format, CredentialCodec> INSTALLED = load();

    private Codecs() {
    }

    private static Map<Format, CredentialCodec> load() {
        Map<Format, CredentialCodec> map = new EnumMap<>(Format.class);
        for (CredentialCodec codec : ServiceLoader.load(CredentialCodec.class, Codecs.class.getClassLoader())) {
            map.putIfAbsent(codec.format(), codec);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Obtains the codec of a format.
     *
     * @param format the format, not null
     * @return the codec, not null
     * @throws IllegalStateException if no codec of that format is installed, naming the module to add
     */
    public static CredentialCodec of(Format format) {
        CredentialCodec codec = INSTALLED.get(format);
        if (codec == null) {
            String module = switch (format) {
                case JSON, ELM, OB3 -> "microcred-json";
                case XML, ELMO -> "microcred-xml";
            };
            throw new IllegalStateException("No codec for format '" + format.id() + "' is installed: add " + module);
        }
        return codec;
    }

    /**
     * Gets every installed codec.
     *
     * @return the codecs in {@link Format} order, not null
     */
    public static List<CredentialCodec> installed() {
        return List.copyOf(new ArrayList<>(INSTALLED.values()));
    }

    /**
     * Detects the format of a document from its first bytes.
     *
     * <p>The more specific formats are asked first (ELM, OB 3.0 and ELMO before microcred's own JSON and XML).
     *
     * @param head the first bytes of the document (a few kilobytes are enough), not null
     * @return the format, or empty if no installed codec recognises it
     */
    public static Optional<Format> detect(byte[] head) {
        for (Format f : new Format[] {Format.ELM, Format.OB3, Format.ELMO, Format.JSON, Format.XML}) {
            CredentialCodec codec = INSTALLED.get(f);
            if (codec != null && codec.recognises(head)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
