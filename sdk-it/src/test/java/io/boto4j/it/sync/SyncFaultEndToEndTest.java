package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.MotoServer;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.ResponseInputStream;
import io.boto4j.sync.SyncClient;
import io.boto4j.sync.SyncResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failures injected by the fault proxy between the blocking layer and real servers: what is
 * retried, what surfaces, and how timeouts end a call.
 */
@ExtendWith(TestServers.class)
class SyncFaultEndToEndTest {

    private static SyncClient sqsVia(FaultProxy proxy, ElasticMqServer server, Duration attemptTimeout,
                                     Duration callTimeout) {
        return SyncClient.create("sqs", SyncClients.config(proxy.endpoint(), server.credentials(), server.region())
                .attemptTimeout(attemptTimeout).callTimeout(callTimeout).build());
    }

    private static SyncClient sqsVia(FaultProxy proxy, ElasticMqServer server) {
        return sqsVia(proxy, server, null, null);
    }

    private static String createQueue(SyncClient sqs) {
        return (String) sqs.call("CreateQueue", Map.of("QueueName", "fault-" + UUID.randomUUID())).get("QueueUrl");
    }

    @Test
    void serverErrorsAndSlowDownAreRetriedThenSucceed(S3ProxyServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient s3 = SyncClients.s3(SyncClients.config(proxy.endpoint(), server.credentials(),
                     server.region()))) {
            proxy.enqueue(Fault.status(500), Fault.s3Error(503, "SlowDown", "Reduce your request rate."));

            SyncResponse response = s3.callWithMetadata("ListBuckets", Map.of());

            assertEquals(3, response.attempts());
            assertEquals(200, response.statusCode());
            assertEquals(3, proxy.requests().size());
        }
    }

    @Test
    void jsonThrottlingIsRetriedThenSucceeds(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); SyncClient sqs = sqsVia(proxy, server)) {
            proxy.enqueue(Fault.jsonError(400, "ThrottlingException", "Rate exceeded"));
            assertEquals(2, sqs.callWithMetadata("ListQueues", Map.of()).attempts());
        }
    }

    @Test
    void queryThrottlingIsRetriedThenSucceeds(MotoServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient sns = SyncClient.create("sns", SyncClients.config(proxy.endpoint(), server.credentials(),
                     server.region()).build())) {
            proxy.enqueue(Fault.queryError(400, "Throttling", "Rate exceeded"));
            assertEquals(2, sns.callWithMetadata("ListTopics", Map.of()).attempts());
        }
    }

    @Test
    void aResetBeforeTheHeadersIsRetried(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); SyncClient sqs = sqsVia(proxy, server)) {
            // The transport never retries by itself: the retry seen is the SDK's.
            proxy.enqueue(Fault.resetBeforeHeaders());
            assertEquals(2, sqs.callWithMetadata("ListQueues", Map.of()).attempts());
        }
    }

    @Test
    void aResetMidBodyIsRetried(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); SyncClient sqs = sqsVia(proxy, server)) {
            createQueue(sqs);
            proxy.enqueue(Fault.resetAfterHeaders());
            assertEquals(2, sqs.callWithMetadata("ListQueues", Map.of()).attempts());
        }
    }

    @Test
    void aTruncatedBodyIsRetriedThenSurfacesAsTruncatedBodyException(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); SyncClient sqs = sqsVia(proxy, server)) {
            createQueue(sqs);
            proxy.reset();
            proxy.enqueue(Fault.truncatedBody(5));
            assertEquals(2, sqs.callWithMetadata("ListQueues", Map.of()).attempts(), "one truncation, then success");

            proxy.reset();
            proxy.setDefault(Fault.truncatedBody(5));
            TruncatedBodyException e = assertThrows(TruncatedBodyException.class, () -> sqs.call("ListQueues"));
            assertTrue(e.getMessage().contains("ended after 5 of its"), e.getMessage());
            assertEquals(3, proxy.requests().size(), "retried up to max attempts");
        }
    }

    @Test
    void aTruncatedStreamingBodyFailsTheRead(S3ProxyServer server) throws Exception {
        String bucket = "fault-" + UUID.randomUUID();
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient s3 = SyncClients.s3(SyncClients.config(proxy.endpoint(), server.credentials(),
                     server.region()))) {
            s3.call("CreateBucket", Map.of("Bucket", bucket));
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", new byte[100_000]));
            proxy.setDefault(Fault.truncatedBody(10_000));
            try (ResponseInputStream body = s3.callWithMetadata("GetObject", Map.of("Bucket", bucket, "Key", "k")).body()) {
                IOException e = assertThrows(IOException.class, body::readAllBytes);
                assertInstanceOf(TruncatedBodyException.class, e.getCause());
            }
            proxy.setDefault(Fault.passThrough());
            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "k"));
            s3.call("DeleteBucket", Map.of("Bucket", bucket));
        }
    }

    @Test
    void aStalledResponseHitsTheAttemptTimeoutOnEveryAttempt(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient sqs = sqsVia(proxy, server, Duration.ofMillis(400), null)) {
            createQueue(sqs);
            proxy.reset();
            proxy.setDefault(Fault.slowBody(5, Duration.ofSeconds(2)));
            long start = System.nanoTime();
            AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> sqs.call("ListQueues"));
            assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
            assertEquals(3, proxy.requests().size(), "each timed-out attempt was retried");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
        }
    }

    @Test
    void aSlowCallHitsTheCallTimeout(ElasticMqServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient sqs = sqsVia(proxy, server, Duration.ofSeconds(5), Duration.ofSeconds(1))) {
            createQueue(sqs);
            proxy.setDefault(Fault.slowBody(2, Duration.ofMillis(200)));
            long start = System.nanoTime();
            assertThrows(CallTimeoutException.class, () -> sqs.call("ListQueues"));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "ended at the call timeout");
        }
    }

    @Test
    void aClockSkewErrorCorrectsTheClockAndRetries(S3ProxyServer server) {
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             SyncClient s3 = SyncClients.s3(SyncClients.config(proxy.endpoint(), server.credentials(),
                     server.region()).clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-30))))) {
            // The client's clock is 30 minutes slow; the error tells it the server's time.
            proxy.enqueue(Fault.requestTimeTooSkewed(Instant.now()));
            assertEquals(2, s3.callWithMetadata("ListBuckets", Map.of()).attempts());
        }
    }
}
