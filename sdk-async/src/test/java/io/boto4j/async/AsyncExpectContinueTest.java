package io.boto4j.async;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Expect: 100-continue} on the Vert.x layer (the S3 plugin asks for it on PutObject, as
 * botocore does): the body waits for the server's go-ahead, is never sent when a final answer
 * comes first, and goes anyway when the server says nothing.
 */
@Timeout(60)
class AsyncExpectContinueTest {
    private static final byte[] OBJECT = new byte[100_000];

    private static Vertx vertx;
    private static FakeServer server;
    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = FakeServer.start(vertx);
    }

    @AfterAll
    static void stop() {
        server.close();
        vertx.close().await();
    }

    private static AsyncClient s3() {
        return AsyncClient.createBlocking(vertx, "s3", ClientConfig.builder().region("us-east-1")
                .endpointUrl(server.url())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRET")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .retryMode("standard").maxAttempts(1)
                .clientContextParam("ForcePathStyle", true).build());
    }

    private static Map<String, Object> putObject() {
        return Map.of("Bucket", "b", "Key", "k", "Body", OBJECT);
    }

    /** Counts the body bytes a request brings, and those that came before the go-ahead. */
    private static final class Upload {
        final AtomicLong received = new AtomicLong();
        final AtomicLong beforeGoAhead = new AtomicLong();
        final AtomicBoolean goAhead = new AtomicBoolean();
        final AtomicReference<String> expect = new AtomicReference<>();

        void watch(HttpServerRequest req) {
            expect.set(req.getHeader("Expect"));
            req.handler(b -> {
                received.addAndGet(b.length());
                if (!goAhead.get()) {
                    beforeGoAhead.addAndGet(b.length());
                }
            });
        }
    }

    @Test
    void theBodyWaitsForTheGoAhead() {
        Upload upload = new Upload();
        server.handle(req -> {
            upload.watch(req);
            req.endHandler(v -> req.response().putHeader("ETag", "\"e\"").end());
            // Well within the client's one-second wait: a client that did not wait has sent its body by now.
            vertx.setTimer(300, t -> {
                upload.goAhead.set(true);
                req.response().writeContinue();
            });
        });
        AsyncClient s3 = s3();
        s3.call("PutObject", putObject()).await();
        assertEquals("100-continue", upload.expect.get());
        assertEquals(0, upload.beforeGoAhead.get(), "no body byte before 100 Continue");
        assertEquals(OBJECT.length, upload.received.get());
        s3.close().await();
    }

    @Test
    void aFinalAnswerInsteadOfTheGoAheadKeepsTheBodyUnsentAndClosesTheConnection() throws Exception {
        Upload upload = new Upload();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        server.handle(req -> {
            upload.watch(req);
            req.connection().closeHandler(v -> closed.complete(null));
            req.response().setStatusCode(403).putHeader("Content-Type", "application/xml")
                    .end("<Error><Code>AccessDenied</Code><Message>no</Message></Error>");
        });
        AsyncClient s3 = s3();
        Exception e = assertThrows(Exception.class, () -> s3.call("PutObject", putObject()).await());
        assertTrue(String.valueOf(e.getMessage()).contains("AccessDenied"), String.valueOf(e.getMessage()));
        closed.get(30, TimeUnit.SECONDS); // the request never ended: its connection cannot serve another
        assertEquals(0, upload.received.get(), "the declined body was not sent");
        s3.close().await();
    }

    @Test
    void noAnswerSendsTheBodyAfterTheWait() {
        Upload upload = new Upload();
        server.handle(req -> {
            upload.watch(req);
            req.endHandler(v -> req.response().putHeader("ETag", "\"e\"").end());
        });
        AsyncClient s3 = s3();
        s3.call("PutObject", putObject()).await();
        assertEquals(OBJECT.length, upload.received.get());
        s3.close().await();
    }
}
