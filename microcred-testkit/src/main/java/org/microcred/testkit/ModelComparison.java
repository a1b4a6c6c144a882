package org.microcred.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.Organisation;
import org.microcred.core.format.CredentialFormatException;

/**
 * Compares two credentials element by element, so that a failed conformance check names the elements of the
 * standard that differ rather than dumping two whole models.
 *
 * @since 0.1
 */
public final class ModelComparison {
    private ModelComparison() {
    }

    /**
     * Gets the part of a credential that holds one element of the standard, as a value that can be compared
     * with {@code equals}: the record, list or optional of the model.
     *
     * @param credential the credential, not null
     * @param element the element, not null
     * @return the value, not null (an empty optional or list when the element is absent)
     */
    public static Object valueOf(MicroCredential credential, Element element) {
        CredentialSpecification s = credential.specification();
        return switch (element) {
            case E01 -> credential.learner();
            case E02 -> s.title();
            case E03 -> credential.awardingBodies().stream().map(o -> List.of(o.country(), o.regions())).toList();
            case E04 -> credential.awardingBodies().stream().map(Organisation::withoutLocation).toList();
            case E05 -> credential.issued();
            case E06 -> s.learningOutcomes();
            case E07 -> s.workload();
            case E08 -> s.level();
            case E09 -> s.assessmentTypes();
            case E10 -> s.participation();
            case E11 -> s.qualityAssurance();
            case E12 -> s.prerequisites();
            case E13 -> s.supervision();
            case E14 -> credential.grade();
            case E15 -> s.stackability();
            case E16 -> s.furtherInformation();
            case N01 -> s.provider();
            case N02 -> s.description();
            case N03 -> credential.timePeriod();
            case N04 -> s.learningResources();
            case N05 -> s.successOutcomes();
            case S01 -> credential.id();
            case S02 -> credential.issuer();
            case S03 -> s.fieldsOfEducation();
            case S04 -> s.languages();
            case S05 -> List.of(credential.validFrom(), credential.validUntil());
            case S06 -> s.opportunityType();
            case S07 -> s.id();
            case S08 -> List.of(credential.extensions(), s.extensions());
        };
    }

    /**
     * Checks whether an element is present in a credential.
     *
     * @param credential the credential, not null
     * @param element the element, not null
     * @return true if the element has a value
     */
    public static boolean isPresent(MicroCredential credential, Element element) {
        Object v = valueOf(credential, element);
        return switch (element) {
            case E03 -> credential.awardingBodies().stream().anyMatch(Organisation::isLocated);
            case S05 -> credential.validFrom().isPresent() || credential.validUntil().isPresent();
            case S08 -> !credential.extensions().isEmpty() || !credential.specification().extensions().isEmpty();
            default -> !(v instanceof Optional<?> o && o.isEmpty()) && !(v instanceof List<?> l && l.isEmpty());
        };
    }

    /**
     * Lists the elements whose values differ between two credentials, in element order.
     *
     * @param expected the expected credential, not null
     * @param actual the actual credential, not null
     * @return the differences, empty if the credentials are equal, not null
     */
    public static List<Difference> differences(MicroCredential expected, MicroCredential actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        List<Difference> out = new ArrayList<>();
        for (Element e : Element.values()) {
            Object a = valueOf(expected, e);
            Object b = valueOf(actual, e);
            if (!a.equals(b)) {
                out.add(new Difference(e, describe(a), describe(b)));
            }
        }
        if (out.isEmpty() && !expected.equals(actual)) {
            // every element is equal: only the parts no element covers can differ
            out.add(new Difference(Element.S07, describe(expected), describe(actual)));
        }
        return List.copyOf(out);
    }

    private static String describe(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(ModelComparison::describe).orElse("(absent)");
        }
        return CredentialFormatException.abbreviate(String.valueOf(value));
    }

    /**
     * One element whose value differs.
     *
     * @param element the element, not null
     * @param expected the expected value as text, {@code (absent)} when absent, not null
     * @param actual the actual value as text, not null
     * @since 0.1
     */
    public record Difference(Element element, String expected, String actual) {
        /**
         * Creates a difference.
         *
         * @throws NullPointerException if an argument is null
         */
        public Difference {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }

        /** Formats as {@code E06 learning outcomes: expected [...] but was []}. */
        @Override
        public String toString() {
            return element.id() + " " + element.title() + ": expected " + expected + " but was " + actual;
        }
    }
}
