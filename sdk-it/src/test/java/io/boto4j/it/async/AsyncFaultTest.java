package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.AsyncResponse;
import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Retries, truncation and timeouts through the Vert.x layer, with the fault proxy between the
 * client and s3proxy (rest-xml) or ElasticMQ (SQS, JSON).
 */
@ExtendWith(TestServers.class)
class AsyncFaultTest {
    private static Vertx vertx;
    private static FaultProxy s3Proxy;
    private static FaultProxy sqsProxy;
    private static AsyncClient s3;
    private static AsyncClient sqs;
    private static String bucket;

    @BeforeAll
    static void start(S3ProxyServer s3Server, ElasticMqServer sqsServer) {
        vertx = Vertx.vertx();
        s3Proxy = FaultProxy.start(s3Server.endpoint());
        sqsProxy = FaultProxy.start(sqsServer.endpoint());
        s3 = AsyncClients.create(vertx, "s3", AsyncClients.s3(s3Proxy.endpoint(), s3Server.credentials(),
                s3Server.region()).retryMode("standard").maxAttempts(3).build());
        sqs = AsyncClients.create(vertx, "sqs", AsyncClients.config(sqsProxy.endpoint(), sqsServer.credentials(),
                sqsServer.region()).retryMode("standard").maxAttempts(3).build());
        bucket = "async-fault-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket)).await();
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "obj", "Body", new byte[100_000])).await();
    }

    @BeforeEach
    @AfterEach
    void passThroughAgain() {
        s3Proxy.reset();
        sqsProxy.reset();
    }

    @AfterAll
    static void stop() {
        s3.close().await();
        sqs.close().await();
        s3Proxy.close();
        sqsProxy.close();
        vertx.close().await();
    }

    private static AsyncResponse listBuckets() {
        return s3.callWithMetadata("ListBuckets", Map.of()).await();
    }

    @Test
    void serverErrorsThenSuccessAreRetried() {
        s3Proxy.enqueue(Fault.status(500), Fault.status(503));
        assertEquals(3, listBuckets().attempts());
        assertEquals(3, s3Proxy.requests().size());
    }

    @Test
    void slowDownIsRetried() {
        s3Proxy.enqueue(Fault.s3Error(503, "SlowDown", "Please reduce your request rate."));
        assertEquals(2, listBuckets().attempts());
    }

    @Test
    void throttlingIsRetried() {
        sqsProxy.enqueue(Fault.jsonError(400, "Throttling", "Rate exceeded"));
        assertEquals(2, sqs.callWithMetadata("ListQueues", Map.of()).await().attempts());
    }

    @Test
    void aResetBeforeTheHeadersIsRetried() {
        s3Proxy.enqueue(Fault.resetBeforeHeaders());
        assertEquals(2, listBuckets().attempts());
    }

    @Test
    void aResetAfterTheHeadersIsRetried() {
        s3Proxy.enqueue(Fault.resetAfterHeaders());
        assertEquals(2, listBuckets().attempts());
    }

    @Test
    void aTruncatedBodyIsRetriedThenSurfaced() {
        s3Proxy.setDefault(Fault.truncatedBody(20));
        Exception e = assertThrows(Exception.class, AsyncFaultTest::listBuckets);
        assertInstanceOf(TruncatedBodyException.class, e, String.valueOf(e));
        assertEquals(3, s3Proxy.requests().size(), s3Proxy.requests()::toString);
    }

    @Test
    void aTruncatedStreamedBodyFailsTheStream() {
        s3Proxy.enqueue(Fault.truncatedBody(1000));
        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "obj")).await();
        Exception e = assertThrows(Exception.class, () -> AsyncClient.body(got).readAll().await());
        assertInstanceOf(TruncatedBodyException.class, e, String.valueOf(e));
    }

    @Test
    void aCallTimeoutEndsASlowCall(ElasticMqServer sqsServer) {
        sqsProxy.setDefault(Fault.slowBody(4, Duration.ofMillis(200)));
        AsyncClient impatient = AsyncClients.create(vertx, "sqs", AsyncClients.config(sqsProxy.endpoint(),
                sqsServer.credentials(), sqsServer.region()).callTimeout(Duration.ofMillis(800)).build());
        try {
            Exception e = assertThrows(Exception.class, () -> impatient.call("ListQueues", Map.of()).await());
            assertInstanceOf(CallTimeoutException.class, e, String.valueOf(e));
        } finally {
            impatient.close().await();
        }
    }

    /** The fault proxy cannot hold back response headers, so a Vert.x server stalls the first attempt. */
    @Test
    void anAttemptTimeoutOnASlowResponseIsRetried(ElasticMqServer sqsServer) {
        AtomicInteger seen = new AtomicInteger();
        HttpServer stalling = vertx.createHttpServer().requestHandler(req -> {
            if (seen.incrementAndGet() > 1) {
                req.response().putHeader("Content-Type", "application/x-amz-json-1.0").end("{\"QueueUrls\":[]}");
            } // else: never answer
        }).listen(0, "127.0.0.1").await();
        AsyncClient client = AsyncClients.create(vertx, "sqs", AsyncClients.config(
                java.net.URI.create("http://127.0.0.1:" + stalling.actualPort()), sqsServer.credentials(),
                sqsServer.region()).retryMode("standard").maxAttempts(3).attemptTimeout(Duration.ofMillis(500)).build());
        try {
            assertEquals(2, client.callWithMetadata("ListQueues", Map.of()).await().attempts());
        } finally {
            client.close().await();
            stalling.close().await();
        }
    }
}
