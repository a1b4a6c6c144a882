/**
 * The microcred conformance kit: the {@link org.microcred.testkit.Manifest} of scenarios and fixtures over the
 * five formats, the {@link org.microcred.testkit.ConformanceRunner} that checks an
 * {@link org.microcred.testkit.Implementation} against them, the {@link org.microcred.testkit.ConformanceReport}
 * (console, JUnit XML, JSON), the language-neutral {@link org.microcred.testkit.FileConformance} mode, and the
 * {@link org.microcred.testkit.CreditSupplement} rendering of a credential.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.microcred.testkit;
