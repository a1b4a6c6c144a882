package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.microcred.core.Level;
import org.microcred.core.validation.constraints.ConsistentLevel;

/** Checks {@link ConsistentLevel}: EQF 1–8, and a cycle that matches the EQF level. */
public final class LevelValidator implements ConstraintValidator<ConsistentLevel, Level> {
    @Override
    public boolean isValid(Level level, ConstraintValidatorContext context) {
        if (level == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean ok = true;
        if (level.eqf().isPresent()) {
            int eqf = level.eqf().get();
            if (eqf < 1 || eqf > 8) {
                Messages.add(context, "EQF level must be 1-8: " + eqf);
                ok = false;
            } else if (level.cycle().isPresent() && level.cycle().get().eqfLevel() != eqf) {
                Messages.add(context, "QF-EHEA cycle " + level.cycle().get() + " corresponds to EQF "
                        + level.cycle().get().eqfLevel() + ", not " + eqf);
                ok = false;
            }
        }
        return ok;
    }
}
