package org.microcred.testkit.robustness;

import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.microcred.core.format.Format;

/**
 * Codec bugs found by the robustness suites and not fixed yet; none at present (the enum is empty, the mechanism
 * is kept for the next bug found). Each has a failing, {@code @Disabled}
 * regression test of the same name; the hostile-input suite skips (aborts, visibly) exactly the affected
 * cases and formats, and the fuzzer counts inputs that hit them apart from new failures.
 *
 * <p>When a bug is fixed: remove its formats here (or the constant), and remove {@code @Disabled} from its
 * regression test. With {@code -Dmicrocred.fuzz.strict=true} nothing is skipped: the fuzzer and the hostile-input
 * suite fail on known bugs too, which shows exactly which cases each bug breaks.
 */
enum KnownCodecBug {
    // Empty: every bug found so far is fixed and its regression test runs. The mechanism stays for the next one:
    // add a constant CONSTANT("TheRegressionTest", EnumSet.of(Format.X)) { matches(...) }, @Disabled on the test.
    // The last two, fixed in ob3 and elmo: ROUND_TRIP_CHANGES_MAPPED_VALUES (RoundTripChangesMappedValuesTest) and
    // EXTENSIONS_REGROUPED (ExtensionsRegroupedAfterRoundTripTest).
    ;

    private final String regressionTest;
    private final Set<Format> formats;

    KnownCodecBug(String regressionTest, Set<Format> formats) {
        this.regressionTest = regressionTest;
        this.formats = formats;
    }

    /**
     * Checks whether this bug affects a format.
     *
     * @param format the format
     * @return true if the format's codec still has the bug
     */
    boolean affects(Format format) {
        return formats.contains(format);
    }

    /**
     * Skips the rest of a hostile-input case, visibly, if this bug affects the format.
     *
     * @param format the format under test
     */
    void skipIfAffects(Format format) {
        Assumptions.assumeFalse(affects(format) && !Boolean.getBoolean("microcred.fuzz.strict"), () -> "known codec bug " + name() + " in " + format.id()
                + ": see " + regressionTest);
    }

    /**
     * Checks whether a fuzzing failure is this bug.
     *
     * @param format the format
     * @param stage the stage that failed (read, readAll, write, reread)
     * @param thrown what escaped, null on a timeout
     * @return true if it is this bug
     */
    boolean matches(Format format, String stage, Throwable thrown) {
        return false;
    }

    /**
     * Finds the known bug that a fuzzing failure is.
     *
     * @param format the format
     * @param stage the stage
     * @param thrown what escaped, may be null
     * @return the bug, or null if it is a new failure
     */
    static KnownCodecBug classify(Format format, String stage, Throwable thrown) {
        for (KnownCodecBug bug : values()) {
            if (bug.affects(format) && bug.matches(format, stage, thrown)) {
                return bug;
            }
        }
        return null;
    }

    String regressionTest() {
        return regressionTest;
    }

    private static boolean inStack(Throwable t, String classPrefix) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith(classPrefix)) {
                return true;
            }
        }
        return false;
    }
}
