package io.boto4j.async;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.streams.WriteStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link PageStream} honours the ReadStream demand contract: a {@code pause()} made inside the
 * page handler (as a pipe does when its destination is full) stops delivery and fetching at once.
 */
class PageStreamBackPressureTest {
    private static final int PAGES = 4;
    /** How long "nothing happens while paused" is watched; a correct stream passes however short. */
    private static final long QUIET_MILLIS = 300;

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
        // Page i lists table "tab<i>" and points at page i + 1, up to PAGES.
        server.handle(req -> req.body().onSuccess(body -> {
            String after = body.toJsonObject().getString("ExclusiveStartTableName");
            int page = after == null ? 1 : Integer.parseInt(after.substring(3)) + 1;
            String next = page < PAGES ? ",\"LastEvaluatedTableName\":\"tab" + page + "\"" : "";
            req.response().putHeader("Content-Type", "application/x-amz-json-1.0")
                    .end("{\"TableNames\":[\"tab" + page + "\"]" + next + "}");
        }));
    }

    @AfterAll
    static void stop() {
        dynamodb.close().await();
        server.close();
        vertx.close().await();
    }

    @BeforeEach
    void forgetRequests() {
        server.requests.clear();
    }

    private static Object table(Map<String, Object> page) {
        return ((List<?>) page.get("TableNames")).get(0);
    }

    /** Completes after QUIET_MILLIS, with the context's tasks queued so far run. */
    private static Future<Void> afterQuiet(Context context) {
        return Future.future(p -> context.runOnContext(v -> vertx.setTimer(QUIET_MILLIS, t -> p.complete())));
    }

    @Test
    void aPauseInsideTheHandlerStopsDeliveryAndFetchingUntilFetchOrResume() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        Context context = vertx.getOrCreateContext();
        Promise<Void> ended = Promise.promise();
        PageStream[] stream = new PageStream[1];
        Future<Void> firstPage = Future.future(first -> context.runOnContext(v -> {
            stream[0] = dynamodb.paginate("ListTables", Map.of());
            stream[0].exceptionHandler(ended::tryFail);
            stream[0].endHandler(x -> ended.tryComplete());
            stream[0].handler(page -> {
                seen.add(table(page));
                if (seen.size() == 1) {
                    stream[0].pause();  // inside the handler, as a pipe does
                    first.tryComplete();
                }
            });
        }));
        firstPage.await();
        afterQuiet(context).await();
        assertEquals(List.of("tab1"), seen, "pages delivered while paused");
        assertEquals(1, server.requests.size(), "pages fetched while paused");

        stream[0].fetch(1);
        Future.future(p -> vertx.setPeriodic(5, id -> {
            if (seen.size() >= 2 || ended.future().isComplete()) {
                vertx.cancelTimer(id);
                p.complete();
            }
        })).await();
        afterQuiet(context).await();
        assertNull(ended.future().cause());
        assertEquals(List.of("tab1", "tab2"), seen, "fetch(1) after a pause delivers one page");
        assertEquals(2, server.requests.size());

        stream[0].resume();
        ended.future().await();
        assertEquals(List.of("tab1", "tab2", "tab3", "tab4"), seen);
        assertEquals(PAGES, server.requests.size());
    }

    @Test
    void aPipeIntoASlowStreamDeliversEveryPageOnceInOrder() {
        SlowPages slow = new SlowPages();
        Context context = vertx.getOrCreateContext();
        Future<Void> piped = Future.future(p -> context.runOnContext(v ->
                dynamodb.paginate("ListTables", Map.of()).pipeTo(slow).onComplete(p)));
        piped.await();
        assertEquals(List.of("tab1", "tab2", "tab3", "tab4"), slow.written);
        assertNull(slow.writtenWhileFull, "a page was written while the stream was full");
    }

    /** A write stream that is full after every page until a timer drains it. */
    private static final class SlowPages implements WriteStream<Map<String, Object>> {
        final List<Object> written = new ArrayList<>();
        volatile Object writtenWhileFull;
        private boolean full;
        private Handler<Void> drain;

        @Override
        public Future<Void> write(Map<String, Object> page) {
            if (full && writtenWhileFull == null) {
                writtenWhileFull = table(page);
            }
            written.add(table(page));
            full = true;
            vertx.setTimer(QUIET_MILLIS / 10, id -> {
                full = false;
                if (drain != null) {
                    drain.handle(null);
                }
            });
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> end() {
            return Future.succeededFuture();
        }

        @Override
        public boolean writeQueueFull() {
            return full;
        }

        @Override
        public WriteStream<Map<String, Object>> drainHandler(Handler<Void> handler) {
            drain = handler;
            return this;
        }

        @Override
        public WriteStream<Map<String, Object>> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public WriteStream<Map<String, Object>> setWriteQueueMaxSize(int maxSize) {
            return this;
        }
    }
}
