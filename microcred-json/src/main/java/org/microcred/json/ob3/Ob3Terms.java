package org.microcred.json.ob3;

import java.util.List;
import java.util.Set;

/**
 * The names of the OB 3.0 document: the contexts and schemas referenced, the OB properties used, and the
 * terms of microcred's extension (context {@value #MICROCRED_CONTEXT}).
 *
 * <p>Every extension term is a compact IRI with the prefix {@code mc:} (namespace {@value #MICROCRED_VOCAB}),
 * so that no term can ever clash with a protected term of the VC 2.0 or OB 3.0 contexts, present or future.
 */
final class Ob3Terms {
    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String VC1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Prefix of every OB 3.0 context URL (context.json, context-3.0.0.json ... context-3.0.3.json). */
    static final String OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";
    /** Defines {@code 1EdTechJsonSchemaValidator2019}, used in {@code credentialSchema}. */
    static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    static final String CLR_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/clr/";
    static final String MICROCRED_CONTEXT = "https://w3id.org/microcred/ob3/v1";
    static final String MICROCRED_SCHEMA = "https://w3id.org/microcred/ob3/v1/schema.json";
    static final String MICROCRED_VOCAB = "https://w3id.org/microcred/vocab#";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019";

    /** The contexts microcred writes, in order. */
    static final List<String> CONTEXTS = List.of(VC2_CONTEXT, OB_CONTEXT, OB_EXTENSIONS_CONTEXT, MICROCRED_CONTEXT);

    /** Class path resource of the extension context and schema, also published at the URLs above. */
    static final String CONTEXT_RESOURCE = "/org/microcred/json/ob3/microcred-ob3-v1.jsonld";
    static final String SCHEMA_RESOURCE = "/org/microcred/json/ob3/microcred-ob3-v1.schema.json";

    static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";
    static final String OPEN_BADGE_CREDENTIAL = "OpenBadgeCredential";
    static final String ACHIEVEMENT_CREDENTIAL = "AchievementCredential";
    static final Set<String> NOT_OB = Set.of("ClrCredential", "EndorsementCredential");
    static final String MICRO_CREDENTIAL = "MicroCredential";

    /** OB's identifier types ({@code IdentifierTypeEnum}); others are written {@code ext:<scheme>}. */
    static final Set<String> IDENTIFIER_TYPES = Set.of("name", "sourcedId", "systemId", "productId", "userName",
            "accountId", "emailAddress", "nationalIdentityNumber", "isbn", "issn", "lisSourcedId", "oneRosterSourcedId",
            "sisSourcedId", "ltiContextId", "ltiDeploymentId", "ltiToolId", "ltiPlatformId", "ltiUserId", "identifier");

    // --- extension terms (see microcred-ob3-v1.jsonld for their definitions) ---
    static final String UNSET = "mc:unset";
    static final String AWARDING_BODY = "mc:awardingBody";
    static final String LEGAL_NAME = "mc:legalName";
    static final String IDENTIFIER = "mc:identifier";
    static final String SCHEME = "mc:scheme";
    static final String VALUE = "mc:value";
    static final String COUNTRY = "mc:country";
    static final String REGION = "mc:region";
    static final String FULL_NAME = "mc:fullName";
    static final String GIVEN_NAME = "mc:givenName";
    static final String FAMILY_NAME = "mc:familyName";
    static final String DATE_OF_BIRTH = "mc:dateOfBirth";
    static final String GRADING_SCHEME = "mc:gradingScheme";
    static final String GRADE_DISTRIBUTION = "mc:gradeDistribution";
    static final String TITLE = "mc:title";
    static final String DESCRIPTION = "mc:description";
    static final String LEARNING_OUTCOME = "mc:learningOutcome";
    static final String STATEMENT = "mc:statement";
    static final String RELATED_SKILL = "mc:relatedSkill";
    static final String SKILL_TYPE = "mc:skillType";
    static final String REUSE_LEVEL = "mc:reuseLevel";
    static final String NOTIONAL_HOURS = "mc:notionalHours";
    static final String OTHER_CREDIT = "mc:otherCredit";
    static final String CREDIT_SYSTEM = "mc:creditSystem";
    static final String CREDITS = "mc:credits";
    static final String EQF_LEVEL = "mc:eqfLevel";
    static final String CYCLE = "mc:qfEheaCycle";
    static final String NQF_LEVEL = "mc:nqfLevel";
    static final String LEVEL_NOT_APPLICABLE = "mc:levelNotApplicable";
    static final String ASSESSMENT_TYPE = "mc:assessmentType";
    static final String MODE = "mc:mode";
    static final String LEARNING_SETTING = "mc:learningSetting";
    static final String LEARNING_SCHEDULE = "mc:learningSchedule";
    static final String LEARNING_ACTIVITY = "mc:learningActivity";
    static final String QUALITY_ASSURANCE = "mc:qualityAssurance";
    static final String QA_TYPE = "mc:qaType";
    static final String QA_BODY = "mc:qaBody";
    static final String DECISION = "mc:decision";
    static final String REPORT = "mc:report";
    static final String ISSUED = "mc:issued";
    static final String EXPIRES = "mc:expires";
    static final String ENTRY_REQUIREMENT = "mc:entryRequirement";
    static final String REQUIRED_CREDENTIAL = "mc:requiredCredential";
    static final String SUPERVISION = "mc:supervision";
    static final String STACKABILITY = "mc:stackability";
    static final String STACKING_TARGET = "mc:stackingTarget";
    static final String ECTS_COUNTED = "mc:ectsCounted";
    static final String ADDITIONAL_NOTE = "mc:additionalNote";
    static final String TEXT = "mc:text";
    static final String FURTHER_LINK = "mc:furtherLink";
    static final String SUPPLEMENTARY_DOCUMENT = "mc:supplementaryDocument";
    static final String PROVIDER = "mc:provider";
    static final String LEARNING_RESOURCE = "mc:learningResource";
    static final String SUCCESS_OUTCOME = "mc:successOutcome";
    static final String OUTCOME_TYPE = "mc:outcomeType";
    static final String TARGET = "mc:target";
    static final String FIELD_OF_EDUCATION = "mc:fieldOfEducation";
    static final String LANGUAGE = "mc:language";
    static final String OPPORTUNITY_TYPE = "mc:learningOpportunityType";
    static final String PREF_LABEL = "skos:prefLabel";
    static final String IN_SCHEME = "skos:inScheme";
    static final String NOTATION = "skos:notation";

    /** Stands for E05/S05 in {@code validFrom} when the model has neither, since OB 3.0 requires it. */
    static final String PLACEHOLDER_DATE = "1970-01-01T00:00:00Z";

    private Ob3Terms() {
    }
}
