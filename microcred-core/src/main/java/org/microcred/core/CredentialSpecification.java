package org.microcred.core;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.validation.constraints.LanguageTag;
import org.microcred.core.validation.constraints.Present;
import org.microcred.core.vocabulary.Concept;

/**
 * The definition of a micro-credential (S07): what is learned and how, independent of any learner.
 *
 * <p>A specification is reusable and can be published in a course catalogue on its own; each
 * {@link MicroCredential} awarded to a learner refers to one. It holds every element of the standard that
 * describes the learning rather than the award: title, outcomes, workload, level, assessment, participation,
 * quality assurance, prerequisites, supervision, stackability, further information and the NESET items.
 *
 * <p>Every element is optional in the record, so that a source document missing an element can still be
 * read and then reported by a {@linkplain org.microcred.core.validation.Profile validation profile}; the
 * annotations on the components state which profile requires what.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param id the specification's identifier, e.g. its URI in a course catalogue (S07), not null (empty if absent)
 * @param title the title of the micro-credential (E02), not null (empty if absent)
 * @param description the description of content and purpose (N02), not null (empty if absent)
 * @param learningOutcomes the learning outcomes (E06), not null
 * @param workload the notional workload (E07), not null (empty if absent)
 * @param level the level (and cycle), or an explicit not applicable (E08), not null (empty if absent)
 * @param assessmentTypes the types of assessment (E09), not null
 * @param participation the form of participation (E10), not null (empty if absent)
 * @param qualityAssurance the quality assurance statements (E11), not null
 * @param prerequisites the prerequisites needed to enrol (E12), not null (empty if absent)
 * @param supervision the supervision and identity verification during assessment (E13), not null (empty if absent)
 * @param stackability the integration/stackability options (E15), not null (empty if absent)
 * @param furtherInformation further information (E16), not null (empty if absent)
 * @param provider the provider, when it differs from the awarding body (N01), not null (empty if absent)
 * @param learningResources the learning resources (N04), not null
 * @param successOutcomes the outcomes for a successful learner (N05), not null
 * @param fieldsOfEducation the fields of education (ISCED-F 2013 by default) (S03), not null
 * @param languages the languages of instruction and assessment, as BCP 47 tags (S04), not null
 * @param opportunityType the learning opportunity type (S06), not null (empty if absent)
 * @param extensions content of the source document the model does not know, in order (S08), not null
 * @since 0.1
 */
public record CredentialSpecification(
        Optional<URI> id,
        @Present(element = Element.E02, groups = Profile.Eu2022.class) Optional<MultilingualText> title,
        @Present(element = Element.N02, groups = Profile.Neset2020.class) Optional<MultilingualText> description,
        @Present(element = Element.E06, groups = Profile.Eu2022.class) List<@Valid LearningOutcome> learningOutcomes,
        @Present(element = Element.E07, groups = Profile.Eu2022.class) Optional<@Valid Workload> workload,
        @Present(element = Element.E08, groups = Profile.Eu2022.class) Optional<@Valid Level> level,
        @Present(element = Element.E09, groups = Profile.Eu2022.class) List<@KnownConcept(element = Element.E09, groups = Profile.Structural.class) Concept> assessmentTypes,
        @Present(element = Element.E10, groups = Profile.Eu2022.class) Optional<@Valid Participation> participation,
        @Present(element = Element.E11, groups = Profile.Eu2022.class) List<@Valid QualityAssurance> qualityAssurance,
        @Present(element = Element.E12, groups = Profile.Neset2020.class) Optional<@Valid Prerequisites> prerequisites,
        @Present(element = Element.E13, groups = Profile.Neset2020.class) Optional<Supervision> supervision,
        @Present(element = Element.E15, groups = Profile.Neset2020.class) Optional<@Valid Stackability> stackability,
        Optional<@Valid FurtherInformation> furtherInformation,
        @Present(element = Element.N01, groups = Profile.Neset2020.class) Optional<@Valid Organisation> provider,
        @Present(element = Element.N04, groups = Profile.Neset2020.class) List<@Valid WebLink> learningResources,
        @Present(element = Element.N05, groups = Profile.Neset2020.class) List<@Valid SuccessOutcome> successOutcomes,
        List<@KnownConcept(element = Element.S03, groups = Profile.Structural.class) Concept> fieldsOfEducation,
        List<@LanguageTag(element = Element.S04, groups = Profile.Structural.class) String> languages,
        Optional<@KnownConcept(element = Element.S06, groups = Profile.Structural.class) Concept> opportunityType,
        List<Extension> extensions) {

    /**
     * Creates a CredentialSpecification; every creation path (builder, withers, {@link #without(Element)}) ends here.
     *
     * @throws NullPointerException if any argument or list element is null
     */
    public CredentialSpecification {
        Checks.optional(id, "id");
        Checks.optional(title, "title");
        Checks.optional(description, "description");
        learningOutcomes = Checks.copy(learningOutcomes, "learningOutcomes");
        Checks.optional(workload, "workload");
        Checks.optional(level, "level");
        assessmentTypes = Checks.copy(assessmentTypes, "assessmentTypes");
        Checks.optional(participation, "participation");
        qualityAssurance = Checks.copy(qualityAssurance, "qualityAssurance");
        Checks.optional(prerequisites, "prerequisites");
        Checks.optional(supervision, "supervision");
        Checks.optional(stackability, "stackability");
        Checks.optional(furtherInformation, "furtherInformation");
        Checks.optional(provider, "provider");
        learningResources = Checks.copy(learningResources, "learningResources");
        successOutcomes = Checks.copy(successOutcomes, "successOutcomes");
        fieldsOfEducation = Checks.copy(fieldsOfEducation, "fieldsOfEducation");
        languages = Checks.copy(languages, "languages");
        Checks.optional(opportunityType, "opportunityType");
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
     * Returns a builder holding this CredentialSpecification's values, to make a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.title = title.orElse(null);
        b.description = description.orElse(null);
        b.learningOutcomes.addAll(learningOutcomes);
        b.workload = workload.orElse(null);
        b.level = level.orElse(null);
        b.assessmentTypes.addAll(assessmentTypes);
        b.participation = participation.orElse(null);
        b.qualityAssurance.addAll(qualityAssurance);
        b.prerequisites = prerequisites.orElse(null);
        b.supervision = supervision.orElse(null);
        b.stackability = stackability.orElse(null);
        b.furtherInformation = furtherInformation.orElse(null);
        b.provider = provider.orElse(null);
        b.learningResources.addAll(learningResources);
        b.successOutcomes.addAll(successOutcomes);
        b.fieldsOfEducation.addAll(fieldsOfEducation);
        b.languages.addAll(languages);
        b.opportunityType = opportunityType.orElse(null);
        b.extensions.addAll(extensions);
        return b;
    }


    /**
     * Returns a copy with one element of the standard removed, as if the source had not given it.
     *
     * <p>This is how tests and the conformance kit prove that each element is checked: removing a
     * mandatory element from a valid credential gives exactly that element's violation.
     *
     * @param element the element to remove, not null
     * @return a new CredentialSpecification without the element, or this one if the element does not live here
     */
    public CredentialSpecification without(Element element) {
        Builder b = toBuilder();
        switch (element) {
            case E02 -> b.clearTitle();
            case E06 -> b.learningOutcomes(List.of());
            case E07 -> b.clearWorkload();
            case E08 -> b.clearLevel();
            case E09 -> b.assessmentTypes(List.of());
            case E10 -> b.clearParticipation();
            case E11 -> b.qualityAssurance(List.of());
            case E12 -> b.clearPrerequisites();
            case E13 -> b.clearSupervision();
            case E15 -> b.clearStackability();
            case E16 -> b.clearFurtherInformation();
            case N01 -> b.clearProvider();
            case N02 -> b.clearDescription();
            case N04 -> b.learningResources(List.of());
            case N05 -> b.successOutcomes(List.of());
            case S03 -> b.fieldsOfEducation(List.of());
            case S04 -> b.languages(List.of());
            case S06 -> b.clearOpportunityType();
            case S08 -> b.extensions(List.of());
            default -> {
                return this;
            }
        }
        return b.build();
    }

    /**
     * Collects the values of a CredentialSpecification; {@link #build()} hands them to the record, which checks them.
     * Setters replace, adders append; no setter accepts null.
     *
     * @since 0.1
     */
    public static final class Builder {
        private URI id;
        private MultilingualText title;
        private MultilingualText description;
        private final List<LearningOutcome> learningOutcomes = new ArrayList<>();
        private Workload workload;
        private Level level;
        private final List<Concept> assessmentTypes = new ArrayList<>();
        private Participation participation;
        private final List<QualityAssurance> qualityAssurance = new ArrayList<>();
        private Prerequisites prerequisites;
        private Supervision supervision;
        private Stackability stackability;
        private FurtherInformation furtherInformation;
        private Organisation provider;
        private final List<WebLink> learningResources = new ArrayList<>();
        private final List<SuccessOutcome> successOutcomes = new ArrayList<>();
        private final List<Concept> fieldsOfEducation = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private Concept opportunityType;
        private final List<Extension> extensions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the specification's identifier, e.g. its URI in a course catalogue (S07).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder id(URI value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Removes the specification's identifier, e.g. its URI in a course catalogue (S07).
         *
         * @return this, for chaining, not null
         */
        public Builder clearId() {
            this.id = null;
            return this;
        }

        /**
         * Sets the title of the micro-credential (E02).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder title(MultilingualText value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /**
         * Removes the title of the micro-credential (E02).
         *
         * @return this, for chaining, not null
         */
        public Builder clearTitle() {
            this.title = null;
            return this;
        }

        /**
         * Sets the description of content and purpose (N02).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder description(MultilingualText value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /**
         * Removes the description of content and purpose (N02).
         *
         * @return this, for chaining, not null
         */
        public Builder clearDescription() {
            this.description = null;
            return this;
        }

        /**
         * Replaces the learning outcomes (E06).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder learningOutcomes(List<LearningOutcome> values) {
            this.learningOutcomes.clear();
            this.learningOutcomes.addAll(Checks.copy(values, "learningOutcomes"));
            return this;
        }

        /**
         * Adds one of the learning outcomes (E06).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder learningOutcome(LearningOutcome value) {
            this.learningOutcomes.add(Objects.requireNonNull(value, "learningOutcome"));
            return this;
        }

        /**
         * Sets the notional workload (E07).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder workload(Workload value) {
            this.workload = Objects.requireNonNull(value, "workload");
            return this;
        }

        /**
         * Removes the notional workload (E07).
         *
         * @return this, for chaining, not null
         */
        public Builder clearWorkload() {
            this.workload = null;
            return this;
        }

        /**
         * Sets the level (and cycle), or an explicit not applicable (E08).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder level(Level value) {
            this.level = Objects.requireNonNull(value, "level");
            return this;
        }

        /**
         * Removes the level (and cycle), or an explicit not applicable (E08).
         *
         * @return this, for chaining, not null
         */
        public Builder clearLevel() {
            this.level = null;
            return this;
        }

        /**
         * Replaces the types of assessment (E09).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder assessmentTypes(List<Concept> values) {
            this.assessmentTypes.clear();
            this.assessmentTypes.addAll(Checks.copy(values, "assessmentTypes"));
            return this;
        }

        /**
         * Adds one of the types of assessment (E09).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder assessmentType(Concept value) {
            this.assessmentTypes.add(Objects.requireNonNull(value, "assessmentType"));
            return this;
        }

        /**
         * Sets the form of participation (E10).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder participation(Participation value) {
            this.participation = Objects.requireNonNull(value, "participation");
            return this;
        }

        /**
         * Removes the form of participation (E10).
         *
         * @return this, for chaining, not null
         */
        public Builder clearParticipation() {
            this.participation = null;
            return this;
        }

        /**
         * Replaces the quality assurance statements (E11).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder qualityAssurance(List<QualityAssurance> values) {
            this.qualityAssurance.clear();
            this.qualityAssurance.addAll(Checks.copy(values, "qualityAssurance"));
            return this;
        }

        /**
         * Adds one of the quality assurance statements (E11).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder addQualityAssurance(QualityAssurance value) {
            this.qualityAssurance.add(Objects.requireNonNull(value, "addQualityAssurance"));
            return this;
        }

        /**
         * Sets the prerequisites needed to enrol (E12).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder prerequisites(Prerequisites value) {
            this.prerequisites = Objects.requireNonNull(value, "prerequisites");
            return this;
        }

        /**
         * Removes the prerequisites needed to enrol (E12).
         *
         * @return this, for chaining, not null
         */
        public Builder clearPrerequisites() {
            this.prerequisites = null;
            return this;
        }

        /**
         * Sets the supervision and identity verification during assessment (E13).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder supervision(Supervision value) {
            this.supervision = Objects.requireNonNull(value, "supervision");
            return this;
        }

        /**
         * Removes the supervision and identity verification during assessment (E13).
         *
         * @return this, for chaining, not null
         */
        public Builder clearSupervision() {
            this.supervision = null;
            return this;
        }

        /**
         * Sets the integration/stackability options (E15).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder stackability(Stackability value) {
            this.stackability = Objects.requireNonNull(value, "stackability");
            return this;
        }

        /**
         * Removes the integration/stackability options (E15).
         *
         * @return this, for chaining, not null
         */
        public Builder clearStackability() {
            this.stackability = null;
            return this;
        }

        /**
         * Sets further information (E16).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder furtherInformation(FurtherInformation value) {
            this.furtherInformation = Objects.requireNonNull(value, "furtherInformation");
            return this;
        }

        /**
         * Removes further information (E16).
         *
         * @return this, for chaining, not null
         */
        public Builder clearFurtherInformation() {
            this.furtherInformation = null;
            return this;
        }

        /**
         * Sets the provider, when it differs from the awarding body (N01).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder provider(Organisation value) {
            this.provider = Objects.requireNonNull(value, "provider");
            return this;
        }

        /**
         * Removes the provider, when it differs from the awarding body (N01).
         *
         * @return this, for chaining, not null
         */
        public Builder clearProvider() {
            this.provider = null;
            return this;
        }

        /**
         * Replaces the learning resources (N04).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder learningResources(List<WebLink> values) {
            this.learningResources.clear();
            this.learningResources.addAll(Checks.copy(values, "learningResources"));
            return this;
        }

        /**
         * Adds one of the learning resources (N04).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder learningResource(WebLink value) {
            this.learningResources.add(Objects.requireNonNull(value, "learningResource"));
            return this;
        }

        /**
         * Replaces the outcomes for a successful learner (N05).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder successOutcomes(List<SuccessOutcome> values) {
            this.successOutcomes.clear();
            this.successOutcomes.addAll(Checks.copy(values, "successOutcomes"));
            return this;
        }

        /**
         * Adds one of the outcomes for a successful learner (N05).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder successOutcome(SuccessOutcome value) {
            this.successOutcomes.add(Objects.requireNonNull(value, "successOutcome"));
            return this;
        }

        /**
         * Replaces the fields of education (ISCED-F 2013 by default) (S03).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder fieldsOfEducation(List<Concept> values) {
            this.fieldsOfEducation.clear();
            this.fieldsOfEducation.addAll(Checks.copy(values, "fieldsOfEducation"));
            return this;
        }

        /**
         * Adds one of the fields of education (ISCED-F 2013 by default) (S03).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder fieldOfEducation(Concept value) {
            this.fieldsOfEducation.add(Objects.requireNonNull(value, "fieldOfEducation"));
            return this;
        }

        /**
         * Replaces the languages of instruction and assessment, as BCP 47 tags (S04).
         *
         * @param values the values, not null
         * @return this, for chaining, not null
         */
        public Builder languages(List<String> values) {
            this.languages.clear();
            this.languages.addAll(Checks.copy(values, "languages"));
            return this;
        }

        /**
         * Adds one of the languages of instruction and assessment, as BCP 47 tags (S04).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder language(String value) {
            this.languages.add(Objects.requireNonNull(value, "language"));
            return this;
        }

        /**
         * Sets the learning opportunity type (S06).
         *
         * @param value the value, not null
         * @return this, for chaining, not null
         */
        public Builder opportunityType(Concept value) {
            this.opportunityType = Objects.requireNonNull(value, "opportunityType");
            return this;
        }

        /**
         * Removes the learning opportunity type (S06).
         *
         * @return this, for chaining, not null
         */
        public Builder clearOpportunityType() {
            this.opportunityType = null;
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
         * Builds the CredentialSpecification.
         *
         * @return the CredentialSpecification, not null
         * @throws IllegalStateException listing every missing required property, if any
         */
        public CredentialSpecification build() {
            return new CredentialSpecification(Optional.ofNullable(id), Optional.ofNullable(title), Optional.ofNullable(description), learningOutcomes, Optional.ofNullable(workload), Optional.ofNullable(level), assessmentTypes, Optional.ofNullable(participation), qualityAssurance, Optional.ofNullable(prerequisites), Optional.ofNullable(supervision), Optional.ofNullable(stackability), Optional.ofNullable(furtherInformation), Optional.ofNullable(provider), learningResources, successOutcomes, fieldsOfEducation, languages, Optional.ofNullable(opportunityType), extensions);
        }
    }
}
