package org.microcred.testkit.contract;

import org.microcred.testkit.Implementation;

/**
 * Runs the whole conformance kit against the implementation registered through
 * {@link ConformanceConfiguration}; fails at once, saying how to register one, if none is.
 *
 * <p>Vendors run it by letting Surefire scan the kit's jar:
 * <pre>{@code
 * <plugin>
 *   <artifactId>maven-surefire-plugin</artifactId>
 *   <configuration>
 *     <dependenciesToScan>org.microcred:microcred-testkit</dependenciesToScan>
 *   </configuration>
 * </plugin>
 * }</pre>
 *
 * @since 0.1
 */
public class RegisteredImplementationTest implements ConformanceContract {

    /** Creates the test; JUnit does. */
    public RegisteredImplementationTest() {
    }

    /**
     * Gets the registered implementation.
     *
     * @return the implementation, not null
     * @throws IllegalStateException if none or more than one configuration is registered
     */
    @Override
    public Implementation implementation() {
        return ConformanceConfiguration.load().implementation();
    }
}
