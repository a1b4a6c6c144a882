/**
 * The Jakarta Validation constraints that express the profiles on the model. Each names the
 * {@link org.microcred.core.Element} it checks and a {@link org.microcred.core.validation.Severity}; the
 * profile is the constraint's group. Messages are plain text, so no expression-language implementation is
 * needed.
 */
package org.microcred.core.validation.constraints;
