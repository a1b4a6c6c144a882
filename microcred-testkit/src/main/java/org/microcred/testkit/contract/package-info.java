/**
 * JUnit 5 contracts for vendors' Java implementations: {@link org.microcred.testkit.contract.ConformanceContract}
 * (a whole implementation), {@link org.microcred.testkit.contract.CredentialCodecContract} (one codec) and the
 * {@link org.microcred.testkit.contract.ConformanceConfiguration} service-provider interface. Every dynamic
 * test is named after the requirement it checks.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.microcred.testkit.contract;
