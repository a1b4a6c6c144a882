package org.microcred.core;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.IssuerLocated;
import org.microcred.core.validation.constraints.OrderedLearningPeriod;
import org.microcred.core.validation.constraints.OrderedValidity;
import org.microcred.core.validation.constraints.Present;
import org.microcred.core.vocabulary.Country;

/**
 * A micro-credential awarded to one learner: the award, which refers to its {@link CredentialSpecification}.
 *
 * <p>The award holds the elements that belong to the act of awarding: the learner (E01), the awarding
 * bodies (E04) and their countries/regions (E03), the date of issuing (E05), the grade (E14), the time
 * period of the learning (N03), the identifier (S01), the sealing issuer (S02) and the validity (S05).
 * Everything that describes the learning is in the specification.
 *
 * <p>Every element is optional in the record, so that a source document missing an element can still be
 * read and then reported by a {@linkplain org.microcred.core.validation.Profile validation profile}. Only
 * the specification is required.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param id the credential identifier (urn:uuid, https, did) (S01), not null (empty if absent)
 * @param learner the learner (E01), not null (empty if absent)
 * @param awardingBodies the awarding bodies; their countries and regions are E03 (E04), not null
 * @param issuer the sealing or signing party, when it differs from the awarding body (S02), not null (empty if absent)
 * @param issued the date of issuing, with its offset (E05), not null (empty if absent)
 * @param validFrom the start of validity (S05), not null (empty if absent)
 * @param validUntil the end of validity (expiry) (S05), not null (empty if absent)
 * @param timePeriod the time period of the learning (N03), not null (empty if absent)
 * @param grade the grade achieved (E14), not null (empty if absent)
 * @param specification the course definition this award refers to (S07), not null
 * @param extensions content of the source document the model does not know, in order (S08), not null
 * @since 0.1
 */
@IssuerLocated(element = Element.E03, groups = Profile.Eu2022.class)
@OrderedValidity(element = Element.S05, groups = Profile.Structural.class)
@OrderedLearningPeriod(element = Element.N03, groups = Profile.Structural.class)
public record MicroCredential(
        Optional<URI> id,
        @Present(element = Element.E01, groups = Profile.Eu2022.class) Optional<@Valid Person> learner,
        @Present(element = Element.E04, groups = Profile.Eu2022.class) List<@Valid Organisation> awardingBodies,
        Optional<@Valid Organisation> issuer,
        @Present(element = Element.E05, groups = Profile.Eu2022.class) Optional<OffsetDateTime> issued,
        Optional<OffsetDateTime> validFrom,
        Optional<OffsetDateTime> validUntil,
        @Present(element = Element.N03, groups = Profile.Neset2020.class) Optional<@Valid TimePeriod> timePeriod,
        Optional<@Valid Grade> grade,
        @Valid CredentialSpecification specification,
        List<Extension> extensions) {

    /**
     * Creates a MicroCredential; every creation path (builder, withers, {@link #without(Element)}) ends here.
     *
     * @throws NullPointerException if any argument or list element is null
     */
    public MicroCredential {
        Checks.optional(id, "id");
        Checks.optional(learner, "learner");
        awardingBodies = Checks.copy(awardingBodies, "awardingBodies");
        Checks.optional(issuer, "issuer");
        Checks.optional(issued, "issued");
        Checks.optional(validFrom, "validFrom");
        Checks.optional(validUntil, "validUntil");
        Checks.optional(timePeriod, "timePeriod");
        Checks.optional(grade, "grade");
        Objects.requireNonNull(specification, "specification");
        extensions = Checks.copy(extensions, "extensions");
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this MicroCredential's values, to make a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.learner = learner.orElse(null);
        b.awardingBodies.addAll(awardingBodies);
        b.issuer = issuer.orElse(null);
        b.issued = issued.orElse(null);
        b.validFrom = validFrom.orElse(null);
        b.validUntil = validUntil.orElse(null);
        b.timePeriod = timePeriod.orElse(null);
        b.grade = grade.orElse(null);
        b.specification = specification;
        b.extensions.addAll(extensions);
        return b;
    }

    /**
     * Returns a copy with another specification.
     *
     * @param specification the specification, not null
     * @return a new credential, not null
     */
    public MicroCredential withSpecification(CredentialSpecification specification) {
        return toBuilder().specification(specification).build();
    }

    /**
     * Gets the countries of the issuer (E03): those of the awarding bodies, in order, without repeats.
     *
     * @return the countries, not null
     */
    public List<Country> issuerCountries() {
        return awardingBodies.stream().flatMap(o -> o.country().stream()).distinct().toList();
    }


    /**
     * Returns a copy with one element of the standard removed, as if the source had not given it.
     *
     * <p>This is how tests and the conformance kit prove that each element is checked: removing a
     * mandatory element from a valid credential gives exactly that element's violation.
     *
     * @param element the element to remove, not null
     * @return a new MicroCredential without the element, or this one if the element does not live here
     */
    public MicroCredential without(Element element) {
        Builder b = toBuilder();
        switch (element) {
            case E01 -> b.clearLearner();
            case E03 -> b.awardingBodies(awardingBodies.stream().map(Organisation::withoutLocation).toList());
            case E04 -> b.awardingBodies(List.of());
            case E05 -> b.clearIssued();
            case E14 -> b.clearGrade();
            case N03 -> b.clearTimePeriod();
            case S01 -> b.clearId();
            case S02 -> b.clearIssuer();
            case S05 -> b.clearValidFrom().clearValidUntil();
            case S08 -> b.extensions(List.of()).specification(specification.without(Element.S08));
            case S07 -> throw new IllegalArgumentException("S07: an award cannot be without its specification");
            case E02, E06, E07, E08, E09, E10, E11, E12, E13, E15, E16, N01, N02, N04, N05, S03, S04, S06 ->
                b.specification(specification.without(element));
            default -> {
                return this;
            }
        }
        return b.build();
    }

    /**
     * Collects the values of a MicroCredential; {@link #build()} hands them to the record, which checks them.
     * Setters replace, adders append; no setter accepts null.
     *
     * @since 0.1
     */
    public static final class Builder {
        private URI id;
        private Person learner;
        private final List<Organisation> awardingBodies = new ArrayList<>();
        private Organisation issuer;
        private OffsetDateTime issued;
        private OffsetDateTime validFrom;
        private OffsetDateTime validUntil;
        private TimePeriod timePeriod;
        private Grade grade;
        private CredentialSpecification specification;
        private final List<Extension> extensions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the credential identifier (urn:uuid, https, did) (S01).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder id(URI value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Removes the credential identifier (urn:uuid, https, did) (S01).
         *
         * @return this, for chaining, not null
         */
        public Builder clearId() {
            this.id = null;
            return this;
        }

        /**
         * Sets the learner (E01).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder learner(Person value) {
            this.learner = Objects.requireNonNull(value, "learner");
            return this;
        }

        /**
         * Removes the learner (E01).
         *
         * @return this, for chaining, not null
         */
        public Builder clearLearner() {
            this.learner = null;
            return this;
        }

        /**
         * Replaces the awarding bodies; their countries and regions are E03 (E04).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder awardingBodies(List<Organisation> values) {
            this.awardingBodies.clear();
            this.awardingBodies.addAll(Checks.copy(values, "awardingBodies"));
            return this;
        }

        /**
         * Adds one of the awarding bodies; their countries and regions are E03 (E04).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder awardingBody(Organisation value) {
            this.awardingBodies.add(Objects.requireNonNull(value, "awardingBody"));
            return this;
        }

        /**
         * Sets the sealing or signing party, when it differs from the awarding body (S02).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder issuer(Organisation value) {
            this.issuer = Objects.requireNonNull(value, "issuer");
            return this;
        }

        /**
         * Removes the sealing or signing party, when it differs from the awarding body (S02).
         *
         * @return this, for chaining, not null
         */
        public Builder clearIssuer() {
            this.issuer = null;
            return this;
        }

        /**
         * Sets the date of issuing, with its offset (E05).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder issued(OffsetDateTime value) {
            this.issued = Objects.requireNonNull(value, "issued");
            return this;
        }

        /**
         * Removes the date of issuing, with its offset (E05).
         *
         * @return this, for chaining, not null
         */
        public Builder clearIssued() {
            this.issued = null;
            return this;
        }

        /**
         * Sets the start of validity (S05).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder validFrom(OffsetDateTime value) {
            this.validFrom = Objects.requireNonNull(value, "validFrom");
            return this;
        }

        /**
         * Removes the start of validity (S05).
         *
         * @return this, for chaining, not null
         */
        public Builder clearValidFrom() {
            this.validFrom = null;
            return this;
        }

        /**
         * Sets the end of validity (expiry) (S05).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder validUntil(OffsetDateTime value) {
            this.validUntil = Objects.requireNonNull(value, "validUntil");
            return this;
        }

        /**
         * Removes the end of validity (expiry) (S05).
         *
         * @return this, for chaining, not null
         */
        public Builder clearValidUntil() {
            this.validUntil = null;
            return this;
        }

        /**
         * Sets the time period of the learning (N03).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder timePeriod(TimePeriod value) {
            this.timePeriod = Objects.requireNonNull(value, "timePeriod");
            return this;
        }

        /**
         * Removes the time period of the learning (N03).
         *
         * @return this, for chaining, not null
         */
        public Builder clearTimePeriod() {
            this.timePeriod = null;
            return this;
        }

        /**
         * Sets the grade achieved (E14).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder grade(Grade value) {
            this.grade = Objects.requireNonNull(value, "grade");
            return this;
        }

        /**
         * Removes the grade achieved (E14).
         *
         * @return this, for chaining, not null
         */
        public Builder clearGrade() {
            this.grade = null;
            return this;
        }

        /**
         * Sets the course definition this award refers to (S07).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder specification(CredentialSpecification value) {
            this.specification = Objects.requireNonNull(value, "specification");
            return this;
        }

        /**
         * Replaces content of the source document the model does not know, in order (S08).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder extensions(List<Extension> values) {
            this.extensions.clear();
            this.extensions.addAll(Checks.copy(values, "extensions"));
            return this;
        }

        /**
         * Adds one of content of the source document the model does not know, in order (S08).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder extension(Extension value) {
            this.extensions.add(Objects.requireNonNull(value, "extension"));
            return this;
        }

        /**
         * Builds the MicroCredential.
         *
         * @return the MicroCredential, not null
         * @throws IllegalStateException listing every missing required property, if any
         */
        public MicroCredential build() {
            List<String> missing = new ArrayList<>();
            if (specification == null) {
                missing.add("specification");
            }
            Checks.requireComplete("MicroCredential", missing);
            return new MicroCredential(Optional.ofNullable(id), Optional.ofNullable(learner), awardingBodies, Optional.ofNullable(issuer), Optional.ofNullable(issued), Optional.ofNullable(validFrom), Optional.ofNullable(validUntil), Optional.ofNullable(timePeriod), Optional.ofNullable(grade), specification, extensions);
        }
    }
}
