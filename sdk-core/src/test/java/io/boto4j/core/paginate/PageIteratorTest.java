package io.boto4j.core.paginate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Engine details the botocore scenarios do not show. Expected tokens come from botocore's TokenEncoder. */
class PageIteratorTest {
    private static final PaginatorDefinition SCAN = definition(
            "{\"input_token\": \"ExclusiveStartKey\", \"output_token\": \"LastEvaluatedKey\", \"limit_key\": \"Limit\","
                    + " \"result_key\": [\"Items\", \"Count\"]}");

    private static PaginatorDefinition definition(String json) {
        try {
            return PaginatorDefinition.fromJson(new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void binaryTokensAreEncodedAsBotocoreDoes() {
        // python3 -c "from botocore.paginate import TokenEncoder; print(TokenEncoder().encode(
        //   {'ExclusiveStartKey': {'id': {'B': b'\x01\x02'}, 'l': [b'a', 'x', 1.5]}, 'boto_truncate_amount': 1}))"
        String botocore = "eyJFeGNsdXNpdmVTdGFydEtleSI6IHsiaWQiOiB7IkIiOiAiQVFJPSJ9LCAibCI6IFsiWVE9PSIsICJ4IiwgMS41XX0s"
                + "ICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDEsICJib3RvX2VuY29kZWRfa2V5cyI6IFtbIkV4Y2x1c2l2ZVN0YXJ0S2V5IiwgImlk"
                + "IiwgIkIiXSwgWyJFeGNsdXNpdmVTdGFydEtleSIsICJsIiwgMF1dfQ==";
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("id", Map.of("B", new byte[] {1, 2}));
        key.put("l", List.of("a".getBytes(), "x", 1.5));
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("ExclusiveStartKey", key);
        token.put("boto_truncate_amount", 1);
        assertEquals(botocore, ResumeTokens.encode(token));

        ResumeTokens.Decoded decoded = ResumeTokens.decode(botocore, List.of("ExclusiveStartKey"));
        assertEquals(1, decoded.skip());
        Map<?, ?> back = (Map<?, ?>) decoded.tokens().get("ExclusiveStartKey");
        assertArrayEquals(new byte[] {1, 2}, (byte[]) ((Map<?, ?>) back.get("id")).get("B"));
        assertArrayEquals("a".getBytes(), (byte[]) ((List<?>) back.get("l")).get(0));
    }

    @Test
    void tokenJsonIsPythonsJson() {
        // TokenEncoder().encode({'M': 'h\u00e9 "q"', 'n': 10000000000000000.0, 'f': 0.0001})
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("M", "h\u00e9 \"q\"");
        token.put("n", 1e16);
        token.put("f", 0.0001);
        assertEquals("eyJNIjogImhcdTAwZTkgXCJxXCIiLCAibiI6IDFlKzE2LCAiZiI6IDAuMDAwMX0=", ResumeTokens.encode(token));
    }

    @Test
    void binaryLastEvaluatedKeyRoundTripsThroughTheResumeToken() {
        Map<String, Object> lastKey = Map.of("id", Map.of("B", new byte[] {9}));
        List<Map<String, Object>> requests = new ArrayList<>();
        Paginator paginator = new Paginator(SCAN, input -> {
            requests.add(input);
            return CompletableFuture.completedFuture(
                    Map.of("Items", List.of(1, 2, 3), "Count", 3, "LastEvaluatedKey", lastKey));
        });
        PageIterator first = paginator.paginate(Map.of("TableName", "t"), PaginationConfig.NONE.withMaxItems(2));
        assertEquals(List.of(1, 2), first.nextPage().toCompletableFuture().join().orElseThrow().get("Items"));
        String resume = first.resumeToken();

        PageIterator second = paginator.paginate(Map.of("TableName", "t"),
                PaginationConfig.NONE.withStartingToken(resume).withMaxItems(1));
        Map<String, Object> page = second.nextPage().toCompletableFuture().join().orElseThrow();
        assertEquals(List.of(3), page.get("Items"));
        assertEquals(3, page.get("Count"), "counts are kept when resuming, as botocore does");
        assertEquals(Map.of("TableName", "t"), requests.get(1), "no ExclusiveStartKey: the token was for page one");
    }

    @Test
    void aFailedCallFailsThePageAndEndsThePagination() {
        RuntimeException boom = new IllegalStateException("boom");
        PageIterator it = new Paginator(SCAN, input -> CompletableFuture.failedFuture(boom)).paginate(Map.of());
        CompletionException e = assertThrows(CompletionException.class, () -> it.nextPage().toCompletableFuture().join());
        assertSame(boom, e.getCause());
        assertEquals(Optional.empty(), it.nextPage().toCompletableFuture().join());
    }

    @Test
    void oneOutstandingPageAtATime() {
        CompletableFuture<Map<String, Object>> never = new CompletableFuture<>();
        PageIterator it = new Paginator(SCAN, input -> never).paginate(Map.of());
        it.nextPage();
        assertThrows(IllegalStateException.class, it::nextPage);
    }

    @Test
    void theCallersInputAndPagesAreNotModified() {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("TableName", "t"));
        List<Object> items = new ArrayList<>(List.of(1, 2, 3));
        Map<String, Object> response = Map.of("Items", items, "Count", 3, "LastEvaluatedKey", Map.of("k", "v"));
        PageIterator it = new Paginator(SCAN, i -> CompletableFuture.completedFuture(response))
                .paginate(input, new PaginationConfig(1, 10, null));
        assertEquals(List.of(1), it.nextPage().toCompletableFuture().join().orElseThrow().get("Items"));
        assertEquals(List.of(1, 2, 3), items);
        assertEquals(Map.of("TableName", "t"), input);
    }

    @Test
    void longPaginationsOfCompletedPagesDoNotGrowTheStack() {
        int[] calls = {0};
        PaginatorDefinition simple = definition(
                "{\"input_token\": \"NextToken\", \"output_token\": \"NextToken\", \"result_key\": \"Items\"}");
        Paginator paginator = new Paginator(simple, input -> {
            int n = ++calls[0];
            return CompletableFuture.completedFuture(n < 50_000 ? Map.of("Items", List.of(n), "NextToken", "t" + n)
                    : Map.of("Items", List.of(n)));
        });
        Map<String, Object> full = paginator.paginate(Map.of()).buildFullResult().toCompletableFuture().join();
        assertEquals(50_000, ((List<?>) full.get("Items")).size());
        calls[0] = 0;
        assertEquals(50_000, paginator.paginate(Map.of()).search("Items[0]").collectAll().toCompletableFuture().join().size());
    }

    @Test
    void pagesCompletedLaterAreAggregatedToo() {
        PaginatorDefinition simple = definition(
                "{\"input_token\": \"NextToken\", \"output_token\": \"NextToken\", \"result_key\": \"Items\"}");
        Paginator paginator = new Paginator(simple, input -> CompletableFuture.supplyAsync(
                () -> input.containsKey("NextToken") ? Map.of("Items", List.of(2)) : Map.of("Items", List.of(1), "NextToken", "t")));
        assertEquals(Map.of("Items", List.of(1, 2)),
                paginator.paginate(Map.of()).buildFullResult().toCompletableFuture().join());
    }

    @Test
    void modelParsing() throws Exception {
        PaginatorModel model = PaginatorModel.fromJson(new ObjectMapper().readTree(
                "{\"pagination\": {\"ListObjects\": {\"more_results\": \"IsTruncated\", \"limit_key\": \"MaxKeys\","
                        + " \"output_token\": \"NextMarker || Contents[-1].Key\", \"input_token\": \"Marker\","
                        + " \"result_key\": [\"Contents\", \"CommonPrefixes\"]}}}"));
        PaginatorDefinition d = model.definition("ListObjects");
        assertEquals(List.of("Marker"), d.inputTokens());
        assertEquals("NextMarker || Contents[-1].Key", d.outputTokens().get(0).text());
        assertEquals("IsTruncated", d.moreResults().text());
        assertEquals(2, d.resultKeys().size());
        assertTrue(model.find("Nope").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> model.definition("Nope"));
    }

    /** Tokens that do not pair up are reported with the operation whose entry is broken. */
    @Test
    void unpairedTokensNameTheOperation() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PaginatorModel.fromJson(
                new ObjectMapper().readTree("{\"pagination\": {\"ListThings\": {\"input_token\": [\"A\", \"B\"],"
                        + " \"output_token\": \"NextA\"}}}")));
        assertTrue(e.getMessage().contains("ListThings"), e.getMessage());
    }
}
