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
