package org.microcred.testkit.contract;

/**
 * The vendor path through the service loader: the kit's {@link RegisteredImplementationTest}, run here on the
 * registered {@link MicrocredConfiguration}, as Surefire's {@code dependenciesToScan} would run it.
 */
class RegisteredMicrocredTest extends RegisteredImplementationTest {
}
