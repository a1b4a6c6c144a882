package org.microcred.testkit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcred.core.MicroCredential;
import org.microcred.core.Workload;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;

/**
 * Regression test of the fixed codec bug {@code XML_WRITERS_EXPAND_HUGE_EXPONENT}: the model accepts ECTS of
 * {@code 1E+999999999}; the xml and elmo writers call {@code BigDecimal.toPlainString()} on it and run out of
 * memory (java.lang.OutOfMemoryError in BigDecimal.layoutChars / StringBuilder), where they should refuse it
 * with a CredentialFormatException (or write it compactly).
 */
class XmlWritersExpandHugeExponentTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = {"XML", "ELMO"})
    void hugeExponentIsRefusedOrWrittenCompactly(Format format) {
        CredentialCodec codec = Base.codec(format);
        MicroCredential c = Base.CREDENTIAL.withSpecification(Base.CREDENTIAL.specification().toBuilder()
                .workload(Workload.ofEcts(new BigDecimal("1E+999999999"))).build());
        try (Guard guard = new Guard()) {
            Guard.Outcome<Integer> o = guard.run(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Codecs.of(format).write(c, out);
                return out.size();
            }, Regressions.LIMIT);
            assertFalse(o.brokeContract(), () -> codec.format().id() + " write broke the contract: " + o);
            if (o.returned()) {
                assertTrue(o.value() < 1_000_000, "written compactly: " + o.value() + " bytes");
            }
        }
    }
}
