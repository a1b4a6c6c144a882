package org.microcred.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.microcred.testkit.Implementation;

/**
 * The service-provider interface through which a vendor plugs its implementation into the kit without writing
 * a test class: register an implementation of this interface in
 * {@code META-INF/services/org.microcred.testkit.contract.ConformanceConfiguration} (and/or with
 * {@code provides} in {@code module-info.java}) and let Surefire scan the kit
 * ({@code <dependenciesToScan>org.microcred:microcred-testkit</dependenciesToScan>}); the kit's
 * {@link RegisteredImplementationTest} then runs every scenario against it.
 *
 * @since 0.1
 */
public interface ConformanceConfiguration {

    /**
     * Gets the implementation under test.
     *
     * @return the implementation, not null
     */
    Implementation implementation();

    /**
     * Loads the one registered configuration.
     *
     * @return the configuration, not null
     * @throws IllegalStateException if none or more than one is registered, saying how to register one
     */
    static ConformanceConfiguration load() {
        List<ConformanceConfiguration> found = new ArrayList<>();
        ServiceLoader.load(ConformanceConfiguration.class).forEach(found::add);
        if (found.isEmpty()) {
            throw new IllegalStateException("No " + ConformanceConfiguration.class.getName() + " is registered: create "
                    + "src/test/resources/META-INF/services/" + ConformanceConfiguration.class.getName()
                    + " holding the name of your class that implements it");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("More than one " + ConformanceConfiguration.class.getName() + " is registered: "
                    + found.stream().map(c -> c.getClass().getName()).toList() + "; register exactly one");
        }
        return found.get(0);
    }
}
