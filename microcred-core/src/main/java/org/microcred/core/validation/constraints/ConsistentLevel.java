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
 * The annotated level has an EQF level from 1 to 8 and a QF-EHEA cycle that matches it (short 5, first 6, second 7, third 8).
 *
 * <p>The message is plain text without expressions, so no expression-language implementation is needed.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = org.microcred.core.internal.validation.LevelValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentLevel {
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
    String message() default "inconsistent level";

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
