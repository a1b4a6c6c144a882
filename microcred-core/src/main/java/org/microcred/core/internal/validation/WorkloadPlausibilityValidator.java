package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.MathContext;
import org.microcred.core.Workload;
import org.microcred.core.validation.constraints.PlausibleWorkload;

/**
 * Checks {@link PlausibleWorkload}: a micro-credential is small (at most 30 ECTS), and one ECTS is 25–30
 * hours of work, so hours per ECTS outside 15–40 are suspicious. Values that are ill-formed are left to
 * {@link WorkloadValidator}.
 */
public final class WorkloadPlausibilityValidator implements ConstraintValidator<PlausibleWorkload, Workload> {
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final BigDecimal MIN_HOURS_PER_ECTS = BigDecimal.valueOf(15);
    private static final BigDecimal MAX_HOURS_PER_ECTS = BigDecimal.valueOf(40);

    @Override
    public boolean isValid(Workload w, ConstraintValidatorContext context) {
        if (w == null || w.ects().isEmpty() || w.ects().get().signum() <= 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        BigDecimal ects = w.ects().get();
        boolean ok = true;
        if (ects.compareTo(THIRTY) > 0 && ects.compareTo(WorkloadValidator.MAX_ECTS) <= 0) {
            Messages.add(context, "more than 30 ECTS is large for a micro-credential: " + Messages.number(ects));
            ok = false;
        }
        if (w.hours().isPresent() && w.hours().get().signum() > 0) {
            BigDecimal perEcts = w.hours().get().divide(ects, MathContext.DECIMAL64);
            if (perEcts.compareTo(MIN_HOURS_PER_ECTS) < 0 || perEcts.compareTo(MAX_HOURS_PER_ECTS) > 0) {
                Messages.add(context, "hours per ECTS credit outside 15-40 (25-30 expected): "
                        + Messages.number(w.hours().get()) + " h for " + Messages.number(ects) + " ECTS");
                ok = false;
            }
        }
        return ok;
    }
}
