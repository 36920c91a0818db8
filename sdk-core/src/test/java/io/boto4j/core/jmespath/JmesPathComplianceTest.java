package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against jmespath.py: replays compliance.json, which
 * src/test/resources/jmespath/generate.py produced by running every case through the Python
 * jmespath package that botocore uses (see that script for how and what it covers).
 */
class JmesPathComplianceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Numbers compare by value: jmespath.py's 2.0 and our 2 (or 2 and 2L) are the same JSON number. */
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static JsonNode corpus() throws IOException {
        try (InputStream in = JmesPathComplianceTest.class.getResourceAsStream("/jmespath/compliance.json")) {
            if (in == null) {
                throw new IOException("jmespath/compliance.json is not on the test class path");
            }
            return JSON.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> casesGiveWhatJmesPathPyGives() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : corpus().get("groups")) {
            Object given = JSON.treeToValue(group.get("given"), Object.class);
            String category = group.get("category").asText();
            for (JsonNode c : group.get("cases")) {
                String expression = c.get("expression").asText();
                tests.add(DynamicTest.dynamicTest(category + ": " + expression,
                        () -> check(expression, given, c)));
            }
        }
        return tests.stream();
    }

    private static void check(String expression, Object given, JsonNode c) {
        if (c.has("error")) {
            String expected = c.get("error").asText();
            try {
                Object result = JmesPath.compile(expression).search(given);
                fail("expected a " + expected + " error, got " + result);
            } catch (JmesPathException e) {
                assertEquals(expected, e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getMessage());
            }
            return;
        }
        JsonNode expected = c.get("result");
        JsonNode actual = JSON.valueToTree(JmesPath.compile(expression).search(given));
        assertTrue(expected.equals(NUMERIC, actual), () -> "expected " + expected + " but got " + actual);
    }

    @TestFactory
    Stream<DynamicTest> everyBotocorePaginatorAndWaiterExpressionCompiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode e : corpus().get("botocoreExpressions")) {
            String expression = e.get("expression").asText();
            tests.add(DynamicTest.dynamicTest(e.get("source").asText() + ": " + expression,
                    () -> JmesPath.compile(expression)));
        }
        assertTrue(tests.size() > 1000, "the corpus should hold botocore's expressions");
        return tests.stream();
    }
}
