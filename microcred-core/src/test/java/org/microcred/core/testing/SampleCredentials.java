package org.microcred.core.testing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Cycle;
import org.microcred.core.FurtherInformation;
import org.microcred.core.Grade;
import org.microcred.core.GradeStatus;
import org.microcred.core.Identifier;
import org.microcred.core.LearningOutcome;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Organisation;
import org.microcred.core.Participation;
import org.microcred.core.Person;
import org.microcred.core.Prerequisites;
import org.microcred.core.QualityAssurance;
import org.microcred.core.Stackability;
import org.microcred.core.StackingTarget;
import org.microcred.core.SuccessOutcome;
import org.microcred.core.Supervision;
import org.microcred.core.TimePeriod;
import org.microcred.core.WebLink;
import org.microcred.core.Workload;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Vocabularies;

/**
 * A hand-written, realistic micro-credential with every element of the standard, used as a readable
 * fixture in tests and documentation.
 */
public final class SampleCredentials {
    private SampleCredentials() {
    }

    /**
     * The awarding university of the sample.
     *
     * @return the organisation
     */
    public static Organisation university() {
        return Organisation.builder()
                .id(URI.create("urn:schac:homeOrganization:tcd.ie"))
                .legalName(MultilingualText.of("en", "Trinity College Dublin", "ga", "Coláiste na Tríonóide, Baile Átha Cliath"))
                .identifier(Identifier.of(Identifier.ERASMUS, "IRLDUBLIN01"))
                .identifier(Identifier.of(Identifier.PIC, "999879980"))
                .country(Country.of("IE"))
                .region(Concept.of("http://data.europa.eu/nuts/code/IE061"))
                .homepage(URI.create("https://www.tcd.ie/"))
                .build();
    }

    /**
     * The course definition of the sample: "Data Analytics with Python", 5 ECTS, EQF 6.
     *
     * @return the specification
     */
    public static CredentialSpecification specification() {
        Organisation qaAgency = Organisation.builder()
                .legalName(MultilingualText.of("en", "Quality and Qualifications Ireland"))
                .country(Country.of("IE")).build();
        return CredentialSpecification.builder()
                .id(URI.create("https://courses.example.ie/spec/data-analytics-python"))
                .title(MultilingualText.of("en", "Data Analytics with Python", "ga", "Anailísíocht Sonraí le Python"))
                .description(MultilingualText.of("en", "Cleaning, exploring and modelling data with pandas and scikit-learn."))
                .learningOutcome(LearningOutcome.of(MultilingualText.of("en", "Clean and explore a tabular data set."),
                        List.of(Concept.of(URI.create("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"))
                                .withLabel(MultilingualText.of("en", "data analytics")))))
                .learningOutcome(LearningOutcome.of(MultilingualText.of("en", "Fit and evaluate a regression model.")))
                .workload(Workload.of(new BigDecimal("5"), new BigDecimal("125")))
                .level(Level.of(6, Cycle.FIRST))
                .assessmentType(Vocabularies.ASSESSMENT.get("795dac4096"))
                .assessmentType(Vocabularies.ASSESSMENT.get("b1b68f6735"))
                .participation(new Participation(List.of(Vocabularies.ONLINE), Optional.of(Vocabularies.NON_FORMAL),
                        Optional.of(Vocabularies.LEARNING_SCHEDULE.get("67395e6b5a")), List.of()))
                .addQualityAssurance(QualityAssurance.of(Vocabularies.INSTITUTIONAL_QA, qaAgency))
                .prerequisites(Prerequisites.of(MultilingualText.of("en", "Basic programming in any language.")))
                .supervision(Supervision.SUPERVISED_ONLINE_WITH_ID_CHECK)
                .stackability(Stackability.ofStackable(StackingTarget.of(URI.create("https://courses.example.ie/programme/msc-data-science"),
                        MultilingualText.of("en", "MSc in Data Science"))))
                .furtherInformation(new FurtherInformation(List.of(MultilingualText.of("en", "Delivered in partnership with industry.")),
                        List.of(WebLink.of("https://courses.example.ie/data-analytics-python")), List.of()))
                .provider(Organisation.builder().legalName(MultilingualText.of("en", "TCD School of Computer Science"))
                        .country(Country.of("IE")).build())
                .learningResource(WebLink.of("https://pandas.pydata.org/docs/", MultilingualText.of("en", "pandas documentation")))
                .successOutcome(SuccessOutcome.of(SuccessOutcome.Type.CREDIT,
                        MultilingualText.of("en", "5 ECTS towards the MSc in Data Science.")))
                .fieldOfEducation(Vocabularies.iscedF("0613"))
                .language("en")
                .opportunityType(Vocabularies.LEARNING_OPPORTUNITY.get("74a4a268e8"))
                .build();
    }

    /**
     * The award of the sample to one learner.
     *
     * @return the credential
     */
    public static MicroCredential credential() {
        OffsetDateTime issued = OffsetDateTime.of(2024, 6, 28, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        return MicroCredential.builder()
                .id(URI.create("urn:uuid:3f1c2d4e-8a9b-4c0d-9e1f-2a3b4c5d6e7f"))
                .learner(Person.builder().givenName("Aoife").familyName("Murphy")
                        .dateOfBirth(LocalDate.of(1998, 3, 14))
                        .identifier(Identifier.of(Identifier.ESI, "urn:schac:personalUniqueCode:int:esi:ie:19876543"))
                        .build())
                .awardingBody(university())
                .issuer(university())
                .issued(issued)
                .validFrom(issued)
                .timePeriod(TimePeriod.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 5, 24)))
                .grade(Grade.of("A", GradeStatus.PASSED))
                .specification(specification())
                .build();
    }
}
