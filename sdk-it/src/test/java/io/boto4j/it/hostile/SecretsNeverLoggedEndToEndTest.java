package io.boto4j.it.hostile;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.it.async.AsyncClients;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.fault.RecordedRequest;
import io.boto4j.it.servers.FakeCredentials;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.it.sync.SyncClients;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A full run through each layer with every log line of the process captured at every level
 * (TRACE included, so the pipeline logs each request's URI and headers): afterwards neither the
 * log, nor the message, toString or stack trace of any exception, nor the toString of the
 * clients, configurations and credentials holds any secret the run used or received.
 *
 * <p>The run: against s3proxy (SigV4 checked, through a recording proxy), a bucket and object
 * lifecycle, SSE-C puts, gets and copies (s3proxy answers NotImplemented, after the keys went out
 * in headers), a missing key, a client with a wrong secret, and parameters the validator refuses;
 * against a scripted server (s3proxy refuses session tokens), the same with session credentials
 * and SSE-C calls that succeed, and an STS AssumeRole whose response carries a new secret and
 * token. The secrets searched for: the access key id, the secret and wrong secret, the session
 * token, the SSE-C key (raw and base64), the credentials STS returned, and every signature the
 * recording proxies saw.
 */
@ExtendWith(TestServers.class)
class SecretsNeverLoggedEndToEndTest {
    private static final String WRONG_SECRET = "WrongSecretNeverLogged/0a9b8c7d6e5f4g3h2i1j";
    private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjSESSIONTOKENneverLogged+4f2a9c/QkZJ==";
    private static final String SSE_KEY = "sse-c-key-that-is-never-logged!!"; // 32 bytes
    private static final String SSE_KEY_B64 = Base64.getEncoder().encodeToString(SSE_KEY.getBytes(StandardCharsets.UTF_8));
    private static final String STS_SECRET = "StsReturnedSecretNeverLogged/7Hk2Lm9Np4Qr6St8";
    private static final String STS_TOKEN = "FwoGZXIvYXdzStsReturnedTokenNeverLogged+Zz9Yy8Xx7Ww";
    private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-f]{64})");

    /** What a run leaves to search: exceptions and objects whose text a user could print. */
    private final List<Object> shown = new ArrayList<>();

    @Test
    void throughTheBlockingLayer(S3ProxyServer server) {
        run(server, (endpoint, credentials) -> {
            SyncClient client = SyncClients.s3(SyncClients.config(endpoint, credentials, "us-east-1"));
            shown.add(client);
            return new Closing(S3Calls.of(client), client::close);
        }, (endpoint, credentials) -> {
            SyncClient sts = SyncClient.create("sts", SyncClients.config(endpoint, credentials, "us-east-1").build());
            return new Closing(S3Calls.of(sts), sts::close);
        });
    }

    @Test
    void throughTheVertxLayer(S3ProxyServer server) {
        Vertx vertx = Vertx.vertx();
        try {
            run(server, (endpoint, credentials) -> {
                AsyncClient client = AsyncClients.create(vertx, "s3",
                        AsyncClients.s3(endpoint, credentials, "us-east-1").build());
                shown.add(client);
                return new Closing(S3Calls.of(client), () -> client.close().await());
            }, (endpoint, credentials) -> {
                AsyncClient sts = AsyncClients.create(vertx, "sts",
                        AsyncClients.config(endpoint, credentials, "us-east-1").build());
                return new Closing(S3Calls.of(sts), () -> sts.close().await());
            });
        } finally {
            vertx.close().await();
        }
    }

    /** A client of one layer for an endpoint and credentials, and how to close it. */
    private interface ClientFactory {
        Closing open(URI endpoint, Credentials credentials);
    }

    private record Closing(S3Calls calls, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    private void run(S3ProxyServer server, ClientFactory s3, ClientFactory sts) {
        Credentials real = FakeCredentials.CREDENTIALS;
        Credentials wrong = Credentials.of(FakeCredentials.ACCESS_KEY_ID, WRONG_SECRET);
        Credentials session = Credentials.of(FakeCredentials.ACCESS_KEY_ID, FakeCredentials.SECRET_ACCESS_KEY,
                SESSION_TOKEN);
        shown.addAll(List.of(real, wrong, session, ClientConfig.builder().region("us-east-1").build()));
        List<RecordedRequest> seen = new ArrayList<>();
        List<String> log;
        try (LogCapture capture = LogCapture.everything()) {
            try (FaultProxy proxy = FaultProxy.start(server.endpoint());
                 Closing client = s3.open(proxy.endpoint(), real);
                 Closing bad = s3.open(proxy.endpoint(), wrong)) {
                againstS3Proxy(client.calls(), bad.calls());
                seen.addAll(proxy.requests());
            }
            try (FaultProxy scripted = FaultProxy.standalone().setDefault(Fault.respond(200, Map.of(), ""));
                 Closing client = s3.open(scripted.endpoint(), session);
                 Closing stsClient = sts.open(scripted.endpoint(), session)) {
                againstAScriptedServer(client.calls(), stsClient.calls(), scripted);
                seen.addAll(scripted.requests());
            }
            log = capture.lines();
        }
        Set<String> secrets = secrets(seen);
        List<String> texts = new ArrayList<>(log);
        shown.forEach(o -> texts.add(describe(o)));
        for (String text : texts) {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    fail("a secret (" + secret.substring(0, 4) + "...) in: " + text);
                }
            }
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("PutObject attempt 1 sends")
                        && l.contains("x-amz-server-side-encryption-customer-key=<redacted>")),
                "the trace of an SSE-C request was captured, its key redacted");
        assertTrue(log.stream().anyMatch(l -> l.contains("X-Amz-Security-Token=<redacted>")),
                "the trace of a request with a session token was captured");
        System.out.println("secrets: " + log.size() + " log lines and " + shown.size() + " exceptions and objects"
                + " searched for " + secrets.size() + " secrets (" + (secrets.size() - 8) + " of them signatures)");
    }

    private void againstS3Proxy(S3Calls s3, S3Calls bad) {
        String bucket = "secrets-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "plain", "Body", "data"));
        s3.get(bucket, "plain");
        s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "plain"));
        s3.call("ListObjectsV2", Map.of("Bucket", bucket));
        // s3proxy does not implement SSE-C: the calls fail, after the keys went out in headers.
        expectFailure(() -> s3.call("PutObject", sseC(Map.of("Bucket", bucket, "Key", "sse", "Body", "data"))));
        expectFailure(() -> s3.getBytes(sseC(Map.of("Bucket", bucket, "Key", "plain"))));
        expectFailure(() -> s3.call("CopyObject", copySourceSseC(Map.of("Bucket", bucket, "Key", "copy",
                "CopySource", bucket + "/plain"))));
        expectFailure(() -> s3.get(bucket, "missing"));
        expectFailure(() -> bad.call("ListBuckets", Map.of()));
        refusedBeforeSending(s3, bucket);
        s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "plain"));
        s3.call("DeleteBucket", Map.of("Bucket", bucket));
    }

    private void againstAScriptedServer(S3Calls s3, S3Calls sts, FaultProxy scripted) {
        s3.call("PutObject", sseC(Map.of("Bucket", "b", "Key", "sse", "Body", "data")));
        s3.getBytes(sseC(Map.of("Bucket", "b", "Key", "sse")));
        s3.call("CopyObject", copySourceSseC(Map.of("Bucket", "b", "Key", "copy", "CopySource", "b/sse")));
        scripted.enqueue(Fault.respond(200, Map.of("Content-Type", "text/xml"), "<AssumeRoleResponse><AssumeRoleResult>"
                + "<Credentials><AccessKeyId>ASIASTSRETURNEDKEY01</AccessKeyId><SecretAccessKey>" + STS_SECRET
                + "</SecretAccessKey><SessionToken>" + STS_TOKEN + "</SessionToken>"
                + "<Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>"));
        Map<String, Object> assumed = sts.call("AssumeRole", Map.of("RoleArn", "arn:aws:iam::123456789012:role/r",
                "RoleSessionName", "secrets-test"));
        assertTrue(String.valueOf(assumed).contains(STS_SECRET), "the secret reached the caller, and only the caller");
        scripted.enqueue(Fault.s3Error(403, "AccessDenied", "Access Denied"));
        expectFailure(() -> s3.call("PutObject", sseC(Map.of("Bucket", "b", "Key", "denied", "Body", "x"))));
    }

    /** Parameters refused before any I/O must not quote the secret they carry. */
    private void refusedBeforeSending(S3Calls s3, String bucket) {
        Map<String, Object> lineBreak = new LinkedHashMap<>(sseC(Map.of("Bucket", bucket, "Key", "k", "Body", "x")));
        lineBreak.put("SSECustomerKey", SSE_KEY_B64 + "\r\nX-Injected: 1");
        lineBreak.put("SSECustomerKeyMD5", "bWQ1"); // given: the key is taken as already encoded
        expectFailure(() -> s3.call("PutObject", lineBreak));
        Map<String, Object> wrongType = new LinkedHashMap<>(sseC(Map.of("Bucket", bucket, "Key", "k", "Body", "x")));
        wrongType.put("SSECustomerKey", List.of(SSE_KEY_B64));
        expectFailure(() -> s3.call("PutObject", wrongType));
        Map<String, Object> unknown = new LinkedHashMap<>(Map.of("Bucket", bucket, "Key", "k"));
        unknown.put("SSECustomerKeys", SSE_KEY_B64);
        expectFailure(() -> s3.call("HeadObject", unknown));
    }

    private void expectFailure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException expected) {
            shown.add(expected);
            return;
        }
        fail("the call should have failed");
    }

    /** SSE-C parameters as a user passes them: the raw key (the S3 plugin sends it base64, with its MD5). */
    private static Map<String, Object> sseC(Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("SSECustomerAlgorithm", "AES256");
        p.put("SSECustomerKey", SSE_KEY);
        return p;
    }

    private static Map<String, Object> copySourceSseC(Map<String, Object> params) {
        Map<String, Object> p = sseC(params);
        p.put("CopySourceSSECustomerAlgorithm", "AES256");
        p.put("CopySourceSSECustomerKey", SSE_KEY);
        return p;
    }

    /** The fixed secrets, and every signature the servers were sent. */
    private static Set<String> secrets(List<RecordedRequest> requests) {
        Set<String> secrets = new LinkedHashSet<>(List.of(FakeCredentials.ACCESS_KEY_ID,
                FakeCredentials.SECRET_ACCESS_KEY, WRONG_SECRET, SESSION_TOKEN, SSE_KEY, SSE_KEY_B64, STS_SECRET,
                STS_TOKEN));
        int before = secrets.size();
        for (RecordedRequest r : requests) {
            String authorization = r.header("Authorization");
            Matcher m = SIGNATURE.matcher(authorization == null ? "" : authorization);
            while (m.find()) {
                secrets.add(m.group(1));
            }
        }
        assertTrue(secrets.size() > before + 10, "signatures harvested: " + (secrets.size() - before));
        assertFalse(requests.isEmpty());
        return secrets;
    }

    /** What a user could print of an object: its toString, and for an exception every cause and frame. */
    private static String describe(Object o) {
        if (o instanceof Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            return t.getMessage() + "\n" + trace;
        }
        return String.valueOf(o);
    }
}
