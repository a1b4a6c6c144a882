package org.microcred.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The number limits of the JSON reader, at their boundaries, for reading and writing XML text. */
class DecimalsTest {
    @Test
    void test_parse_boundaries() {
        assertEquals(new BigDecimal("9".repeat(100)), Decimals.parse("9".repeat(100)));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("9".repeat(101)));
        assertEquals(1000, Decimals.parse("1e-1000").scale());
        assertEquals(-1000, Decimals.parse("1e1000").scale());
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e1001"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1E-999999999"));
        assertThrows(NumberFormatException.class, () -> Decimals.parse("1,5"));
    }

    @Test
    void test_plain_writesOnlyWhatIsReadBack() {
        assertEquals("5.0", Decimals.plain(new BigDecimal("5.0")));
        assertEquals("1" + "0".repeat(50), Decimals.plain(new BigDecimal("1E+50")));
        assertNull(Decimals.plain(new BigDecimal("1E+100"))); // 101 digits
        assertNull(Decimals.plain(new BigDecimal("1E+999999999")));
        assertNull(Decimals.plain(new BigDecimal("1E-1001")));
    }
}
