package io.boto4j.async;

import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.transport.TruncatedBodyException;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Vert.x layer end to end against a Vert.x server on 127.0.0.1.
 *
 * <p>Nothing may block an event loop: Vert.x's blocked-thread checker runs with a tight limit
 * for the whole class and takes a stack trace of every event loop it finds running too long.
 * A warning fails the test that caused it when that stack shows the loop waiting (sleeping,
 * parked, joining a future) or doing file or blocking-socket I/O. Warnings whose stacks show only
 * CPU work are tolerated: on a shared 2-core CI machine (load average 10 is normal here) the
 * JVM's class loading, JIT and GC, or plain CPU starvation, push a loop past any wall-clock
 * limit without anything blocking. {@link #theCheckerCatchesABlockedLoop} proves the check works.
 * The checker's warnings go to this class's handler only, not to the console: the expected ones
 * (that test's, the tolerated ones) would print hundreds of stack-trace lines into a green
 * build's log, and an unexpected one fails its test with the stack in the message.
 */
@ExtendWith(VertxExtension.class)
class AsyncClientTest {
    private static final long MAX_LOOP_MILLIS = 100;
    private static Vertx vertx;
    private static FakeServer server;
    private static final List<String> blockedWarnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Vert.x's checker logs through java.util.logging; held here, as JUL keeps its loggers weakly. */
    private static final Logger checkerLog = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");
    private static final Handler blockedCheck = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null || !message.contains("has been blocked") || !waiting(record.getThrown())) {
                return;
            }
            java.io.StringWriter trace = new java.io.StringWriter();
            record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
            blockedWarnings.add(message + "\n" + trace);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Frames of a thread that waits or does blocking I/O (not while the JVM loads a class). */
    private static final List<String> BLOCKING_FRAMES = List.of(
            "java.lang.Thread.sleep", "java.lang.Object.wait", "jdk.internal.misc.Unsafe.park",
            "java.util.concurrent.CompletableFuture.get", "java.util.concurrent.CompletableFuture.join",
            "io.vertx.core.Future.await", "java.io.FileInputStream.", "java.io.FileOutputStream.",
            "java.io.RandomAccessFile.", "sun.nio.ch.FileChannelImpl.", "sun.nio.fs.", "sun.nio.ch.NioSocketImpl.",
            "java.net.Socket.", "java.net.http.");

    private static boolean waiting(Throwable blockedAt) {
        if (blockedAt == null) {
            return false;
        }
        boolean blocking = false;
        for (StackTraceElement frame : blockedAt.getStackTrace()) {
            String name = frame.getClassName() + "." + frame.getMethodName();
            if (frame.getClassName().equals("java.lang.ClassLoader")
                    || frame.getClassName().startsWith("jdk.internal.loader.")) {
                return false; // reading a jar to load a class: the JVM's one-time work
            }
            blocking |= BLOCKING_FRAMES.stream().anyMatch(name::startsWith);
        }
        return blocking;
    }

    @TempDir
    static Path home;

    private AsyncClient dynamodb;
    private AsyncClient s3;

    @BeforeAll
    static void startServer() {
        checkerLog.addHandler(blockedCheck);
        checkerLog.setUseParentHandlers(false);
        vertx = Vertx.vertx(new VertxOptions()
                .setMaxEventLoopExecuteTime(MAX_LOOP_MILLIS).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(20).setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                .setWarningExceptionTime(MAX_LOOP_MILLIS).setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS));
        server = FakeServer.start(vertx);
        warmUp();
    }

    /**
     * One call through every path first: the first use of Vert.x's HTTP client, Netty and the
     * pipeline loads hundreds of classes on the event loop, which the checker would report.
     */
    private static void warmUp() {
        server.handle(req -> json(req.response(), 200, "{\"TableNames\":[]}"));
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb", config().build());
        client.callJson("ListTables", new JsonObject()).map(JsonObject::encode).eventually(client::close).await();
        // GetObject gets a body; PutObject none (S3's plugin reads a 200 body that is no XML as an error, as botocore).
        server.handle(req -> req.end().onComplete(v -> req.response().putHeader("ETag", "\"e\"")
                .end(req.method().name().equals("GET") ? "0123456789" : "")));
        AsyncClient s3 = AsyncClient.createBlocking(vertx, "s3", config().clientContextParam("ForcePathStyle", true).build());
        s3.call("GetObject", Map.of("Bucket", "b", "Key", "k"))
                .compose(out -> AsyncClient.body(out).readAll())
                .compose(got -> s3.call("PutObject", Map.of("Bucket", "b", "Key", "k",
                        "Body", AsyncBody.of(io.boto4j.async.streams.FlowReadStream.ofBytes(
                                io.boto4j.core.transport.Publishers.just(java.nio.ByteBuffer.wrap(got.getBytes())),
                                vertx.getOrCreateContext()), got.length()))))
                .eventually(s3::close).await();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        vertx.close().await();
        checkerLog.removeHandler(blockedCheck);
        checkerLog.setUseParentHandlers(true);
    }

    @BeforeEach
    void clients() {
        dynamodb = AsyncClient.createBlocking(vertx, "dynamodb", config().build());
        s3 = AsyncClient.createBlocking(vertx, "s3", config().clientContextParam("ForcePathStyle", true).build());
        blockedWarnings.clear();
    }

    @AfterEach
    void noBlockedEventLoop() {
        dynamodb.close();
        s3.close();
        assertEquals(List.of(), blockedWarnings, "an event loop was blocked");
    }

    static ClientConfig.Builder config() {
        return ClientConfig.builder()
                .region("us-east-1")
                .endpointUrl(server.url())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "test-secret")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .retryMode("standard")
                .maxAttempts(3);
    }

    private static void json(HttpServerResponse response, int status, String body) {
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("x-amzn-RequestId", "req-" + status)
                .end(body);
    }

    @Test
    void theCheckerCatchesABlockedLoop() throws Exception {
        vertx.getOrCreateContext().runOnContext(v -> {
            try {
                Thread.sleep(MAX_LOOP_MILLIS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (blockedWarnings.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(blockedWarnings.get(0).contains("Thread.sleep"), blockedWarnings.get(0));
        Thread.sleep(MAX_LOOP_MILLIS * 4);
        blockedWarnings.clear();
    }

    @Test
    void jsonProtocolRoundTripIsSigned(VertxTestContext test) {
        server.handle(req -> req.body().onSuccess(body -> json(req.response(), 200,
                "{\"TableNames\":[\"alpha\",\"beta\"]}")));
        dynamodb.callWithMetadata("ListTables", Map.of("Limit", 10)).onComplete(test.succeeding(r -> test.verify(() -> {
            assertEquals(List.of("alpha", "beta"), r.output().get("TableNames"));
            assertEquals(200, r.statusCode());
            assertEquals("req-200", r.requestId());
            var req = server.requests.get(0);
            assertTrue(req.getHeader("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
                    req.getHeader("Authorization"));
            assertEquals("DynamoDB_20120810.ListTables", req.getHeader("X-Amz-Target"));
            assertEquals("POST", req.method().name());
            test.completeNow();
        })));
    }

    @Test
    void callJsonWrapsTheOutput(VertxTestContext test) {
        server.handle(req -> json(req.response(), 200,
                "{\"Table\":{\"TableName\":\"t\",\"CreationDateTime\":1.7E9,\"ItemCount\":3}}"));
        dynamodb.callJson("DescribeTable", new JsonObject().put("TableName", "t"))
                .onComplete(test.succeeding(out -> test.verify(() -> {
                    JsonObject table = out.getJsonObject("Table");
                    assertEquals("t", table.getString("TableName"));
                    assertEquals(3L, table.getLong("ItemCount"));
                    assertEquals(java.time.Instant.ofEpochSecond(1_700_000_000L), table.getInstant("CreationDateTime"));
                    assertTrue(out.encode().contains("\"CreationDateTime\":\"2023-11-14T22:13:20Z\""), out.encode());
                    test.completeNow();
                })));
    }

    @Test
    void resultsArriveOnTheCallersContext(VertxTestContext test) {
        server.handle(req -> json(req.response(), 200, "{\"TableNames\":[]}"));
        AtomicInteger checked = new AtomicInteger();
        // Several instances share one client; each must get its results on its own event loop.
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(Promise<Void> started) {
                Context mine = context;
                dynamodb.call("ListTables", Map.of()).onComplete(ar -> {
                    if (Vertx.currentContext() != mine || !Context.isOnEventLoopThread() || ar.failed()) {
                        started.fail("completed on " + Thread.currentThread().getName() + " context "
                                + Vertx.currentContext() + " instead of " + mine + " (" + ar.cause() + ")");
                        return;
                    }
                    checked.incrementAndGet();
                    started.complete();
                });
            }
        }, new DeploymentOptions().setInstances(4)).onComplete(test.succeeding(id -> test.verify(() -> {
            assertEquals(4, checked.get());
            test.completeNow();
        })));
    }

    @Test
    void eachVerticleInstanceMayHaveItsOwnClient(VertxTestContext test) {
        server.handle(req -> json(req.response(), 200, "{\"TableNames\":[]}"));
        AtomicInteger calls = new AtomicInteger();
        vertx.deployVerticle(() -> new AbstractVerticle() {
            private AsyncClient own;

            @Override
            public void start(Promise<Void> started) {
                AsyncClient.create(vertx, "dynamodb", AsyncClientTest.config().build())
                        .compose(client -> {
                            own = client;
                            return client.call("ListTables", Map.of());
                        })
                        .onSuccess(out -> calls.incrementAndGet())
                        .<Void>mapEmpty()
                        .onComplete(started);
            }

            @Override
            public void stop(Promise<Void> stopped) {
                own.close().onComplete(stopped);
            }
        }, new DeploymentOptions().setInstances(3))
                .compose(vertx::undeploy)
                .onComplete(test.succeeding(v -> test.verify(() -> {
                    assertEquals(3, calls.get());
                    test.completeNow();
                })));
    }

    @Test
    void createOnTheEventLoopDoesNotBlockIt(VertxTestContext test) {
        server.handle(req -> json(req.response(), 200, "{\"TableNames\":[]}"));
        Context context = vertx.getOrCreateContext();
        context.runOnContext(v -> AsyncClient.create(vertx, "dynamodb", config().build())
                .compose(client -> {
                    assertSame(context, Vertx.currentContext());
                    return client.call("ListTables", Map.of()).eventually(client::close);
                })
                .onComplete(test.succeeding(out -> test.verify(() -> {
                    assertSame(context, Vertx.currentContext());
                    test.completeNow();
                }))));
    }

    @Test
    void serviceErrorIsAServiceException(VertxTestContext test) {
        server.handle(req -> json(req.response(), 400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                + "ResourceNotFoundException\",\"message\":\"Requested resource not found\"}"));
        dynamodb.call("DescribeTable", Map.of("TableName", "missing")).onComplete(test.failing(e -> test.verify(() -> {
            ServiceException se = assertInstanceOf(ServiceException.class, e);
            assertEquals("ResourceNotFoundException", se.errorCode());
            assertEquals(400, se.statusCode());
            assertEquals(1, server.requests.size(), "a 400 is not retried");
            test.completeNow();
        })));
    }

    @Test
    void retriesA503OnVertxTimers(VertxTestContext test) {
        AtomicInteger calls = new AtomicInteger();
        server.handle(req -> {
            if (calls.incrementAndGet() == 1) {
                json(req.response(), 503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}");
            } else {
                json(req.response(), 200, "{\"TableNames\":[\"ok\"]}");
            }
        });
        dynamodb.callWithMetadata("ListTables", Map.of()).onComplete(test.succeeding(r -> test.verify(() -> {
            assertEquals(2, r.attempts());
            assertEquals(List.of("ok"), r.output().get("TableNames"));
            assertTrue(Context.isOnEventLoopThread());
            test.completeNow();
        })));
    }

    @Test
    void truncatedBodyIsRetriedThenSurfaced(VertxTestContext test) {
        server.handle(req -> {
            HttpServerResponse response = req.response().putHeader("Content-Length", "100");
            response.write("{\"TableNames\":[\"only-part-of-it").onComplete(v -> req.connection().close());
        });
        dynamodb.call("ListTables", Map.of()).onComplete(test.failing(e -> test.verify(() -> {
            assertInstanceOf(TruncatedBodyException.class, e, String.valueOf(e));
            assertEquals(3, server.requests.size(), "retried up to max attempts");
            test.completeNow();
        })));
    }

    @Test
    void attemptTimeoutResetsAndRetries(VertxTestContext test) {
        AtomicInteger calls = new AtomicInteger();
        server.handle(req -> {
            if (calls.incrementAndGet() == 1) {
                return; // never answers
            }
            json(req.response(), 200, "{\"TableNames\":[]}");
        });
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb",
                config().attemptTimeout(Duration.ofMillis(200)).build());
        client.callWithMetadata("ListTables", Map.of()).eventually(client::close)
                .onComplete(test.succeeding(r -> test.verify(() -> {
                    assertEquals(2, r.attempts());
                    test.completeNow();
                })));
    }

    // ---------------------------------------------------------------- S3 streaming

    private static byte[] randomBytes(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void getObjectStreamsToAFileWithBackPressure(VertxTestContext test) throws Exception {
        int size = 64 << 20;
        Buffer chunk = Buffer.buffer(randomBytes(1 << 20));
        AtomicLong handedToServerSocket = new AtomicLong();
        server.handle(req -> {
            HttpServerResponse response = req.response().putHeader("Content-Length", Integer.toString(size))
                    .putHeader("ETag", "\"abc\"").putHeader("Content-Type", "application/octet-stream");
            writeChunks(response, chunk, size / chunk.length(), handedToServerSocket);
        });
        Path target = home.resolve("downloaded.bin");
        s3.call("GetObject", Map.of("Bucket", "bucket", "Key", "big")).onComplete(test.succeeding(out -> {
            BodyStream body = AsyncClient.body(out);
            body.pause();
            // While nobody reads, the server can only fill the socket buffers, not push all 64 MiB.
            vertx.setTimer(300, t -> {
                long pushed = handedToServerSocket.get();
                test.verify(() -> assertTrue(pushed < size / 2, "server pushed " + pushed + " bytes while paused"));
                vertx.fileSystem().open(target.toString(), new OpenOptions().setWrite(true).setCreate(true))
                        .compose(body::pipeTo)
                        .onComplete(test.succeeding(v -> test.verify(() -> {
                            assertEquals("\"abc\"", out.get("ETag"));
                            test.completeNow();
                        })));
            });
        }));
        assertTrue(test.awaitCompletion(60, TimeUnit.SECONDS));
        // Checked here, off the event loop: reading the file back is blocking I/O.
        assertEquals(size, Files.size(target));
        byte[] first = new byte[chunk.length()];
        try (var in = Files.newInputStream(target)) {
            assertEquals(first.length, in.readNBytes(first, 0, first.length));
        }
        assertEquals(sha256(chunk.getBytes()), sha256(first));
    }

    /** Writes {@code count} chunks, waiting for the socket to drain whenever its queue is full. */
    private static void writeChunks(HttpServerResponse response, Buffer chunk, int count, AtomicLong written) {
        int[] left = {count};
        Runnable[] pump = new Runnable[1];
        pump[0] = () -> {
            while (left[0] > 0 && !response.writeQueueFull()) {
                left[0]--;
                response.write(chunk);
                written.addAndGet(chunk.length());
            }
            if (left[0] == 0) {
                // Once: a drain handler left in place would run again after end() and end twice.
                response.drainHandler(null);
                response.end();
            } else {
                response.drainHandler(v -> pump[0].run());
            }
        };
        pump[0].run();
    }

    @Test
    void truncatedStreamedBodyFailsThePipe(VertxTestContext test) {
        server.handle(req -> {
            HttpServerResponse response = req.response().putHeader("Content-Length", "1000000");
            response.write(Buffer.buffer(new byte[1000])).onComplete(v -> req.connection().close());
        });
        s3.call("GetObject", Map.of("Bucket", "bucket", "Key", "cut"))
                .compose(out -> AsyncClient.body(out).readAll())
                .onComplete(test.failing(e -> test.verify(() -> {
                    assertInstanceOf(TruncatedBodyException.class, e, String.valueOf(e));
                    test.completeNow();
                })));
    }

    @Test
    void putObjectFromAnAsyncFile(VertxTestContext test) throws Exception {
        byte[] data = randomBytes(8 << 20);
        Path source = home.resolve("upload.bin");
        Files.write(source, data);
        String[] received = new String[3];
        server.handle(req -> {
            MessageDigest digest = sha256Digest();
            AtomicLong count = new AtomicLong();
            received[0] = req.getHeader("Content-Length");
            req.handler(b -> {
                digest.update(b.getBytes());
                count.addAndGet(b.length());
            });
            req.endHandler(v -> {
                received[1] = HexFormat.of().formatHex(digest.digest());
                received[2] = Long.toString(count.get());
                req.response().putHeader("ETag", "\"put\"").end();
            });
        });
        vertx.fileSystem().open(source.toString(), new OpenOptions().setRead(true))
                .compose(file -> s3.call("PutObject", Map.of("Bucket", "bucket", "Key", "up", "Body", file)))
                .onComplete(test.succeeding(out -> test.verify(() -> {
                    assertEquals("\"put\"", out.get("ETag"));
                    assertEquals(Integer.toString(data.length), received[0]);
                    assertEquals(Integer.toString(data.length), received[2]);
                    assertEquals(sha256(data), received[1]);
                    var req = server.requests.get(0);
                    assertEquals("/bucket/up", req.path());
                    assertNotNull(req.getHeader("Authorization"));
                    test.completeNow();
                })));
    }

    @Test
    void putObjectFromAStreamWithALength(VertxTestContext test) throws Exception {
        byte[] data = randomBytes(300_000);
        Path source = home.resolve("upload2.bin");
        Files.write(source, data);
        AtomicLong count = new AtomicLong();
        server.handle(req -> {
            req.handler(b -> count.addAndGet(b.length()));
            req.endHandler(v -> req.response().end());
        });
        Future<AsyncFile> file = vertx.fileSystem().open(source.toString(), new OpenOptions().setRead(true));
        file.compose(f -> s3.call("PutObject", Map.of("Bucket", "bucket", "Key", "up2",
                        "Body", AsyncBody.of(f, data.length))))
                .onComplete(test.succeeding(out -> test.verify(() -> {
                    assertEquals(data.length, count.get());
                    test.completeNow();
                })));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
