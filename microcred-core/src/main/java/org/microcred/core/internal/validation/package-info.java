/**
 * Internal: the {@link jakarta.validation.ConstraintValidator}s behind the constraints of
 * {@link org.microcred.core.validation.constraints}. Not API; opened to validation providers only so that
 * they can instantiate these classes.
 */
package org.microcred.core.internal.validation;
