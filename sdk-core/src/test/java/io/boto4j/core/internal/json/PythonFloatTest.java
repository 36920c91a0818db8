package io.boto4j.core.internal.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonFloatTest {

    /** Expected values are Python 3.11's str() of the same float. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.5, 1.5",
        "1e300, 1e+300",
        "1e16, 1e+16",
        "1e15, 1000000000000000.0",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "0.1, 0.1",
        "-2.5e-300, -2.5e-300",
        "9007199254740993.0, 9007199254740992.0",
        "123456.789, 123456.789",
        "-0.0, -0.0",
        "1e10, 10000000000.0",
        "NaN, NaN",
        "-Infinity, -Infinity",
    })
    void doublesAsPythonWritesThem(double value, String python) {
        assertEquals(python, PythonFloat.repr(value));
    }

    @ParameterizedTest(name = "{0}f -> {1}")
    @CsvSource({"0.1, 0.1", "65536.125, 65536.125", "3.0, 3.0"})
    void floatsKeepTheirOwnShortestDigits(float value, String python) {
        assertEquals(python, PythonFloat.repr(value));
    }
}
