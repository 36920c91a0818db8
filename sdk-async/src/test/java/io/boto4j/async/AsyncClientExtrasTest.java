package io.boto4j.async;

import io.boto4j.core.eventstream.HeaderValue;
import io.boto4j.core.eventstream.MessageEncoder;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paginators, waiters and typed views through the Vert.x client, against a Vert.x server. */
class AsyncClientExtrasTest {
    private static Vertx vertx;
    private static FakeServer server;
    private static AsyncClient dynamodb;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = FakeServer.start(vertx);
        dynamodb = AsyncClient.createBlocking(vertx, "dynamodb", server.clientConfig(home).build());
    }

    @AfterAll
    static void stop() {
        dynamodb.close().await();
        server.close();
        vertx.close().await();
    }

    private static void json(io.vertx.core.http.HttpServerRequest req, String body) {
        req.response().putHeader("Content-Type", "application/x-amz-json-1.0").end(body);
    }

    /** Two pages of ListTables, split by LastEvaluatedTableName. */
    private static void twoPages() {
        server.handle(req -> req.body().onSuccess(body -> json(req,
                body.toJsonObject().containsKey("ExclusiveStartTableName")
                        ? "{\"TableNames\":[\"ccc\"]}"
                        : "{\"TableNames\":[\"aaa\",\"bbb\"],\"LastEvaluatedTableName\":\"bbb\"}")));
    }

    @Test
    void pagesFlowOnDemandOnTheCallersContext() {
        twoPages();
        List<Object> pages = new CopyOnWriteArrayList<>();
        Context context = vertx.getOrCreateContext();
        Future<Void> done = Future.future(promise -> context.runOnContext(v -> {
            PageStream stream = dynamodb.paginate("ListTables", Map.of());
            stream.exceptionHandler(promise::fail);
            stream.endHandler(x -> promise.complete());
            stream.handler(page -> {
                if (Vertx.currentContext() != context) {
                    promise.tryFail("page delivered on " + Vertx.currentContext());
                }
                pages.add(page.get("TableNames"));
            });
        }));
        done.await();
        assertEquals(List.of(List.of("aaa", "bbb"), List.of("ccc")), pages);
        assertEquals(2, server.requests.size());
    }

    @Test
    void aFullResultJoinsThePages() {
        twoPages();
        Map<String, Object> all = dynamodb.paginate("ListTables", Map.of()).fullResult().await();
        assertEquals(List.of("aaa", "bbb", "ccc"), all.get("TableNames"));
        Map<String, Object> capped = dynamodb.paginate("ListTables", Map.of(), PaginationConfig.NONE.withMaxItems(2))
                .fullResult().await();
        assertEquals(List.of("aaa", "bbb"), capped.get("TableNames"));
        assertTrue(dynamodb.canPaginate("ListTables"));
    }

    @Test
    void aWaiterPollsOnVertxTimers() {
        AtomicInteger polls = new AtomicInteger();
        server.handle(req -> json(req, "{\"Table\":{\"TableName\":\"t\",\"TableStatus\":\""
                + (polls.incrementAndGet() < 3 ? "CREATING" : "ACTIVE") + "\"}}"));
        WaiterResult result = dynamodb.waitUntil("TableExists", Map.of("TableName", "t"),
                WaiterConfig.DEFAULTS.withDelay(Duration.ofMillis(50))).await();
        assertEquals(3, result.attempts());
        assertTrue(dynamodb.waiterNames().contains("TableNotExists"));
    }

    /** An unknown waiter is a failed Future, as an unknown operation is: nothing is thrown at the caller. */
    @Test
    void anUnknownWaiterIsAFailedFuture() {
        Future<WaiterResult> waiting = dynamodb.waitUntil("TableExist", null);
        Throwable e = assertThrows(io.boto4j.core.SdkClientException.class, waiting::await);
        assertTrue(e.getMessage().contains("has no waiter TableExist"), e.getMessage());
    }

    /** A typed view as a user would declare it. */
    public interface Tables {
        Future<JsonObject> listTables(JsonObject input);

        Future<Map<String, Object>> describeTable(Map<String, Object> input);
    }

    @Test
    void aTypedViewReturnsFutures() {
        server.handle(req -> json(req, "{\"TableNames\":[\"x\"],\"Table\":{\"TableName\":\"x\"}}"));
        Tables tables = dynamodb.view(Tables.class);
        assertEquals("x", tables.listTables(new JsonObject().put("Limit", 5)).await()
                .getJsonArray("TableNames").getString(0));
        assertEquals(Map.of("TableName", "x"), tables.describeTable(Map.of("TableName", "x")).await().get("Table"));
    }

    private static byte[] event(String type, String contentType, String payload) {
        Map<String, HeaderValue> h = new LinkedHashMap<>();
        h.put(":message-type", HeaderValue.ofString("event"));
        h.put(":event-type", HeaderValue.ofString(type));
        if (contentType != null) {
            h.put(":content-type", HeaderValue.ofString(contentType));
        }
        return MessageEncoder.encode(h, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventStreamIsAReadStreamOfEvents() throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(event("Records", "application/octet-stream", "a,b\n"));
        body.write(event("Records", "application/octet-stream", "c,d\n"));
        body.write(event("End", null, ""));
        server.handle(req -> req.body().onSuccess(b -> req.response().setChunked(true)
                .end(io.vertx.core.buffer.Buffer.buffer(body.toByteArray()))));
        AsyncClient s3 = AsyncClient.createBlocking(vertx, "s3",
                server.clientConfig(home).clientContextParam("ForcePathStyle", true).build());
        try {
            Map<String, Object> out = s3.call("SelectObjectContent", Map.of("Bucket", "b", "Key", "k",
                    "Expression", "select * from s3object", "ExpressionType", "SQL",
                    "InputSerialization", Map.of("CSV", Map.of()), "OutputSerialization", Map.of("CSV", Map.of())))
                    .await();
            EventReadStream events = (EventReadStream) out.get("Payload");
            List<String> names = new CopyOnWriteArrayList<>();
            Future<Void> done = Future.future(promise -> {
                events.exceptionHandler(promise::fail);
                events.endHandler(v -> promise.complete());
                events.handler(e -> names.addAll(e.keySet()));
            });
            done.await();
            assertEquals(List.of("Records", "Records", "End"), names);
        } finally {
            s3.close().await();
        }
    }

    /** Not an async view: plain return types are refused when binding. */
    public interface Blocking {
        Map<String, Object> listTables();
    }

    @Test
    void aViewMustReturnFutures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dynamodb.view(Blocking.class));
        assertTrue(e.getMessage().contains("Future"), e.getMessage());
    }
}
