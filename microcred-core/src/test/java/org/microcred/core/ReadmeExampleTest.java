package org.microcred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;
import org.microcred.core.vocabulary.Country;
import org.microcred.core.vocabulary.Vocabularies;

/** The code example of README.md, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void test_readmeExample() throws IOException {
        MicroCredential credential = MicroCredential.builder()
                .learner(Person.builder().givenName("Aoife").familyName("Murphy").build())
                .awardingBody(Organisation.of(MultilingualText.of("en", "Trinity College Dublin"), Country.of("IE")))
                .issued(OffsetDateTime.parse("2024-06-28T10:00:00+01:00"))
                .specification(CredentialSpecification.builder()
                        .title(MultilingualText.of("en", "Data Analytics with Python"))
                        .learningOutcome(LearningOutcome.of(MultilingualText.of("en", "Clean and explore a tabular data set.")))
                        .workload(Workload.of(new BigDecimal("5"), new BigDecimal("125")))
                        .level(Level.of(6, Cycle.FIRST))
                        .assessmentType(Vocabularies.ASSESSMENT.get("795dac4096"))          // project work
                        .participation(Participation.of(Vocabularies.ONLINE))
                        .addQualityAssurance(QualityAssurance.of(Vocabularies.INSTITUTIONAL_QA))
                        .build())
                .build();

        CredentialValidator validator = CredentialValidator.create();   // any Jakarta Validation provider, no EL needed
        List<Violation> none = validator.validate(credential, Profile.EU_2022);                         // []
        List<Violation> one = validator.validate(credential.without(Element.E06), Profile.EU_2022);

        assertEquals(List.of(), none);
        assertEquals("[E06 learning outcomes: missing (specification.learningOutcomes)]", one.toString());

        // the README shows this very code
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : List.of(
                ".learningOutcome(LearningOutcome.of(MultilingualText.of(\"en\", \"Clean and explore a tabular data set.\")))",
                "List<Violation> one = validator.validate(credential.without(Element.E06), Profile.EU_2022);",
                "// [E06 learning outcomes: missing (specification.learningOutcomes)]")) {
            assertEquals(true, readme.contains(line), line);
        }
    }
}
