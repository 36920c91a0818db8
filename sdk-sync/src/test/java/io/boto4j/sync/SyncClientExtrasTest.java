package io.boto4j.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.eventstream.HeaderValue;
import io.boto4j.core.eventstream.MessageEncoder;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterResult;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paginators, waiters, typed views and event streams through the blocking layer. */
class SyncClientExtrasTest {
    @TempDir
    Path home;
    RawHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void paginateFollowsTheOutputTokenPageByPage() throws Exception {
        server.then(RawHttpServer.json(200, "{\"TableNames\":[\"aaa\",\"bbb\"],\"LastEvaluatedTableName\":\"bbb\"}"))
                .then(RawHttpServer.json(200, "{\"TableNames\":[\"ccc\"]}"))
                .then(RawHttpServer.json(200, "{\"TableNames\":[\"aaa\",\"bbb\"],\"LastEvaluatedTableName\":\"bbb\"}"))
                .then(RawHttpServer.json(200, "{\"TableNames\":[\"ccc\"]}"));
        try (SyncClient ddb = TestClients.dynamodb(server, home)) {
            assertTrue(ddb.canPaginate("ListTables"));
            assertFalse(ddb.canPaginate("DescribeTable"));

            List<Object> names = new ArrayList<>();
            for (Map<String, Object> page : ddb.paginate("ListTables", Map.of())) {
                names.addAll((List<?>) page.get("TableNames"));
            }
            assertEquals(List.of("aaa", "bbb", "ccc"), names);
            assertEquals("{}", server.take().bodyText());
            assertEquals("{\"ExclusiveStartTableName\":\"bbb\"}", server.take().bodyText());

            assertEquals(List.of("aaa", "bbb", "ccc"), ddb.paginate("ListTables", Map.of()).fullResult().get("TableNames"));
        }
    }

    @Test
    void waitUntilRetriesUntilTheSuccessState() {
        server.then(RawHttpServer.json(400,
                        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"no\"}"))
                .then(RawHttpServer.json(200, "{\"Table\":{\"TableName\":\"t\",\"TableStatus\":\"CREATING\"}}"))
                .then(RawHttpServer.json(200, "{\"Table\":{\"TableName\":\"t\",\"TableStatus\":\"ACTIVE\"}}"));
        try (SyncClient ddb = TestClients.dynamodb(server, home)) {
            assertTrue(ddb.waiterNames().contains("TableExists"));
            WaiterResult result = ddb.waitUntil("TableExists", Map.of("TableName", "t"),
                    WaiterConfig.DEFAULTS.withDelay(Duration.ofMillis(10)));
            assertEquals(3, result.attempts());
            io.boto4j.core.SdkClientException e = assertThrows(io.boto4j.core.SdkClientException.class,
                    () -> ddb.waitUntil("NoSuchWaiter", Map.of()));
            assertTrue(e.getMessage().contains("has no waiter NoSuchWaiter"), e.getMessage());
        }
    }

    /** A typed view: methods named after operations, plain records in and out. */
    public interface Tables {
        TableList listTables(ListRequest request);

        Map<String, Object> describeTable(Map<String, Object> input);
    }

    public record ListRequest(Integer limit) {
    }

    public record TableList(List<String> tableNames, String lastEvaluatedTableName) {
    }

    @Test
    void typedViewsReturnValues() throws Exception {
        server.then(RawHttpServer.json(200, "{\"TableNames\":[\"x\"],\"LastEvaluatedTableName\":\"x\"}"))
                .then(RawHttpServer.json(200, "{\"Table\":{\"TableName\":\"x\"}}"));
        try (SyncClient ddb = TestClients.dynamodb(server, home)) {
            Tables tables = ddb.view(Tables.class);
            assertEquals(new TableList(List.of("x"), "x"), tables.listTables(new ListRequest(1)));
            assertEquals("{\"Limit\":1}", server.take().bodyText());
            assertEquals(Map.of("TableName", "x"), tables.describeTable(Map.of("TableName", "x")).get("Table"));
        }
    }

    @Test
    void anEventStreamIsABlockingIterator() throws Exception {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frames.writeBytes(event("Records", "a,1\nb,2\n".getBytes(StandardCharsets.UTF_8), "application/octet-stream"));
        frames.writeBytes(event("Stats", ("<Stats><BytesScanned>10</BytesScanned><BytesProcessed>10</BytesProcessed>"
                + "<BytesReturned>8</BytesReturned></Stats>").getBytes(StandardCharsets.UTF_8), "text/xml"));
        frames.writeBytes(event("End", new byte[0], null));
        byte[] body = frames.toByteArray();
        server.then((req, out) -> RawHttpServer.respond(out, 200, Map.of("x-amz-request-id", "sel"), body));

        try (SyncClient s3 = TestClients.s3(server, home);
             SyncResponse response = s3.callWithMetadata("SelectObjectContent", Map.of("Bucket", "b", "Key", "k.csv",
                     "Expression", "select * from s3object", "ExpressionType", "SQL",
                     "InputSerialization", Map.of("CSV", Map.of()), "OutputSerialization", Map.of("CSV", Map.of())));
             ResponseEventStream events = (ResponseEventStream) response.output().get("Payload")) {
            List<Map<String, Object>> seen = new ArrayList<>();
            events.forEachRemaining(seen::add);
            assertEquals(3, seen.size(), seen.toString());
            assertArrayEquals("a,1\nb,2\n".getBytes(StandardCharsets.UTF_8),
                    (byte[]) ((Map<?, ?>) seen.get(0).get("Records")).get("Payload"));
            assertEquals(10L, ((Number) ((Map<?, ?>) ((Map<?, ?>) seen.get(1).get("Stats")).get("Details"))
                    .get("BytesScanned")).longValue());
            assertTrue(seen.get(2).containsKey("End"));
        }
    }

    private static byte[] event(String type, byte[] payload, String contentType) {
        Map<String, HeaderValue> h = new LinkedHashMap<>();
        h.put(":message-type", HeaderValue.ofString("event"));
        h.put(":event-type", HeaderValue.ofString(type));
        if (contentType != null) {
            h.put(":content-type", HeaderValue.ofString(contentType));
        }
        return MessageEncoder.encode(h, payload);
    }
}
