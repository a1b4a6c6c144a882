package org.microcred.xml.internal;

import java.util.List;
import java.util.Map;

/**
 * The schema order of the children of the ELMO elements microcred reads and writes: ELMO 1.7.0, with the
 * elements ELMO 2.1.1 adds placed where 2.1.1 has them (marked as not allowed in 1.7 by {@link #V2_ONLY}).
 */
public final class ElmoOrder {
    /** Children of each container, in schema order. */
    public static final Map<String, List<String>> ORDER = Map.of(
            "elmo", List.of("generatedDate", "learner", "report", "attachment", "groups", "extension"),
            "learner", List.of("citizenship", "identifier", "givenNames", "familyName", "alternativeName", "dateOfBirth",
                    "bday", "placeOfBirth", "countryOfBirth", "birthName", "currentAddress", "gender"),
            "report", List.of("issuer", "learningOpportunitySpecification", "resultOfRecognition", "issueDate",
                    "gradingScheme", "status", "attachment"),
            "issuer", List.of("country", "identifier", "title", "url"),
            "learningOpportunitySpecification", List.of("identifier", "title", "type", "subjectArea", "iscedCode", "url",
                    "description", "descriptionHtml", "documentType", "specifies", "hasPart", "extension"),
            "specifies", List.of("learningOpportunityInstance", "extension"),
            "learningOpportunityInstance", List.of("identifier", "enrolment", "start", "date", "academicTerm", "duration",
                    "status", "gradingSchemeLocalId", "gradingSchemeExternalId", "resultLabel", "shortenedGrading",
                    "resultDistribution", "credit", "level", "languageOfInstruction", "engagementHours", "attachments",
                    "grouping", "extension", "diplomaSupplement"),
            "credit", List.of("scheme", "level", "value"),
            "level", List.of("type", "description", "value"),
            "resultDistribution", List.of("category", "description"));

    /** Elements of ELMO 2.x that ELMO 1.7 does not have. */
    public static final java.util.Set<String> V2_ONLY = java.util.Set.of("alternativeName", "dateOfBirth", "countryOfBirth",
            "resultOfRecognition", "status@report", "documentType", "enrolment", "duration", "gradingSchemeExternalId");

    private ElmoOrder() {
    }

    /**
     * Gets the position of a child in its container.
     *
     * @param container the container's local name
     * @param child the child's local name
     * @return the position, or -1 if the container does not have that child
     */
    public static int index(String container, String child) {
        List<String> order = ORDER.get(container);
        return order == null ? -1 : order.indexOf(child);
    }

    /**
     * Checks whether ELMO 1.7 allows a child in a container.
     *
     * @param container the container
     * @param child the child
     * @return true if allowed
     */
    public static boolean inV1(String container, String child) {
        if (index(container, child) < 0) {
            return false;
        }
        if (container.equals("report") && child.equals("status")) {
            return false;
        }
        return !V2_ONLY.contains(child);
    }
}
