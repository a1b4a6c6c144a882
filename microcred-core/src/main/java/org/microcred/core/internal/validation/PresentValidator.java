package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.validation.constraints.Present;

/** Checks {@link Present}: a value, a non-empty optional, a non-empty collection or map. */
public final class PresentValidator implements ConstraintValidator<Present, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return false;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }
}
