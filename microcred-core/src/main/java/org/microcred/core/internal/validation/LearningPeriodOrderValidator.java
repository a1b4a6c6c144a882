package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.microcred.core.MicroCredential;
import org.microcred.core.TimePeriod;
import org.microcred.core.validation.constraints.OrderedLearningPeriod;

/**
 * Checks {@link OrderedLearningPeriod}: start not after end, end not after the date of issuing (compared in
 * the date of issuing's own offset).
 */
public final class LearningPeriodOrderValidator implements ConstraintValidator<OrderedLearningPeriod, MicroCredential> {
    @Override
    public boolean isValid(MicroCredential c, ConstraintValidatorContext context) {
        if (c == null || c.timePeriod().isEmpty()) {
            return true;
        }
        TimePeriod p = c.timePeriod().get();
        context.disableDefaultConstraintViolation();
        boolean ok = true;
        if (p.start().isPresent() && p.end().isPresent() && p.start().get().isAfter(p.end().get())) {
            Messages.add(context, "learning starts after it ends: " + p.start().get() + " > " + p.end().get());
            ok = false;
        }
        if (p.end().isPresent() && c.issued().isPresent()) {
            LocalDate issuedOn = c.issued().get().toLocalDate();
            if (p.end().get().isAfter(issuedOn)) {
                Messages.add(context, "learning ends after the date of issuing: " + p.end().get() + " > " + issuedOn);
                ok = false;
            }
        }
        return ok;
    }
}
