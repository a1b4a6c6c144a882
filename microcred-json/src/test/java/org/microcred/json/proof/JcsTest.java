package org.microcred.json.proof;


import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.microcred.core.format.MalformedDocumentException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JcsTest {

    @ParameterizedTest(name = "RFC 8785 vector {0}")
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void rfc8785VectorsByteForByte(String name) {
        byte[] expected = Vectors.bytes("jcs/output/" + name + ".json");
        byte[] expectedFromHex = HexFormat.of().parseHex(Vectors.text("jcs/outhex/" + name + ".txt").replaceAll("\\s", ""));
        assertArrayEquals(expected, expectedFromHex, "fixture output and outhex disagree");
        byte[] actual = Jcs.canonicalize(Vectors.bytes("jcs/input/" + name + ".json"));
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
    }

    @Test
    void w3cCanonicalDocument() {
        byte[] actual = Jcs.canonicalize(Vectors.bytes("vc-di-eddsa/unsigned.json"));
        assertArrayEquals(Vectors.bytes("vc-di-eddsa/eddsa-jcs-2022/canonDocJCS.txt"), actual);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0", "-0|0", "4.50|4.5", "1E30|1e+30", "2e-3|0.002", "1e21|1e+21", "1e20|100000000000000000000",
            "123456789012345678901|123456789012345680000", "1e-7|1e-7", "0.000001|0.000001",
            "4.9e-324|5e-324", "1.5e-323|1.5e-323", "1.7976931348623157e308|1.7976931348623157e+308",
            "9007199254740993|9007199254740992", "-1.5|-1.5", "2.0|2", "333333333.33333329|333333333.3333333",
            "1e23|1e+23", "1e-320|1e-320", "2.5e-322|2.5e-322", "2.2250738585072014e-308|2.2250738585072014e-308", "282879384806159008|282879384806159000"})
    void numbersAsEcmascript(String in, String expected) {
        assertEquals(expected, new String(Jcs.canonicalize(in.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "RFC 8785 Appendix B: {0} -> {1}")
    @MethodSource("appendixB")
    void rfc8785AppendixBNumbers(String bits, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        ObjectNode holder = JsonNodeFactory.instance.objectNode().put("n", d);
        if (expected.isEmpty()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(holder));
            assertTrue(e.getMessage().contains("/n"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Jcs.serializeNumber(d));
        } else {
            assertEquals(expected, Jcs.serializeNumber(d));
            assertEquals("{\"n\":" + expected + "}", Jcs.canonicalString(holder));
        }
    }

    static Stream<Arguments> appendixB() {
        return Vectors.text("jcs-rfc/appendix-b-numbers.csv").lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split(",", -1)).map(f -> Arguments.of(f[0], f[1]));
    }

    @Test
    void rfc8785SortingExample() {
        assertArrayEquals(Vectors.bytes("jcs-rfc/sorting-output.json"), Jcs.canonicalize(Vectors.bytes("jcs-rfc/sorting-input.json")));
    }

    @Test
    void rfc8785ExampleAsUtf8Bytes() {
        byte[] expected = HexFormat.of().parseHex(Vectors.text("jcs-rfc/example-output.hex").replaceAll("\\s", ""));
        assertArrayEquals(expected, Jcs.canonicalize(Vectors.bytes("jcs-rfc/example-input.json")));
    }

    @Test
    void errorsNameTheNestedPath() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.putObject("a").put("ok", "x").putArray("list").add(1).addObject().put("bad", "x\udc00");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(doc));
        assertTrue(e.getMessage().endsWith("U+DC00 at index 1 at /a/list/1/bad"), e.getMessage());
        ObjectNode number = JsonNodeFactory.instance.objectNode();
        number.putArray("xs").add(1).add(2).addArray().add(new java.math.BigDecimal("1e400"));
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(number));
        assertTrue(n.getMessage().contains(" at /xs/2/0: outside the IEEE 754 double range"), n.getMessage());
        // a bad member name is reported at that member
        ObjectNode name = JsonNodeFactory.instance.objectNode();
        name.putObject("o").put("k\ud800", 1);
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(name));
        assertTrue(k.getMessage().endsWith(" at /o/k\ud800"), k.getMessage());
        // digesting reports the same paths as canonicalizing
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> Jcs.digest(doc, java.security.MessageDigest.getInstance("SHA-256")));
        assertEquals(e.getMessage(), d.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> Jcs.canonicalize("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("a"), e.getMessage());
    }

    @Test
    void nonFiniteAndLoneSurrogatesAreRejected() {
        ObjectNode nan = JsonNodeFactory.instance.objectNode().put("x", Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(nan));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize("[1e400]".getBytes(StandardCharsets.UTF_8)));
        ObjectNode surrogate = JsonNodeFactory.instance.objectNode().put("name", "a\ud800b");
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalize(surrogate));
        assertTrue(s.getMessage().contains("/name"), s.getMessage());
    }
}
