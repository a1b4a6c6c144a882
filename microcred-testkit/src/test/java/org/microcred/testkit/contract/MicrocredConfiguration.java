package org.microcred.testkit.contract;

import org.microcred.testkit.Implementation;

/** Registers microcred itself, the way a vendor registers its implementation. */
public class MicrocredConfiguration implements ConformanceConfiguration {
    @Override
    public Implementation implementation() {
        return Implementation.microcred();
    }
}
