package io.boto4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.SdkClientException;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads, interrupts, proxies and closing. */
class SyncClientBehaviourTest {
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
    void oneClientServesManyThreadsAtOnce() throws Exception {
        server.always(RawHttpServer.json(200, "{\"TableNames\":[\"t\"]}"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (SyncClient client = TestClients.dynamodb(server, home)) {
            List<Future<Map<String, Object>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> client.call("ListTables")));
            }
            for (Future<Map<String, Object>> f : calls) {
                assertEquals(List.of("t"), f.get().get("TableNames"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptingAWaitingCallerEndsTheWaitAndKeepsTheFlag() throws Exception {
        server.always((req, out) -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient client = TestClients.dynamodb(server, home)) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    client.call("ListTables");
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            server.take();
            caller.interrupt();
            caller.join(3000);
            assertTrue(thrown.get() instanceof SdkClientException, String.valueOf(thrown.get()));
            assertTrue(thrown.get().getMessage().contains("interrupted"));
            assertEquals(Boolean.TRUE, flag.get());
        }
    }

    @Test
    void aCallAndItsRetriesRunOnTheCallersThread() throws Exception {
        server.then(RawHttpServer.json(503, "{\"__type\":\"ServiceUnavailable\"}"))
                .then(RawHttpServer.json(200, "{\"TableNames\":[]}"));
        java.util.List<Thread> sentFrom = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.boto4j.core.plugin.Hook where = new io.boto4j.core.plugin.Hook() {
            @Override
            public java.util.concurrent.CompletionStage<Void> onResponse(io.boto4j.core.plugin.AttemptContext attempt) {
                sentFrom.add(Thread.currentThread()); // runs where the exchange completed
                return CONTINUE;
            }
        };
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .addHook(where).build())) {
            assertEquals(2, client.callWithMetadata("ListTables", Map.of()).attempts());
        }
        assertEquals(java.util.List.of(Thread.currentThread(), Thread.currentThread()), sentFrom,
                "both attempts and the back-off between them ran on the caller");
    }

    @Test
    void aCallTimeoutEndsACallWhoseResponseNeverComesAndClosesItsConnection() throws Exception {
        server.always(RawHttpServer.silentUntilClosed());
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .callTimeout(java.time.Duration.ofMillis(400)).build())) {
            long start = System.nanoTime();
            io.boto4j.core.CallTimeoutException e = assertThrows(
                    io.boto4j.core.CallTimeoutException.class, () -> client.call("ListTables"));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took >= 300 && took < 3000, "fired near its bound: " + took + " ms");
            assertTrue(e.getMessage().contains("call timeout of 400 ms"), e.getMessage());
            long end = System.nanoTime() + 5_000_000_000L;
            while (server.openCount() > 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals(0, server.openCount(), "the connection of the timed-out call was closed");
        }
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        server.always(RawHttpServer.json(200, "{\"TableNames\":[]}"));
        // The test server plays the proxy; the endpoint is a name that never resolves.
        URI endpoint = URI.create("http://dynamodb.example.invalid:8000");
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(endpoint, home)
                .proxy(server.uri()).build())) {
            client.call("ListTables");
        }
        RawHttpServer.Request req = server.take();
        assertEquals("http://dynamodb.example.invalid:8000/", req.target());
        assertEquals("dynamodb.example.invalid:8000", req.header("Host"));
        assertTrue(req.header("Authorization").startsWith("AWS4-HMAC-SHA256"));
    }

    @Test
    void aClosedClientRefusesCalls() {
        SyncClient client = TestClients.dynamodb(server, home);
        client.close();
        SdkClientException e = assertThrows(SdkClientException.class, () -> client.call("ListTables"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
