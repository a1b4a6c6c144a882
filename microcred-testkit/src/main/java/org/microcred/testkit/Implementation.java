package org.microcred.testkit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;

/**
 * What the conformance kit runs against: a codec per supported format and a validator.
 *
 * <p>A vendor's Java implementation supplies its own {@link CredentialCodec}s with {@link #of(String, List)};
 * formats it has no codec for are skipped, not failed. Validation defaults to microcred's
 * {@link CredentialValidator}: the kit checks that a reader keeps what makes a document (in)valid.
 *
 * <p>Implementation requirements: implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface Implementation {

    /**
     * Gets the name shown in reports.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Gets the codec of a format, if this implementation supports it.
     *
     * @param format the format, not null
     * @return the codec, or empty to skip the format's checks
     */
    Optional<CredentialCodec> codec(Format format);

    /**
     * Validates a credential; by default with microcred's {@link CredentialValidator}.
     *
     * @param credential the credential, not null
     * @param profile the profile, not null
     * @return the violations, not null
     */
    default List<Violation> validate(MicroCredential credential, Profile profile) {
        return DefaultValidator.INSTANCE.validate(credential, profile);
    }

    /**
     * Obtains microcred's own implementation: every codec installed on the class path ({@link Codecs}).
     *
     * @return the implementation, not null
     */
    static Implementation microcred() {
        return of("microcred", Codecs.installed());
    }

    /**
     * Obtains an implementation from codecs, validated with microcred's validator.
     *
     * @param name the name shown in reports, not null
     * @param codecs the codecs, at most one per format, not null
     * @return the implementation, not null
     * @throws IllegalArgumentException if two codecs have the same format
     */
    static Implementation of(String name, List<CredentialCodec> codecs) {
        Objects.requireNonNull(name, "name");
        Map<Format, CredentialCodec> map = new EnumMap<>(Format.class);
        for (CredentialCodec c : codecs) {
            if (map.put(c.format(), c) != null) {
                throw new IllegalArgumentException("Two codecs for format '" + c.format().id() + "'");
            }
        }
        Map<Format, CredentialCodec> frozen = Map.copyOf(map);
        return new Implementation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<CredentialCodec> codec(Format format) {
                return Optional.ofNullable(frozen.get(format));
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}

/** Holds microcred's validator, created on first use (bootstrapping Jakarta Validation is not free). */
final class DefaultValidator {
    static final CredentialValidator INSTANCE = CredentialValidator.create();

    private DefaultValidator() {
    }
}
