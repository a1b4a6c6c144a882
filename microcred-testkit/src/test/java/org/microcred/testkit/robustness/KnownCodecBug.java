package org.microcred.testkit.robustness;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.microcred.core.format.Format;

/**
 * Codec bugs found by the robustness suites and not fixed yet. Each has a failing, {@code @Disabled}
 * regression test of the same name; the hostile-input suite skips (aborts, visibly) exactly the affected
 * cases and formats, and the fuzzer counts inputs that hit them apart from new failures.
 *
 * <p>When a bug is fixed: remove its formats here (or the constant), and remove {@code @Disabled} from its
 * regression test. With {@code -Dmicrocred.fuzz.strict=true} nothing is skipped: the fuzzer and the hostile-input
 * suite fail on known bugs too, which shows exactly which cases each bug breaks.
 */
enum KnownCodecBug {
    /** ob3 reads numbers such as {@code 1e999999999}; the json codec refuses |scale| > 1000. */
    HUGE_EXPONENT_ACCEPTED("HugeDecimalExponentAcceptedTest", EnumSet.of(Format.OB3)),

    /** Numbers written as text (ELM's string "point") have no length limit: 5,000 digits are read; JSON numbers stop at 100. */
    LONG_NUMBER_TEXT_ACCEPTED("LongNumberTextAcceptedTest", EnumSet.of(Format.ELM)),

    /** json, elm and ob3 decode invalid UTF-8 (overlong forms, encoded surrogates) instead of refusing it. */
    JSON_INVALID_UTF8_DECODED("JsonInvalidUtf8DecodedTest", EnumSet.of(Format.JSON, Format.ELM, Format.OB3)),

    /** json, elm and ob3 accept escaped lone surrogates ({@code "\ud800"}) into the model. */
    JSON_LONE_SURROGATE_ACCEPTED("JsonLoneSurrogateAcceptedTest", EnumSet.of(Format.JSON, Format.ELM, Format.OB3)),

    /**
     * The JSON engine (json, elm, ob3) places an extension whose pointer runs through a missing array
     * ({@code /x/0/y}, {@code /x/-}) as an object member named "0" or "-": the written document has the wrong shape.
     */
    JSON_EXTENSION_INDEX_AS_MEMBER("JsonExtensionIndexWrittenAsMemberTest", EnumSet.of(Format.JSON, Format.ELM, Format.OB3)) {
        @Override
        boolean matches(Format format, String stage, Throwable thrown) {
            return thrown instanceof MutationFuzzTest.RoundTripMismatch m && m.indexBecameMember();
        }
    },

    /**
     * Found by the long fuzzing run: a credential read from a (mutated) document with extensions (S08) next to
     * mapped members changes when written and read back: an extension overwrites a mapped value (ob3: a kept
     * {@code "validFrom": null} erases E05; elm: a kept {@code volumeOfLearning} turns 0 notional hours into 704.7;
     * elmo: a kept {@code <type>} erases S06), or the writer's own link id reads back as data (ob3: a grade without
     * scheme comes back with schemeId {@code urn:uuid:...}).
     */
    ROUND_TRIP_CHANGES_MAPPED_VALUES("RoundTripChangesMappedValuesTest", EnumSet.of(Format.OB3, Format.ELM, Format.ELMO)) {
        @Override
        boolean matches(Format format, String stage, Throwable thrown) {
            return thrown instanceof MutationFuzzTest.RoundTripMismatch m && m.mappedValuesChanged();
        }
    },

    /** Found by the long fuzzing run: ob3 and elmo read their own lossless output back with extensions (S08) grouped or ordered differently. */
    EXTENSIONS_REGROUPED("ExtensionsRegroupedAfterRoundTripTest", EnumSet.of(Format.OB3, Format.ELMO)) {
        @Override
        boolean matches(Format format, String stage, Throwable thrown) {
            return thrown instanceof MutationFuzzTest.ExtensionsRegrouped;
        }
    },

    /**
     * json and elm report another JSON format's credential as a missing property deep inside ("missing required
     * property 'legalName'", elm: "... 'credentialSubject' at //credentialSubject"), not as a document of another format.
     */
    JSON_FOREIGN_JSON_MISREPORTED("JsonForeignCredentialMisreportedTest", EnumSet.of(Format.JSON, Format.ELM)),

    /** ob3 refuses a microcred JSON document (not a verifiable credential at all) as unsupported content, not malformed. */
    OB3_FOREIGN_JSON_UNSUPPORTED("Ob3ForeignJsonUnsupportedTest", EnumSet.of(Format.OB3));

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
