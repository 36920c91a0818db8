package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the differential corpus cannot show: Java value types, caching, error kinds. */
class JmesPathTest {

    @Test
    void compiledExpressionsAreCached() {
        assertSame(JmesPath.compile("a.b[0]"), JmesPath.compile("a.b[0]"));
        assertEquals("a.b[0]", JmesPath.compile("a.b[0]").text());
    }

    @Test
    void instantsAndBytesAreOpaqueScalarsComparedByEquals() {
        Instant t = Instant.parse("2024-01-02T03:04:05Z");
        Map<String, Object> data = Map.of("items", List.of(Map.of("at", t, "blob", new byte[] {1, 2}),
                Map.of("at", Instant.EPOCH, "blob", new byte[] {3})));
        assertEquals(List.of(t), JmesPath.search("items[?at == `null` || at != `null`].at | [:1]", data));
        assertEquals(Boolean.TRUE, JmesPath.search("a == b", Map.of("a", new byte[] {1}, "b", new byte[] {1})));
        // Truthy, of no JMESPath type, not ordered.
        assertEquals(Boolean.TRUE, JmesPath.search("!!(items[0].at)", data));
        assertNull(JmesPath.search("type(items[0].at)", data));
        assertNull(JmesPath.search("items[0].at < items[1].at", data));
        assertEquals("\"2024-01-02T03:04:05Z\"", JmesPath.search("to_string(items[0].at)", data));
        JmesPathException e = assertThrows(JmesPathException.class, () -> JmesPath.search("length(items[0].at)", data));
        assertEquals(JmesPathException.Kind.INVALID_TYPE, e.kind());
    }

    @Test
    void javaNumberTypesCompareByValue() {
        Map<String, Object> data = Map.of("i", 3, "l", 3L, "d", 3.0, "b", new BigDecimal("3.00"), "f", 2.5f);
        assertEquals(Boolean.TRUE, JmesPath.search("i == l && l == d && d == b", data));
        assertEquals(Boolean.TRUE, JmesPath.search("f < i", data));
        assertEquals(new BigDecimal("9.00"), JmesPath.search("sum([i, l, b])", data));
        assertEquals(6L, JmesPath.search("sum([i, l])", data));
        assertEquals(11.5, JmesPath.search("sum([i, l, f, d])", data));
        assertEquals(List.of(2.5f, 3, 3L), JmesPath.search("sort([i, f, l])", data));
    }

    @Test
    void literalsCannotBeChangedThroughResults() {
        Object first = JmesPath.search("`[1, 2]`", null);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) first).clear());
    }

    @Test
    void compileTimeErrorsHaveTheirKinds() {
        assertEquals(JmesPathException.Kind.SYNTAX, assertThrows(JmesPathException.class,
                () -> JmesPath.compile("a[?")).kind());
        assertEquals(JmesPathException.Kind.UNKNOWN_FUNCTION, assertThrows(JmesPathException.class,
                () -> JmesPath.compile("nope(@)")).kind());
        assertEquals(JmesPathException.Kind.INVALID_ARITY, assertThrows(JmesPathException.class,
                () -> JmesPath.compile("length(a, b)")).kind());
        assertEquals(JmesPathException.Kind.SYNTAX, assertThrows(JmesPathException.class,
                () -> JmesPath.compile("")).kind());
    }

    // The operationContextParams paths the endpoint resolver uses.

    @Test
    void projectionDropsMissingValues() {
        Map<String, Object> input = Map.of("Delete", Map.of("Objects",
                List.of(Map.of("Key", "k1"), Map.of("VersionId", "v"), Map.of("Key", "k2"))));
        assertEquals(List.of("k1", "k2"), JmesPath.search("Delete.Objects[*].Key", input));
        assertNull(JmesPath.search("Delete[*].Key", input));
    }

    @Test
    void keysOfAnObjectInMemberOrder() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("table-b", Map.of());
        items.put("table-a", Map.of());
        assertEquals(List.of("table-b", "table-a"), JmesPath.search("keys(RequestItems)", Map.of("RequestItems", items)));
        assertThrows(JmesPathException.class, () -> JmesPath.search("keys(RequestItems)", Map.of("RequestItems", "x")));
    }

    @Test
    void multiSelectListFlattenedAfterProjection() {
        Map<String, Object> input = Map.of("TransactItems", List.of(
                Map.of("Put", Map.of("TableName", "a")),
                Map.of("Delete", Map.of("TableName", "b"), "ConditionCheck", Map.of("TableName", "c"))));
        assertEquals(List.of("a", "c", "b"), JmesPath.search(
                "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]",
                input));
        assertEquals(List.of(Arrays.asList(null, "a"), Arrays.asList("c", null)),
                JmesPath.search("TransactItems[*].[ConditionCheck.TableName, Put.TableName]", input));
    }

    @Test
    void errorMessagesNameTheExpressionAndPosition() {
        JmesPathException e = assertThrows(JmesPathException.class, () -> JmesPath.compile("a.b[?c =="));
        assertTrue(e.getMessage().contains("'a.b[?c =='"), e.getMessage());
        assertTrue(e.getMessage().contains("position"), e.getMessage());
    }
}
