package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.core.validation.constraints.LanguageTag;
import org.microcred.core.vocabulary.Languages;

/** Checks {@link LanguageTag}: a well-formed BCP 47 tag. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Languages.isWellFormed(value);
    }
}
