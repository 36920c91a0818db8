package io.boto4j.core.internal.endpoints.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    @Test
    void substringCountsFromTheStart() {
        assertEquals("abc", StringFunctions.substring("abcdef", 0, 3, false));
        assertEquals("bc", StringFunctions.substring("abcdef", 1, 3, false));
    }

    @Test
    void substringReverseCountsFromTheEnd() {
        assertEquals("def", StringFunctions.substring("abcdef", 0, 3, true));
        assertEquals("de", StringFunctions.substring("abcdef", 1, 3, true));
        assertEquals("abc", StringFunctions.substring("abc", 0, 3, true));
    }

    @Test
    void substringOfTheWholeString() {
        assertEquals("abc", StringFunctions.substring("abc", 0, 3, false));
    }

    @Test
    void substringOutOfRangeOrEmptyRangeIsNull() {
        assertNull(StringFunctions.substring("abc", 0, 4, false));
        assertNull(StringFunctions.substring("abc", 0, 4, true));
        assertNull(StringFunctions.substring("abcdef", 3, 3, false));
        assertNull(StringFunctions.substring("abcdef", 4, 3, false));
        assertNull(StringFunctions.substring("", 0, 1, false));
    }

    @Test
    void substringOfNonAsciiIsNull() {
        assertNull(StringFunctions.substring("ab\u00e9cd", 0, 2, false));
        assertNull(StringFunctions.substring("\uD83D\uDE00abc", 2, 4, true));
    }

    @Test
    void uriEncodeKeepsOnlyUnreserved() {
        assertEquals("a%20b%2Fc~d%25e%2B%C3%A9", StringFunctions.uriEncode("a b/c~d%e+\u00e9"));
        assertNull(StringFunctions.uriEncode(null));
    }

    @Test
    void splitWithoutLimit() {
        assertEquals(List.of("a", "b", "c"), StringFunctions.split("a--b--c", "--", 0));
        assertEquals(List.of("", "a", ""), StringFunctions.split("/a/", "/", 0));
        assertEquals(List.of(""), StringFunctions.split("", "/", 0));
        assertEquals(List.of("abc"), StringFunctions.split("abc", "x", 0));
    }

    @Test
    void splitWithLimit() {
        assertEquals(List.of("a--b--c"), StringFunctions.split("a--b--c", "--", 1));
        assertEquals(List.of("a", "b--c"), StringFunctions.split("a--b--c", "--", 2));
        assertEquals(List.of("a", "b", "c"), StringFunctions.split("a--b--c", "--", 5));
    }

    @Test
    void splitRejectsEmptyDelimiter() {
        assertThrows(IllegalArgumentException.class, () -> StringFunctions.split("abc", "", 0));
    }
}
