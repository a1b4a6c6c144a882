package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.MalformedDocumentException;

/**
 * ELM v3 / EDC JSON-LD ({@code elm}): a European Digital Credential with the VC 1.1 envelope as EDC
 * issues it; the VCDM 2.0 form (EBSI) and the JAdES-signed form (credential as the string payload) are
 * read as well. The element mapping:
 *
 * <table>
 * <caption>Where each element goes</caption>
 * <tr><th>id</th><th>ELM</th></tr>
 * <tr><td>S01</td><td>{@code id}</td></tr>
 * <tr><td>E01</td><td>{@code credentialSubject} Person: {@code id}, {@code givenName}/{@code familyName}/{@code fullName}
 *   (language maps), {@code dateOfBirth}, every identifier in order in {@code identifier} (schemeName = scheme,
 *   LegalIdentifier with {@code spatial} when it has a country), the first national id with a country also as
 *   {@code nationalID}, e-mail addresses also as {@code contactPoint.emailAddress}</td></tr>
 * <tr><td>E02</td><td>{@code specifiedBy.title}, repeated as the claim's {@code title} and {@code displayParameter.title}</td></tr>
 * <tr><td>E03</td><td>{@code awardingBody.location.address.countryCode} (country), {@code location.spatialCode} (regions)</td></tr>
 * <tr><td>E04</td><td>{@code hasClaim[0].awardedBy.awardingBody[]} Organisation</td></tr>
 * <tr><td>E05</td><td>{@code issued} (+ {@code issuanceDate}, {@code awardedBy.awardingDate})</td></tr>
 * <tr><td>E06</td><td>{@code specifiedBy.learningOutcome[]}: {@code title}, {@code relatedESCOSkill}/{@code relatedSkill},
 *   {@code dcType} (skill type), {@code reusabilityLevel}</td></tr>
 * <tr><td>E07</td><td>{@code specifiedBy.creditPoint[]} (ECTS first, then other systems; point as a string keeping its
 *   scale), {@code volumeOfLearning} {@code PT<hours>H}</td></tr>
 * <tr><td>E08</td><td>{@code specifiedBy} (a Qualification) {@code eqfLevel}, {@code nqfLevel[]}; QF-EHEA cycle as
 *   {@code mc:qfEheaCycle}; not applicable as {@code mc:levelNotApplicable}</td></tr>
 * <tr><td>E09</td><td>{@code provenBy[0].specifiedBy.dcType} of the graded assessment (first type, when graded) and
 *   {@code specifiedBy.provenBy[]} LearningAssessmentSpecification {@code dcType} (the others)</td></tr>
 * <tr><td>E10</td><td>{@code specifiedBy.mode[]}, {@code learningSetting}, {@code influencedBy[]} LearningActivitySpecification
 *   {@code dcType} (activity types); schedule as {@code learningOpportunity.learningSchedule} (with a provider) or
 *   {@code mc:learningSchedule}</td></tr>
 * <tr><td>E11</td><td>{@code specifiedBy.accreditation[]} Accreditation ({@code dcType}, {@code title},
 *   {@code accreditingAgent}, {@code decision}, {@code report}, {@code dateIssued}, {@code expiryDate}); a statement
 *   without a QA body (ELM requires the accrediting agent) as {@code mc:qualityAssurance} with {@code mc:position}</td></tr>
 * <tr><td>E12</td><td>{@code specifiedBy.entryRequirement} Note; required credentials as {@code mc:requiredCredential}</td></tr>
 * <tr><td>E13</td><td>{@code provenBy[0].idVerification} of the graded assessment; without a grade (ELM requires one on
 *   an assessment) {@code specifiedBy.mc:idVerification}</td></tr>
 * <tr><td>E14</td><td>{@code hasClaim[0].provenBy[0]} LearningAssessment: {@code grade} Note, {@code gradeStatus}
 *   (microcred grade-status concepts), {@code specifiedBy.gradingScheme} ({@code id} = scheme id, {@code description});
 *   distribution as {@code mc:gradeDistribution}</td></tr>
 * <tr><td>E15</td><td>{@code specifiedBy.isPartialQualification} (false = stand-alone, true = stackable) and
 *   {@code isPartOf[]} Qualification ({@code id}, {@code title}, ECTS counted as {@code creditPoint})</td></tr>
 * <tr><td>E16</td><td>{@code specifiedBy.additionalNote[]}, {@code homepage[]} (links), {@code supplementaryDocument[]}</td></tr>
 * <tr><td>N01</td><td>{@code hasClaim[0].learningOpportunity.providedBy}</td></tr>
 * <tr><td>N02</td><td>{@code specifiedBy.description}</td></tr>
 * <tr><td>N03</td><td>{@code hasClaim[0].influencedBy[0]} LearningActivity {@code temporal} (startDate, endDate)</td></tr>
 * <tr><td>N04</td><td>{@code specifiedBy.mc:learningResource[]} WebResource</td></tr>
 * <tr><td>N05</td><td>{@code specifiedBy.entitlesTo[]} LearningEntitlementSpecification ({@code dcType} = microcred
 *   success-outcome concept, {@code description}, {@code mc:target})</td></tr>
 * <tr><td>S02</td><td>{@code issuer} (the first awarding body when the model has none), {@code eIDASIdentifier}
 *   from its {@code eidas} identifier</td></tr>
 * <tr><td>S03</td><td>{@code specifiedBy.thematicArea[]}</td></tr>
 * <tr><td>S04</td><td>{@code specifiedBy.language[]} (EU language table; a tag the table cannot give back, such as
 *   {@code de-AT}, as the concept's {@code notation})</td></tr>
 * <tr><td>S05</td><td>{@code validFrom} (the date of issuing with {@code mc:validFromNotGiven} when absent, since ELM
 *   requires it), {@code validUntil}</td></tr>
 * <tr><td>S06</td><td>{@code specifiedBy.dcType}</td></tr>
 * <tr><td>S07</td><td>{@code hasClaim[0].specifiedBy} (type Qualification), {@code id}</td></tr>
 * <tr><td>S08</td><td>unknown properties kept at their JSON pointer and written back in place</td></tr>
 * </table>
 *
 * <p>{@code mc:} is {@value ElmVocabulary#MC_NAMESPACE}, declared inline in {@code @context}.
 */
public final class ElmMapping implements TreeMapping {
    /** The shared instance. */
    public static final ElmMapping INSTANCE = new ElmMapping();

    private static final Map<String, Element> ELEMENTS = Map.ofEntries(
            Map.entry("credentialSubject", Element.E01), Map.entry("nationalID", Element.E01),
            Map.entry("dateOfBirth", Element.E01), Map.entry("title", Element.E02),
            Map.entry("countryCode", Element.E03), Map.entry("spatialCode", Element.E03),
            Map.entry("awardingBody", Element.E04), Map.entry("issued", Element.E05), Map.entry("issuanceDate", Element.E05),
            Map.entry("awardingDate", Element.E05), Map.entry("learningOutcome", Element.E06),
            Map.entry("creditPoint", Element.E07), Map.entry("volumeOfLearning", Element.E07),
            Map.entry("eqfLevel", Element.E08), Map.entry("nqfLevel", Element.E08),
            Map.entry("mode", Element.E10), Map.entry("learningSetting", Element.E10),
            Map.entry("accreditation", Element.E11), Map.entry("entryRequirement", Element.E12),
            Map.entry("idVerification", Element.E13), Map.entry("grade", Element.E14), Map.entry("gradeStatus", Element.E14),
            Map.entry("isPartOf", Element.E15), Map.entry("isPartialQualification", Element.E15),
            Map.entry("additionalNote", Element.E16), Map.entry("supplementaryDocument", Element.E16),
            Map.entry("providedBy", Element.N01), Map.entry("description", Element.N02), Map.entry("temporal", Element.N03),
            Map.entry("entitlesTo", Element.N05), Map.entry("issuer", Element.S02), Map.entry("thematicArea", Element.S03),
            Map.entry("language", Element.S04), Map.entry("validFrom", Element.S05), Map.entry("validUntil", Element.S05),
            Map.entry("specifiedBy", Element.S07));

    private ElmMapping() {
    }

    @Override
    public Format format() {
        return Format.ELM;
    }

    @Override
    public boolean setsAsArrays() {
        return true;
    }

    @Override
    public Element elementAt(String pointer) {
        List<String> s = ExtensionPlacer.segments(pointer);
        for (int i = s.size() - 1; i >= 0; i--) {
            Element e = ELEMENTS.get(s.get(i));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** A JAdES JSON signature ({@code payload} + {@code signatures}) holds the credential as its string payload. */
    @Override
    public LocatedTree unwrap(LocatedTree tree) throws IOException {
        JsonNode root = tree.root();
        if (root.isObject() && root.path("payload").isTextual() && root.has("signatures") && !root.has("credentialSubject")) {
            String payload = root.get("payload").textValue();
            try (JsonParser p = Jackson.documentFactory().createParser(payload)) {
                if (p.nextToken() == null) {
                    long[] pos = tree.position("/payload");
                    throw new MalformedDocumentException(Format.ELM, Location.of(tree.basePointer() + "/payload", pos[0], pos[1]),
                            null, null, "empty JAdES payload", null);
                }
                return LocatedTree.read(p, tree.basePointer() + "/payload", true);
            }
        }
        return tree;
    }

    @Override
    public MicroCredential read(ObjectIn root) {
        return ElmReader.read(root);
    }

    @Override
    public ObjectNode write(MicroCredential credential, List<Loss> losses) {
        return ElmWriter.write(EuVocabularyLosses.eqfAndLanguages(credential, losses), losses, true);
    }
}
