package org.microcred.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.Element;
import org.microcred.core.format.Format;
import org.microcred.core.validation.Profile;

/**
 * One scenario of the conformance kit: a credential (or a hostile input) given as documents in one or more
 * formats, with what a conformant implementation must make of them.
 *
 * <p>Each document of a scenario is one fixture. What is expected depends on the {@link Kind}:
 * <ul>
 *   <li>{@link Kind#VALID}: every document reads to the {@linkplain #expected() expected model}, which has
 *       exactly the {@linkplain #violations() expected violations} (warnings only) under the profile, and
 *       survives a round trip through the same format without loss;</li>
 *   <li>{@link Kind#INVALID}: every document reads to the expected model, which has exactly the expected
 *       violations (element and severity) under the profile;</li>
 *   <li>{@link Kind#HOSTILE}: reading the document is {@linkplain #rejection() rejected} with the expected
 *       exception, quickly and without any other error;</li>
 *   <li>{@link Kind#CONVERSION}: the document, read and written in the {@linkplain #target() target format},
 *       reports exactly the {@linkplain #losses() expected losses} and reads back to the expected model;</li>
 *   <li>{@link Kind#BATCH}: the document holds several credentials, read and written as a stream; the
 *       expected models are a native JSON Lines file.</li>
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param id the stable identifier, e.g. {@code invalid-eu2022-missing-e06}, not null
 * @param kind what the scenario checks, not null
 * @param requirement the id of the requirement it proves: an element id such as {@code E06}, or a rule
 *     such as {@code HOSTILE-XXE} (see {@link Manifest#requirements()}), not null
 * @param description one sentence for humans, not null
 * @param profile the validation profile, not null (empty for hostile, conversion and batch scenarios)
 * @param documents the path of the document in each format, relative to the manifest, not null
 * @param expected the path of the expected model as native JSON (JSON Lines for a batch), relative to the
 *     manifest, not null (empty for hostile scenarios)
 * @param violations the exact violations expected under the profile, not null
 * @param rejection the expected rejection of a hostile document, not null (empty for other kinds)
 * @param target the target format of a conversion, not null (empty for other kinds)
 * @param losses the elements a conversion must report as lost, in element order, not null
 * @since 0.1
 */
public record Scenario(String id, Kind kind, String requirement, String description, Optional<Profile> profile,
        Map<Format, String> documents, Optional<String> expected, List<ExpectedViolation> violations,
        Optional<Rejection> rejection, Optional<Format> target, List<Element> losses) {

    /**
     * Creates a scenario.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the scenario lacks what its kind needs
     */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(profile, "profile");
        documents = Map.copyOf(documents);
        Objects.requireNonNull(expected, "expected");
        violations = List.copyOf(violations);
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(target, "target");
        losses = List.copyOf(losses);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("Scenario " + id + " has no document");
        }
        switch (kind) {
            case VALID, INVALID -> {
                require(profile.isPresent(), id, "a profile");
                require(expected.isPresent(), id, "an expected model");
            }
            case HOSTILE -> require(rejection.isPresent(), id, "an expected rejection");
            case CONVERSION -> {
                require(target.isPresent(), id, "a target format");
                require(expected.isPresent(), id, "an expected model");
                require(documents.size() == 1, id, "exactly one source document");
            }
            case BATCH -> require(expected.isPresent(), id, "expected models");
        }
    }

    private static void require(boolean ok, String id, String what) {
        if (!ok) {
            throw new IllegalArgumentException("Scenario " + id + " needs " + what);
        }
    }

    /**
     * Gets the number of fixtures (documents) of this scenario.
     *
     * @return the count, at least 1
     */
    public int fixtureCount() {
        return documents.size();
    }

    /**
     * The kinds of scenario.
     *
     * @since 0.1
     */
    public enum Kind {
        /** Valid under its profile: read exactly, no error, lossless round trip. */
        VALID,
        /** Read exactly, with exactly the expected violations. */
        INVALID,
        /** Rejected with the expected exception. */
        HOSTILE,
        /** Converted to another format with exactly the expected losses. */
        CONVERSION,
        /** Several credentials in one document, read and written as a stream. */
        BATCH;

        /**
         * Gets the id used in the manifest, e.g. {@code "valid"}.
         *
         * @return the id, not null
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A violation a scenario expects: the element and the severity.
     *
     * @param element the element of the standard, not null
     * @param severity error or warning, not null
     * @since 0.1
     */
    public record ExpectedViolation(Element element, org.microcred.core.validation.Severity severity) {
        /**
         * Creates an expected violation.
         *
         * @throws NullPointerException if an argument is null
         */
        public ExpectedViolation {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(severity, "severity");
        }

        /** Formats as {@code E06 ERROR}. */
        @Override
        public String toString() {
            return element.id() + " " + severity;
        }
    }

    /**
     * How a hostile document must be rejected.
     *
     * @param exception the kind of exception, not null
     * @param element the element the exception must name, not null (empty when any or none)
     * @since 0.1
     */
    public record Rejection(RejectionType exception, Optional<Element> element) {
        /**
         * Creates a rejection.
         *
         * @throws NullPointerException if an argument is null
         */
        public Rejection {
            Objects.requireNonNull(exception, "exception");
            Objects.requireNonNull(element, "element");
        }

        /** Formats as {@code malformed} or {@code unsupported E05}. */
        @Override
        public String toString() {
            return exception.id() + element.map(e -> " " + e.id()).orElse("");
        }
    }

    /**
     * The exception a hostile document must raise.
     *
     * @since 0.1
     */
    public enum RejectionType {
        /** A {@link org.microcred.core.format.MalformedDocumentException}: not well formed, or a reading limit. */
        MALFORMED(org.microcred.core.format.MalformedDocumentException.class),
        /** An {@link org.microcred.core.format.UnsupportedContentException}: well formed, content not mappable. */
        UNSUPPORTED(org.microcred.core.format.UnsupportedContentException.class),
        /** Any {@link org.microcred.core.format.CredentialFormatException}. */
        ANY(org.microcred.core.format.CredentialFormatException.class);

        private final Class<? extends RuntimeException> type;

        RejectionType(Class<? extends RuntimeException> type) {
            this.type = type;
        }

        /**
         * Gets the exception class a rejection must be an instance of.
         *
         * @return the class, not null
         */
        public Class<? extends RuntimeException> type() {
            return type;
        }

        /**
         * Gets the id used in the manifest, e.g. {@code "malformed"}.
         *
         * @return the id, not null
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
