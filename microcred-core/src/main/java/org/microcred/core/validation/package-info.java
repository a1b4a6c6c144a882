/**
 * Validation of credentials against the profiles of the standard: {@link org.microcred.core.validation.Profile}
 * ({@code structural}, {@code eu-2022}, {@code neset-2020}), {@link org.microcred.core.validation.CredentialValidator}
 * and the {@link org.microcred.core.validation.Violation}s it returns, each naming an element of the standard.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.microcred.core.validation;
