package io.boto4j.core.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays scenarios.json: what botocore's Paginator does with the same canned pages. The file
 * is made by src/test/resources/paginate/generate.py (run with the machine's Python and
 * botocore 1.43.x; see the script), which drives botocore.paginate.Paginator over a fake
 * operation returning those pages and records the requests, pages, resume token,
 * build_full_result() and search() results. Resume tokens must match byte for byte.
 */
class PaginatorScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** A fake operation: the canned pages in order, recording each request. */
    private static final class CannedPages {
        final List<Map<String, Object>> requests = new ArrayList<>();
        private final JsonNode pages;

        CannedPages(JsonNode pages) {
            this.pages = pages;
        }

        CompletionStage<Map<String, Object>> call(Map<String, Object> input) {
            requests.add(input);
            if (requests.size() > pages.size()) {
                return CompletableFuture.failedFuture(new AssertionError("more requests than canned pages"));
            }
            return CompletableFuture.completedFuture(Map.copyOf(JSON.convertValue(pages.get(requests.size() - 1), MAP)));
        }
    }

    @TestFactory
    Stream<DynamicTest> behavesAsBotocore() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/paginate/scenarios.json")) {
            root = JSON.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        root.get("scenarios").forEach(s -> tests.add(DynamicTest.dynamicTest(s.get("name").asText(), () -> replay(s))));
        return tests.stream();
    }

    private static PageIterator start(JsonNode s, CannedPages fake) {
        Paginator paginator = new Paginator(PaginatorDefinition.fromJson(s.get("config")), fake::call,
                s.get("limitType").asText().equals("string"));
        JsonNode p = s.get("pagination");
        PaginationConfig config = new PaginationConfig(
                p.has("MaxItems") ? p.get("MaxItems").asInt() : null,
                p.has("PageSize") ? p.get("PageSize").asInt() : null,
                p.has("StartingToken") ? p.get("StartingToken").asText() : null);
        return paginator.paginate(JSON.convertValue(s.get("input"), MAP), config);
    }

    private static void replay(JsonNode s) {
        CannedPages fake = new CannedPages(s.get("pages"));
        List<Object> pages = new ArrayList<>();
        if (s.has("error")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                PageIterator it = start(s, fake);
                for (Optional<Map<String, Object>> page = join(it.nextPage()); page.isPresent(); page = join(it.nextPage())) {
                    pages.add(page.get());
                }
            });
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            assertTrue(cause instanceof PaginationException, cause.toString());
            String expected = s.get("error").asText().replace("Error during pagination: ", "");
            String expectedStart = expected.contains("{") ? expected.substring(0, expected.indexOf('{')) : expected;
            assertTrue(cause.getMessage().startsWith(expectedStart), cause.getMessage() + " vs " + expected);
        } else {
            PageIterator it = start(s, fake);
            for (Optional<Map<String, Object>> page = join(it.nextPage()); page.isPresent(); page = join(it.nextPage())) {
                pages.add(page.get());
            }
            JsonNode token = s.get("resumeToken");
            assertEquals(token.isNull() ? null : token.asText(), it.resumeToken(), "resume token");
            assertJson(s.get("expectedFullResult"), join(start(s, new CannedPages(s.get("pages"))).buildFullResult()),
                    "build_full_result");
            if (s.has("search")) {
                assertJson(s.get("expectedSearch"), join(start(s, new CannedPages(s.get("pages")))
                        .search(s.get("search").asText()).collectAll()), "search");
            }
        }
        assertJson(s.get("expectedPages"), pages, "pages");
        assertJson(s.get("expectedRequests"), fake.requests, "requests");
    }

    private static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    private static void assertJson(JsonNode expected, Object actual, String what) {
        JsonNode tree = JSON.valueToTree(actual);
        assertTrue(expected.equals(NUMERIC, tree), () -> what + ": expected " + expected + "\n but got " + tree);
    }
}
