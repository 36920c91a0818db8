package io.boto4j.core.internal.endpoints.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttrPathTest {
    private final Map<String, Object> value = Map.of("a", Map.of("b", List.of("x", "y")), "resourceId", List.of("p", "q"));

    @Test
    void namesIndexesAndBoth() {
        assertEquals(List.of("x", "y"), AttrPath.parse("a.b").apply(value));
        assertEquals("x", AttrPath.parse("a.b[0]").apply(value));
        assertEquals("q", AttrPath.parse("resourceId[1]").apply(value));
        assertEquals("y", AttrPath.parse("[1]").apply(List.of("x", "y")));
    }

    @Test
    void missingKeysAndIndexesGiveNull() {
        assertNull(AttrPath.parse("resourceId[2]").apply(value));
        assertNull(AttrPath.parse("nope.b").apply(value));
        assertNull(AttrPath.parse("a.b.c").apply(value));
        assertNull(AttrPath.parse("a").apply(null));
    }

    @Test
    void malformedPathsFailAtParse() {
        assertThrows(IllegalArgumentException.class, () -> AttrPath.parse(""));
        assertThrows(IllegalArgumentException.class, () -> AttrPath.parse("a..b"));
        assertThrows(IllegalArgumentException.class, () -> AttrPath.parse("a[x]"));
        assertThrows(IllegalArgumentException.class, () -> AttrPath.parse("a[1"));
    }
}
