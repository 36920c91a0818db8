package io.boto4j.core.internal.endpoints.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmesPathTest {

    private static Object search(String path, Object value) {
        return JmesPath.compile(path).search(value);
    }

    @Test
    void fieldsAndSubExpressions() {
        Map<String, Object> input = Map.of("TableCreationParameters", Map.of("TableName", "t"));
        assertEquals("t", search("TableCreationParameters.TableName", input));
        assertNull(search("Missing.TableName", input));
        assertEquals("t", search("\"TableCreationParameters\".TableName", input));
    }

    @Test
    void projectionDropsMissingValues() {
        Map<String, Object> input = Map.of("Delete", Map.of("Objects",
                List.of(Map.of("Key", "k1"), Map.of("VersionId", "v"), Map.of("Key", "k2"))));
        assertEquals(List.of("k1", "k2"), search("Delete.Objects[*].Key", input));
        assertNull(search("Delete[*].Key", input));
    }

    @Test
    void keysOfAnObject() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("table-a", Map.of());
        items.put("table-b", Map.of());
        assertEquals(List.of("table-a", "table-b"), search("keys(RequestItems)", Map.of("RequestItems", items)));
        assertThrows(JmesPathException.class, () -> search("keys(RequestItems)", Map.of("RequestItems", "x")));
    }

    @Test
    void multiSelectListFlattenedAfterProjection() {
        Map<String, Object> input = Map.of("TransactItems", List.of(
                Map.of("Put", Map.of("TableName", "a")),
                Map.of("Delete", Map.of("TableName", "b"), "ConditionCheck", Map.of("TableName", "c"))));
        assertEquals(List.of("a", "c", "b"), search(
                "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]",
                input));
        // Without the flatten the nulls of each multi-select stay.
        assertEquals(List.of(Arrays.asList(null, "a"), Arrays.asList("c", null)),
                search("TransactItems[*].[ConditionCheck.TableName, Put.TableName]", input));
    }

    @Test
    void nestedProjections() {
        Map<String, Object> input = Map.of("a", List.of(Map.of("b", List.of(Map.of("c", 1), Map.of("c", 2))),
                Map.of("b", List.of(Map.of("c", 3)))));
        assertEquals(List.of(List.of(1, 2), List.of(3)), search("a[*].b[*].c", input));
        assertEquals(List.of(1, 2, 3), search("a[*].b[*].c[]", input));
        assertEquals(List.of(1, 2, 3), search("a[].b[].c", input));
    }

    @Test
    void unsupportedSyntaxIsRejectedClearly() {
        for (String path : List.of("a[0]", "a[?b == 'x']", "length(a)", "a | b", "a.*", "a[1:2]", "`1`", "a.")) {
            JmesPathException e = assertThrows(JmesPathException.class, () -> JmesPath.compile(path), path);
            assertTrue(e.getMessage().contains("Unsupported JMESPath"), e.getMessage());
        }
    }
}
