package org.microcred.core.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.microcred.core.Element;
import org.microcred.core.validation.Severity;

/**
 * The learning period of the annotated credential is in order: start not after end, end not after the date of issuing.
 *
 * <p>The message is plain text without expressions, so no expression-language implementation is needed.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = org.microcred.core.internal.validation.LearningPeriodOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OrderedLearningPeriod {
    /**
     * Gets the element of the standard this constraint checks.
     *
     * @return the element
     */
    Element element();

    /**
     * Gets the severity of a violation.
     *
     * @return the severity
     */
    Severity severity() default Severity.ERROR;

    /**
     * Gets the message.
     *
     * @return the message
     */
    String message() default "dates out of order";

    /**
     * Gets the groups (profiles) the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
