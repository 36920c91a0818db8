package io.boto4j.it.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.it.SigV4Http;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each fault, in front of s3proxy, as a plain java.net.http client sees it. Requests are signed
 * for the proxy's address: the proxy keeps the Host header, so s3proxy still verifies them.
 */
@ExtendWith(TestServers.class)
class FaultProxyTest {
    private static final byte[] OBJECT = objectBytes();

    private final SigV4Http http = new SigV4Http();
    private FaultProxy proxy;
    private SigningParams params;
    private String key;

    @BeforeEach
    void putAnObject(S3ProxyServer s3) throws Exception {
        proxy = FaultProxy.start(s3.endpoint());
        params = SigV4Http.s3(s3.credentials(), s3.region());
        String bucket = "fault-" + UUID.randomUUID();
        key = "/" + bucket + "/object.bin";
        assertEquals(200, http.send(SigV4Http.request("PUT", proxy.endpoint(), "/" + bucket), params).statusCode());
        SdkHttpRequest put = SigV4Http.request("PUT", proxy.endpoint(), key);
        put.body(OBJECT);
        assertEquals(200, http.send(put, params).statusCode());
        proxy.reset();
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    private HttpResponse<byte[]> getObject() throws IOException, InterruptedException {
        return http.send(SigV4Http.request("GET", proxy.endpoint(), key), params, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void passesThroughAndRecordsWhatItSaw() throws Exception {
        HttpResponse<byte[]> response = getObject();
        assertEquals(200, response.statusCode());
        assertArrayEquals(OBJECT, response.body());

        assertEquals(1, proxy.requests().size());
        RecordedRequest seen = proxy.requests().get(0);
        assertEquals("GET", seen.method());
        assertEquals(key, seen.path());
        assertTrue(seen.header("authorization").startsWith("AWS4-HMAC-SHA256 Credential="), seen::toString);
        assertEquals(proxy.endpoint().getAuthority(), seen.header("Host"));
    }

    @Test
    void resetBeforeHeadersIsAnIOExceptionAndTheNextRequestGoesThrough() throws Exception {
        // Every request: java.net.http retries a GET once by itself when the connection dies
        // before any response byte, so a single scripted reset would go unnoticed.
        proxy.setDefault(Fault.resetBeforeHeaders());
        assertThrows(IOException.class, this::getObject);
        int attempts = proxy.requests().size();
        assertTrue(attempts >= 1, "attempts: " + attempts);

        proxy.setDefault(Fault.passThrough());
        assertEquals(200, getObject().statusCode());
        assertEquals(attempts + 1, proxy.requests().size());
    }

    @Test
    void aRuleFaultsEveryMatchingRequestBeforeTheQueue() throws Exception {
        proxy.onRequests(r -> r.method().equals("GET"), Fault.s3Error(503, "SlowDown", "Please reduce your request rate."));
        proxy.enqueue(Fault.status(500));
        assertEquals(503, getObject().statusCode());
        assertEquals(503, getObject().statusCode(), "every matching request, not just the first");
        proxy.reset();
        assertEquals(200, getObject().statusCode());
    }

    @Test
    void resetAfterHeadersIsAnIOException() {
        proxy.enqueue(Fault.resetAfterHeaders());
        assertThrows(IOException.class, this::getObject);
    }

    @Test
    void aTruncatedBodyIsNeverTakenForTheWholeObject() throws Exception {
        proxy.enqueue(Fault.truncatedBody(1000));
        try {
            HttpResponse<byte[]> response = getObject();
            // if the client does not notice, it must at least have fewer bytes
            assertTrue(response.body().length < OBJECT.length, "truncated body came back whole");
        } catch (IOException expected) {
            // java.net.http reports the early EOF: what a client should do
        }
    }

    @Test
    void aServiceErrorPassesThroughWithItsBody() throws Exception {
        proxy.enqueue(Fault.s3Error(503, "SlowDown", "Please reduce your request rate."));
        HttpResponse<byte[]> response = getObject();
        assertEquals(503, response.statusCode());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<Code>SlowDown</Code>"), body);
        assertEquals(200, getObject().statusCode(), "only the scripted request fails");
    }

    @Test
    void queryAndJsonThrottlingErrors() throws Exception {
        proxy.enqueue(Fault.queryError(400, "Throttling", "Rate exceeded"),
                Fault.jsonError(400, "ThrottlingException", "Rate exceeded"), Fault.status(500));
        String query = new String(getObject().body(), StandardCharsets.UTF_8);
        assertTrue(query.contains("<ErrorResponse") && query.contains("<Code>Throttling</Code>"), query);
        HttpResponse<byte[]> json = getObject();
        assertEquals("application/x-amz-json-1.0", json.headers().firstValue("content-type").orElseThrow());
        assertTrue(new String(json.body(), StandardCharsets.UTF_8).contains("#ThrottlingException\""));
        assertEquals(500, getObject().statusCode());
    }

    @Test
    void requestTimeTooSkewedCarriesTheServersDate() throws Exception {
        Instant serverTime = Instant.parse("2030-01-02T03:04:05Z");
        proxy.enqueue(Fault.requestTimeTooSkewed(serverTime));
        HttpResponse<byte[]> response = getObject();
        assertEquals(403, response.statusCode());
        assertEquals("Wed, 2 Jan 2030 03:04:05 GMT", response.headers().firstValue("Date").orElseThrow());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("<Code>RequestTimeTooSkewed</Code>"));
    }

    @Test
    void aSlowBodyArrivesWholeButLate() throws Exception {
        proxy.enqueue(Fault.slowBody(OBJECT.length / 4 + 1, Duration.ofMillis(150)));
        long start = System.nanoTime();
        HttpResponse<byte[]> response = getObject();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertArrayEquals(OBJECT, response.body());
        assertTrue(elapsedMillis >= 4 * 150, "took only " + elapsedMillis + " ms");
    }

    @Test
    void aStandaloneProxyAnswersScriptedResponses() throws Exception {
        try (FaultProxy standalone = FaultProxy.standalone()) {
            standalone.setDefault(Fault.status(503));
            var response = http.send(SigV4Http.request("GET", standalone.endpoint(), "/anything"), params);
            assertEquals(503, response.statusCode());
            assertEquals("/anything", standalone.requests().get(0).path());
        }
    }

    private static byte[] objectBytes() {
        byte[] bytes = new byte[64 * 1024];
        Arrays.fill(bytes, (byte) 'x');
        for (int i = 0; i < bytes.length; i += 1024) {
            bytes[i] = (byte) ('0' + (i / 1024) % 10);
        }
        return bytes;
    }
}
