package org.microcred.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Builds violation messages that carry the offending values.
 *
 * <p>Messages are made literal before they reach the provider's interpolator: braces, dollar signs and
 * backslashes are escaped, so user data is never evaluated as a message parameter or an expression.
 */
final class Messages {
    private Messages() {
    }

    /**
     * Replaces the default violation with one carrying a literal message.
     *
     * @param context the validator context
     * @param message the message, used literally
     */
    static void replace(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        add(context, message);
    }

    /**
     * Adds a violation with a literal message (after {@link ConstraintValidatorContext#disableDefaultConstraintViolation()}).
     *
     * @param context the validator context
     * @param message the message, used literally
     */
    static void add(ConstraintValidatorContext context, String message) {
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
    }

    /**
     * Formats a decimal for a message: plain digits when that is short, else scientific notation, so that a
     * value like {@code 1E+999999999} never expands into a billion digits.
     *
     * @param value the value
     * @return the text
     */
    static String number(java.math.BigDecimal value) {
        long plainLength = (long) value.precision() + Math.abs((long) value.scale());
        return plainLength <= 40 ? value.toPlainString() : value.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
