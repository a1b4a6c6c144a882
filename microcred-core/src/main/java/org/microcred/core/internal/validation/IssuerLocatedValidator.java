package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.core.MicroCredential;
import org.microcred.core.Organisation;
import org.microcred.core.validation.constraints.IssuerLocated;

/**
 * Checks {@link IssuerLocated}: some awarding body has a country or region. Without awarding bodies the
 * check passes: E04 is reported instead, and E03 cannot be judged.
 */
public final class IssuerLocatedValidator implements ConstraintValidator<IssuerLocated, MicroCredential> {
    @Override
    public boolean isValid(MicroCredential c, ConstraintValidatorContext context) {
        return c == null || c.awardingBodies().isEmpty() || c.awardingBodies().stream().anyMatch(Organisation::isLocated);
    }
}
