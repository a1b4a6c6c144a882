package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.core.validation.constraints.KnownConcept;
import org.microcred.core.vocabulary.Concept;
import org.microcred.core.vocabulary.Vocabularies;
import org.microcred.core.vocabulary.Vocabulary;

/** Checks {@link KnownConcept}: a concept inside a built-in EU list's namespace must be listed there. */
public final class KnownConceptValidator implements ConstraintValidator<KnownConcept, Concept> {
    @Override
    public boolean isValid(Concept value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        var vocabulary = Vocabularies.covering(value.uri());
        if (vocabulary.isEmpty() || vocabulary.get().contains(value.uri())) {
            return true;
        }
        Vocabulary v = vocabulary.get();
        Messages.replace(context, "unknown concept " + value.uri() + " in the EU " + v.name() + " list");
        return false;
    }
}
