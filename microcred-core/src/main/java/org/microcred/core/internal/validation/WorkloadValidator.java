package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.microcred.core.CreditValue;
import org.microcred.core.Workload;
import org.microcred.core.validation.constraints.WellFormedWorkload;

/** Checks {@link WellFormedWorkload}: ECTS in (0, 60] with scale at most 2; positive hours and other credits. */
public final class WorkloadValidator implements ConstraintValidator<WellFormedWorkload, Workload> {
    static final BigDecimal MAX_ECTS = BigDecimal.valueOf(60);

    @Override
    public boolean isValid(Workload w, ConstraintValidatorContext context) {
        if (w == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean ok = true;
        if (w.ects().isPresent()) {
            BigDecimal ects = w.ects().get();
            if (ects.signum() <= 0) {
                Messages.add(context, "ECTS credits must be above 0: " + Messages.number(ects));
                ok = false;
            } else if (ects.compareTo(MAX_ECTS) > 0) {
                Messages.add(context, "ECTS credits must be at most 60 for a micro-credential: " + Messages.number(ects));
                ok = false;
            }
            if (ects.stripTrailingZeros().scale() > 2) {
                Messages.add(context, "ECTS credits must have at most two decimals: " + Messages.number(ects));
                ok = false;
            }
        }
        if (w.hours().isPresent() && w.hours().get().signum() <= 0) {
            Messages.add(context, "notional hours must be above 0: " + Messages.number(w.hours().get()));
            ok = false;
        }
        for (CreditValue c : w.otherCredits()) {
            if (c.value().signum() <= 0) {
                Messages.add(context, "credits in " + c.system().uri() + " must be above 0: " + Messages.number(c.value()));
                ok = false;
            }
        }
        return ok;
    }
}
