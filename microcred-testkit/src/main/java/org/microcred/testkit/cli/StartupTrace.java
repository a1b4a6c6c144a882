package org.microcred.testkit.cli;

import java.io.PrintStream;

/**
 * Start-up phases of the command on standard error, for profiling only: enabled with
 * {@code -Dmicrocred.trace.startup=true}, otherwise every call is a no-op.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("microcred.trace.startup");
    private static final long START = System.nanoTime();

    private StartupTrace() {
    }

    /**
     * Prints the time since the command started and the name of the phase that just ended.
     *
     * @param phase what just finished
     */
    static void mark(String phase) {
        if (ON) {
            PrintStream err = System.err;
            err.printf("[startup] %7.1f ms  %s (%s)%n", (System.nanoTime() - START) / 1e6, phase, Thread.currentThread().getName());
        }
    }
}
