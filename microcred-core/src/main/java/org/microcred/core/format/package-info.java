/**
 * The contract between the model and the wire formats: {@link org.microcred.core.format.Format},
 * the {@link org.microcred.core.format.CredentialCodec} service interface that {@code microcred-json} and
 * {@code microcred-xml} implement, and the one exception family they throw.
 *
 * <p>Null policy: as in the rest of microcred, no method accepts or returns {@code null} unless its
 * documentation says so; absent values are {@link java.util.Optional#empty()} or empty collections.
 */
package org.microcred.core.format;
