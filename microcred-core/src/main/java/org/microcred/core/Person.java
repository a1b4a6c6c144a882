package org.microcred.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;

/**
 * The learner (E01): names, date of birth, identifiers.
 *
 * <p>A person is identified by at least one of: an id (subject URI or DID), a name, an identifier.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param id the subject id, e.g. a DID or a URN, not null (empty if none)
 * @param fullName the full name as printed, not null (empty if none)
 * @param givenName the given name(s), not null (empty if none)
 * @param familyName the family name(s), not null (empty if none)
 * @param dateOfBirth the date of birth, not null (empty if none)
 * @param identifiers identifiers in schemes, in order, not null
 * @since 0.1
 */
public record Person(Optional<URI> id, Optional<String> fullName, Optional<String> givenName,
        Optional<String> familyName, Optional<LocalDate> dateOfBirth, List<Identifier> identifiers) {

    /**
     * Creates a person.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a name is blank, or there is no id, name or identifier at all
     */
    public Person {
        Checks.optional(id, "id");
        Checks.optionalNotBlank(fullName, "fullName");
        Checks.optionalNotBlank(givenName, "givenName");
        Checks.optionalNotBlank(familyName, "familyName");
        Checks.optional(dateOfBirth, "dateOfBirth");
        identifiers = Checks.copy(identifiers, "identifiers");
        if (id.isEmpty() && fullName.isEmpty() && givenName.isEmpty() && familyName.isEmpty() && identifiers.isEmpty()) {
            throw new IllegalArgumentException("A person needs an id, a name or an identifier");
        }
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this person's values.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.fullName = fullName.orElse(null);
        b.givenName = givenName.orElse(null);
        b.familyName = familyName.orElse(null);
        b.dateOfBirth = dateOfBirth.orElse(null);
        b.identifiers.addAll(identifiers);
        return b;
    }

    /**
     * Gets a name to show: the full name, else given and family name joined, else the first identifier.
     *
     * @return the display name, not null
     */
    public String displayName() {
        if (fullName.isPresent()) {
            return fullName.get();
        }
        String joined = (givenName.orElse("") + " " + familyName.orElse("")).trim();
        if (!joined.isEmpty()) {
            return joined;
        }
        return identifiers.isEmpty() ? id.map(URI::toString).orElse("") : identifiers.get(0).value();
    }

    /**
     * Collects a person's values; {@link #build()} hands them to the record, which checks them.
     *
     * @since 0.1
     */
    public static final class Builder {
        private URI id;
        private String fullName;
        private String givenName;
        private String familyName;
        private LocalDate dateOfBirth;
        private final List<Identifier> identifiers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the subject id.
         *
         * @param id the id, not null
         * @return this, for chaining, not null
         */
        public Builder id(URI id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the full name.
         *
         * @param fullName the full name, not null
         * @return this, for chaining, not null
         */
        public Builder fullName(String fullName) {
            this.fullName = Objects.requireNonNull(fullName, "fullName");
            return this;
        }

        /**
         * Sets the given name.
         *
         * @param givenName the given name, not null
         * @return this, for chaining, not null
         */
        public Builder givenName(String givenName) {
            this.givenName = Objects.requireNonNull(givenName, "givenName");
            return this;
        }

        /**
         * Sets the family name.
         *
         * @param familyName the family name, not null
         * @return this, for chaining, not null
         */
        public Builder familyName(String familyName) {
            this.familyName = Objects.requireNonNull(familyName, "familyName");
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param dateOfBirth the date, not null
         * @return this, for chaining, not null
         */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            return this;
        }

        /**
         * Adds an identifier.
         *
         * @param identifier the identifier, not null
         * @return this, for chaining, not null
         */
        public Builder identifier(Identifier identifier) {
            identifiers.add(Objects.requireNonNull(identifier, "identifier"));
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person, not null
         * @throws IllegalArgumentException if the values break the record's invariants
         */
        public Person build() {
            return new Person(Optional.ofNullable(id), Optional.ofNullable(fullName), Optional.ofNullable(givenName),
                    Optional.ofNullable(familyName), Optional.ofNullable(dateOfBirth), identifiers);
        }
    }
}
