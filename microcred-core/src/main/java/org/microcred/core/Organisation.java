package org.microcred.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;

/**
 * An organisation: an awarding body (E04), a provider (N01), the sealing issuer (S02) or a quality
 * assurance body (E11). Its country and regions are the country(ies)/region(s) of the issuer (E03) when it
 * awards the credential.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param id the organisation's URI (e.g. a DID or a URN), not null (empty if none)
 * @param legalName the legal name, not null
 * @param identifiers identifiers in schemes (Erasmus code, PIC, SCHAC, VAT, eIDAS, ...), in order, not null
 * @param country the country where it is established, not null (empty if unknown)
 * @param regions regions as concepts (NUTS {@code http://data.europa.eu/nuts/code/...} or EU ATU), not null
 * @param homepage the homepage, not null (empty if none)
 * @since 0.1
 */
public record Organisation(Optional<URI> id, MultilingualText legalName, List<Identifier> identifiers,
        Optional<Country> country, List<@KnownConcept(element = Element.E03, groups = Profile.Structural.class) Concept> regions,
        Optional<URI> homepage) {

    /**
     * Creates an organisation.
     *
     * @throws NullPointerException if any argument is null
     */
    public Organisation {
        Checks.optional(id, "id");
        Objects.requireNonNull(legalName, "legalName");
        identifiers = Checks.copy(identifiers, "identifiers");
        Checks.optional(country, "country");
        regions = Checks.copy(regions, "regions");
        Checks.optional(homepage, "homepage");
    }

    /**
     * Obtains an organisation with a legal name and a country.
     *
     * @param legalName the legal name, not null
     * @param country the country, not null
     * @return the organisation, not null
     */
    public static Organisation of(MultilingualText legalName, Country country) {
        return new Organisation(Optional.empty(), legalName, List.of(), Optional.of(country), List.of(), Optional.empty());
    }

    /**
     * Checks whether the organisation has a country or a region (what E03 asks of an awarding body).
     *
     * @return true if located
     */
    public boolean isLocated() {
        return country.isPresent() || !regions.isEmpty();
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
     * Returns a builder holding this organisation's values.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.legalName = legalName;
        b.identifiers.addAll(identifiers);
        b.country = country.orElse(null);
        b.regions.addAll(regions);
        b.homepage = homepage.orElse(null);
        return b;
    }

    /**
     * Returns a copy without country and regions.
     *
     * @return a new organisation, not null
     */
    public Organisation withoutLocation() {
        return new Organisation(id, legalName, identifiers, Optional.empty(), List.of(), homepage);
    }

    /**
     * Collects an organisation's values; {@link #build()} hands them to the record, which checks them.
     *
     * @since 0.1
     */
    public static final class Builder {
        private URI id;
        private MultilingualText legalName;
        private final List<Identifier> identifiers = new ArrayList<>();
        private Country country;
        private final List<Concept> regions = new ArrayList<>();
        private URI homepage;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the id, not null
         * @return this, for chaining, not null
         */
        public Builder id(URI id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the legal name.
         *
         * @param legalName the name, not null
         * @return this, for chaining, not null
         */
        public Builder legalName(MultilingualText legalName) {
            this.legalName = Objects.requireNonNull(legalName, "legalName");
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
         * Sets the country.
         *
         * @param country the country, not null
         * @return this, for chaining, not null
         */
        public Builder country(Country country) {
            this.country = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Adds a region.
         *
         * @param region the region concept, not null
         * @return this, for chaining, not null
         */
        public Builder region(Concept region) {
            regions.add(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * Sets the homepage.
         *
         * @param homepage the URL, not null
         * @return this, for chaining, not null
         */
        public Builder homepage(URI homepage) {
            this.homepage = Objects.requireNonNull(homepage, "homepage");
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation, not null
         * @throws IllegalStateException if the legal name is missing
         */
        public Organisation build() {
            List<String> missing = new ArrayList<>();
            if (legalName == null) {
                missing.add("legalName");
            }
            Checks.requireComplete("Organisation", missing);
            return new Organisation(Optional.ofNullable(id), legalName, identifiers, Optional.ofNullable(country),
                    regions, Optional.ofNullable(homepage));
        }
    }
}
