package io.boto4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.core.ParamValidationException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A json-protocol service (DynamoDB) through the blocking layer against a local server. */
class SyncClientJsonTest {
    @TempDir
    Path home;
    RawHttpServer server;
    SyncClient client;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer();
        client = TestClients.dynamodb(server, home);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void listTablesRoundTripIsSignedAndParsed() throws Exception {
        server.then(RawHttpServer.json(200, "{\"TableNames\":[\"alpha\",\"beta\"]}"));

        SyncResponse response = client.callWithMetadata("ListTables", Map.of("Limit", 5));

        assertEquals(Map.of("TableNames", List.of("alpha", "beta")), response.output());
        assertEquals(200, response.statusCode());
        assertEquals("req-200", response.requestId());
        assertEquals(1, response.attempts());
        RawHttpServer.Request req = server.take();
        assertEquals("POST", req.method());
        assertEquals("/", req.target());
        assertEquals("DynamoDB_20120810.ListTables", req.header("X-Amz-Target"));
        assertEquals("application/x-amz-json-1.0", req.header("Content-Type"));
        assertEquals("127.0.0.1:" + server.port(), req.header("Host"));
        assertEquals(Long.toString(req.bodyLength()), req.header("Content-Length"));
        assertEquals("{\"Limit\":5}", req.bodyText());
        String auth = req.header("Authorization");
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth);
        assertTrue(auth.contains("/us-east-1/dynamodb/aws4_request"), auth);
        assertTrue(auth.contains("SignedHeaders=") && auth.contains("host"), auth);
        assertTrue(req.header("User-Agent").startsWith("boto4j/"), req.header("User-Agent"));
    }

    @Test
    void callReturnsTheOutputOnly() {
        server.then(RawHttpServer.json(200, "{\"TableNames\":[]}"));
        assertEquals(Map.of("TableNames", List.of()), client.call("ListTables"));
    }

    @Test
    void serviceErrorIsThrownDirectlyWithTheCallersStack() {
        server.then(RawHttpServer.json(400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"no table\"}"));

        ServiceException e = assertThrows(ServiceException.class,
                () -> client.call("DescribeTable", Map.of("TableName", "missing")));

        assertEquals("ResourceNotFoundException", e.errorCode());
        assertEquals("no table", e.errorMessage());
        assertEquals(400, e.statusCode());
        assertEquals("req-400", e.requestId());
        assertEquals(1, e.attempts());
        assertTrue(Arrays.stream(e.getSuppressed()).anyMatch(s -> Arrays.stream(s.getStackTrace())
                .anyMatch(f -> f.getMethodName().equals("lambda$serviceErrorIsThrownDirectlyWithTheCallersStack$0"))),
                "the caller's stack is attached");
    }

    @Test
    void a503IsRetriedThenSucceeds() throws Exception {
        server.then(RawHttpServer.json(503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}"))
                .then(RawHttpServer.json(200, "{\"TableNames\":[\"t\"]}"));

        SyncResponse response = client.callWithMetadata("ListTables", Map.of());

        assertEquals(2, response.attempts());
        assertEquals(List.of("t"), response.output().get("TableNames"));
        RawHttpServer.Request first = server.take();
        RawHttpServer.Request second = server.take();
        assertTrue(first.header("amz-sdk-request").startsWith("attempt=1"), first.header("amz-sdk-request"));
        assertTrue(second.header("amz-sdk-request").startsWith("attempt=2"), second.header("amz-sdk-request"));
        assertEquals(first.header("amz-sdk-invocation-id"), second.header("amz-sdk-invocation-id"));
    }

    @Test
    void aTruncatedBodyIsRetriedThenSurfacesAsTruncatedBodyException() throws Exception {
        server.always(RawHttpServer.truncated(200, "{\"TableNames\":[", 200));

        TruncatedBodyException e = assertThrows(TruncatedBodyException.class, () -> client.call("ListTables"));

        assertTrue(e.getMessage().contains("of its 200 bytes"), e.getMessage());
        assertEquals(3, server.receivedCount());
    }

    @Test
    void aSlowResponseHitsTheAttemptTimeout() throws Exception {
        server.always((req, out) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient impatient = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .attemptTimeout(Duration.ofMillis(300)).maxAttempts(1).build())) {
            long start = System.nanoTime();
            AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> impatient.call("ListTables"));
            assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up before the server answered");
            assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
            assertEquals(Duration.ofMillis(300), e.timeout());
            assertTrue(e.getMessage().startsWith("dynamodb.ListTables attempt 1: no complete response from 127.0.0.1:")
                    && e.getMessage().endsWith("within the attempt timeout of 300 ms"), e.getMessage());
        }
    }

    @Test
    void aBodyThatStallsHitsTheReadTimeout() throws Exception {
        server.always((req, out) -> {
            RawHttpServer.head(out, 200, Map.of("Content-Type", "application/x-amz-json-1.0"), 100);
            out.write("{\"TableNames\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient impatient = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .attemptTimeout(Duration.ofMillis(300)).maxAttempts(1).build())) {
            long start = System.nanoTime();
            AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> impatient.call("ListTables"));
            assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up before the server went on");
            assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase(), "a body the SDK reads counts whole");
        }
    }

    @Test
    void aBodyThatTricklesIsBoundWholeByTheAttemptTimeout() throws Exception {
        server.always((req, out) -> {
            byte[] body = "{\"TableNames\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            RawHttpServer.head(out, 200, Map.of("Content-Type", "application/x-amz-json-1.0"), body.length);
            try {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(100); // every read gets a byte well within the bound
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient impatient = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .attemptTimeout(Duration.ofMillis(500)).maxAttempts(1).build())) {
            AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> impatient.call("ListTables"));
            assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
        }
    }

    @Test
    void invalidInputFailsBeforeAnyRequest() {
        assertThrows(ParamValidationException.class, () -> client.call("DescribeTable", Map.of()));
        assertEquals(0, server.receivedCount());
    }

    @Test
    void toStringNamesServiceAndRegionButNoSecret() {
        String s = client.toString();
        assertEquals("SyncClient[dynamodb, region us-east-1]", s);
        assertFalse(s.contains(TestClients.SECRET));
        assertNotNull(client.model().operation("ListTables"));
    }
}
