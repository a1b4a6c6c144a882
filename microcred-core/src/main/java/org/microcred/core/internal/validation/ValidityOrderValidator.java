package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.core.MicroCredential;
import org.microcred.core.validation.constraints.OrderedValidity;

/** Checks {@link OrderedValidity}: valid from is not after valid until. */
public final class ValidityOrderValidator implements ConstraintValidator<OrderedValidity, MicroCredential> {
    @Override
    public boolean isValid(MicroCredential c, ConstraintValidatorContext context) {
        if (c == null || c.validFrom().isEmpty() || c.validUntil().isEmpty()) {
            return true;
        }
        if (!c.validFrom().get().isAfter(c.validUntil().get())) {
            return true;
        }
        Messages.replace(context, "valid from is after valid until: " + c.validFrom().get() + " > " + c.validUntil().get());
        return false;
    }
}
