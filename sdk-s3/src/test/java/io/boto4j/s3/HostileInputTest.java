package io.boto4j.s3;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.core.validation.ParamValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameters chosen by an attacker (a bucket name, a key, a header value taken from user
 * input) through the whole request path of the real S3 and S3 Control models, this plugin and
 * the endpoint rules included: they cannot add a header, cannot move the request to another
 * host, and keys reach the path encoded as botocore 1.43.107 encodes them. Nothing here is
 * sent: the transport fails the test if it is ever called.
 */
class HostileInputTest {
    private static final String CR_LF = "\r\nX-Injected: yes";

    @TempDir
    Path home;

    private final AtomicInteger sends = new AtomicInteger();

    /** Fails the test if anything is sent. */
    private final HttpTransport noNetwork = new HttpTransport() {
        @Override
        public CompletableFuture<TransportResponse> send(TransportRequest request) {
            sends.incrementAndGet();
            return CompletableFuture.failedFuture(new AssertionError("nothing may be sent: " + request.request()));
        }

        @Override
        public void close() {
        }
    };

    private ServiceRuntime runtime(String service, URI endpoint, boolean pathStyle) {
        ClientConfig.Builder config = ClientConfig.builder()
                .region("us-west-2")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        if (endpoint != null) {
            config.endpointUrl(endpoint);
        }
        if (pathStyle) {
            config.clientContextParam("ForcePathStyle", true);
        }
        return ServiceRuntime.builder().service(service).config(config.build()).transport(noNetwork).build();
    }

    private SdkHttpRequest dryRun(ServiceRuntime runtime, String operation, Map<String, Object> params) {
        return runtime.dryRun(operation, params).join().request();
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    // ------------------------------------------------------------------------ header injection

    @Test
    void lineBreaksInHeaderParametersAreRefusedBeforeAnyIo() {
        ServiceRuntime s3 = runtime("s3", null, false);
        List<Map<String, Object>> attempts = List.of(
                params("ContentType", "text/plain" + CR_LF),
                params("CacheControl", "max-age=1\nX-Injected: yes"),
                params("ContentDisposition", "attachment\r"),
                params("Metadata", Map.of("purpose", "e2e" + CR_LF)),
                params("Metadata", Map.of("k" + CR_LF, "v")),
                params("Metadata", Map.of("with space", "v")),
                params("Metadata", Map.of("colon:", "v")),
                params("Tagging", "a=b\u0000"),
                params("ContentLanguage", "en\u007f"),
                params("ContentEncoding", "\u010a")); // U+010A: a careless encoder sends its low byte, 0x0A
        // (An SSE-C key cannot inject anything: the plugin sends it base64-encoded, as botocore does.)
        for (Map<String, Object> hostile : attempts) {
            Map<String, Object> in = params("Bucket", "bucket", "Key", "key", "Body", "x");
            in.putAll(hostile);
            CompletionException e = assertThrows(CompletionException.class, () -> dryRun(s3, "PutObject", in),
                    hostile.keySet().toString());
            ParamValidationException invalid = assertInstanceOf(ParamValidationException.class, e.getCause());
            String name = hostile.keySet().iterator().next();
            assertTrue(invalid.getMessage().contains("s3.PutObject") && invalid.getMessage().contains(name),
                    "names the operation and the parameter: " + invalid.getMessage());
            assertFalse(invalid.getMessage().contains("X-Injected") || invalid.getMessage().contains("c2VjcmV0"),
                    "never quotes the value: " + invalid.getMessage());
        }
        // CopySource is URL-encoded by the plugin (as botocore's handle_copy_source_param): a line break
        // goes out as %0D%0A inside the header, never as a line break.
        SdkHttpRequest copy = dryRun(s3, "CopyObject", params("Bucket", "b", "Key", "k", "CopySource", "src/key" + CR_LF));
        String source = copy.headers().first("x-amz-copy-source");
        assertTrue(source.startsWith("src/key%0D%0A") && source.chars().noneMatch(c -> c < 0x20), source);
        assertEquals(0, sends.get());
    }

    @Test
    void lineBreaksInPathAndQueryParametersAreEncoded() {
        SdkHttpRequest r = dryRun(runtime("s3", null, true), "ListObjectsV2",
                params("Bucket", "bucket", "Prefix", "a" + CR_LF, "Delimiter", "\n"));
        assertTrue(r.encodedQuery().contains("prefix=a%0D%0AX-Injected%3A%20yes"), r.encodedQuery());
        SdkHttpRequest get = dryRun(runtime("s3", null, true), "GetObject", params("Bucket", "bucket", "Key", "k" + CR_LF));
        assertEquals("/bucket/k%0D%0AX-Injected%3A%20yes", get.fullEncodedPath());
        assertFalse(r.uri().toString().contains("\n") || get.uri().toString().contains("\r"));
    }

    @Test
    void tabsAndLatin1AreFineInHeaderValues() {
        SdkHttpRequest r = dryRun(runtime("s3", null, false), "PutObject", params("Bucket", "bucket", "Key", "k",
                "Body", "x", "ContentDisposition", "attachment;\tfilename=\"caf\u00e9.txt\""));
        assertEquals("attachment;\tfilename=\"caf\u00e9.txt\"", r.headers().first("Content-Disposition"));
    }

    // ------------------------------------------------------------------------- host confinement

    private static final List<String> HOSTILE_BUCKETS = List.of("evil.com#", "a.b@c", "bucket/../x", "\uff45vil.com",
            "%2F", "user:pass@evil.com", "evil.com:443", "b?x=1", "b\\evil.com", "evil.com/", "a..b", "-bucket",
            "evil.com%23", "xn--vil-bla.com", "bucket.", ".bucket", "bucket\u3002evil.com", "bucket%00", "127.0.0.1",
            "[::1]", "b#", "b/", "B", "evil.com", "ok-bucket");

    @Test
    void bucketNamesNeverChangeTheHost() {
        record Setup(URI endpoint, boolean pathStyle, String host) {
        }
        List<Setup> setups = List.of(
                new Setup(null, false, "s3.us-west-2.amazonaws.com"),
                new Setup(null, true, "s3.us-west-2.amazonaws.com"),
                new Setup(URI.create("https://s3.example.com"), false, "s3.example.com"),
                new Setup(URI.create("http://127.0.0.1:9000"), false, "127.0.0.1:9000"),
                new Setup(URI.create("http://localhost:9000/base"), true, "localhost:9000"));
        int tried = 0;
        for (Setup setup : setups) {
            ServiceRuntime s3 = runtime("s3", setup.endpoint(), setup.pathStyle());
            for (String bucket : HOSTILE_BUCKETS) {
                SdkHttpRequest r;
                try {
                    r = dryRun(s3, "HeadObject", params("Bucket", bucket, "Key", "k"));
                } catch (CompletionException refused) {
                    continue; // the rules refused it (an invalid ARN, say): nothing is sent either
                }
                tried++;
                String host = r.hostHeader();
                String where = setup + " bucket '" + bucket + "' -> " + r.uri();
                assertTrue(host.equals(setup.host()) || host.endsWith("." + setup.host()), where);
                String label = host.equals(setup.host()) ? "" : host.substring(0, host.length() - setup.host().length() - 1);
                assertTrue(label.isEmpty() || label.equals(bucket), "only the bucket itself prefixes the host: " + where);
                assertTrue(label.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.'),
                        where);
                assertEquals(r.uri().getHost() + (r.uri().getPort() < 0 ? "" : ":" + r.uri().getPort()), host,
                        "the URI's host is the one signed: " + where);
                assertTrue(r.uri().getRawUserInfo() == null && r.uri().getRawFragment() == null, where);
                if (label.isEmpty()) {
                    assertTrue(r.fullEncodedPath().contains("/" + io.boto4j.core.http.UriEncoding.encode(bucket) + "/k"),
                            "the bucket is one encoded path segment: " + where);
                }
            }
        }
        // Most are refused before that (botocore's bucket-name check); the rest must stay in their place.
        assertTrue(tried > 30, "enough hostile names reach a request to test where they go: " + tried);
        assertEquals(0, sends.get());
    }

    @Test
    void hostPrefixLabelsMustBeHostLabels() {
        // WriteGetObjectResponse puts {RequestRoute} in front of the host; S3 Control puts {AccountId} there.
        ServiceRuntime s3 = runtime("s3", null, false);
        for (String route : List.of("evil.com#", "a.b@c", "a.b", "evil.com/x", "x?y", "\uff45vil", "", "a b")) {
            CompletionException e = assertThrows(CompletionException.class, () -> dryRun(s3, "WriteGetObjectResponse",
                    params("RequestRoute", route, "RequestToken", "t")), route);
            assertTrue(e.getCause().getMessage().contains("RequestRoute"), e.getCause().getMessage());
        }
        SdkHttpRequest ok = dryRun(s3, "WriteGetObjectResponse", params("RequestRoute", "route-1", "RequestToken", "t"));
        assertTrue(ok.hostHeader().startsWith("route-1."), ok.hostHeader());
        ServiceRuntime control = runtime("s3control", null, false);
        for (String account : List.of("123456789012.evil.com#", "a@evil.com", "1/..", "evil.com:80")) {
            assertThrows(CompletionException.class, () -> dryRun(control, "ListJobs", params("AccountId", account)),
                    account);
        }
        SdkHttpRequest jobs = dryRun(control, "ListJobs", params("AccountId", "123456789012"));
        assertEquals("123456789012.s3-control.us-west-2.amazonaws.com", jobs.hostHeader());
        assertEquals(0, sends.get());
    }

    // ------------------------------------------------------------------------------ object keys

    @Test
    void keysAreEncodedAsBotocoreEncodesThem() {
        // What botocore 1.43.107 sends for HeadObject(Bucket="bucket", Key=...), path-style.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("../x", "/bucket/../x");
        expected.put("a/../../b", "/bucket/a/../../b");
        expected.put("%", "/bucket/%25");
        expected.put("100%25", "/bucket/100%2525");
        expected.put("with space", "/bucket/with%20space");
        expected.put("a+b", "/bucket/a%2Bb");
        expected.put("q?x=1", "/bucket/q%3Fx%3D1");
        expected.put("h#f", "/bucket/h%23f");
        expected.put("\u00fcn\u00ef/c\u00f6d\u00e9", "/bucket/%C3%BCn%C3%AF/c%C3%B6d%C3%A9");
        expected.put("\u65e5\u672c", "/bucket/%E6%97%A5%E6%9C%AC");
        expected.put("./x", "/bucket/./x");
        expected.put("..", "/bucket/..");
        expected.put("a//b", "/bucket/a//b");
        expected.put("/lead", "/bucket//lead");
        expected.put("tilde~", "/bucket/tilde~");
        expected.put("quote'\"", "/bucket/quote%27%22");
        expected.put("semi;colon", "/bucket/semi%3Bcolon");
        expected.put("star*", "/bucket/star%2A");
        expected.put("brackets[]", "/bucket/brackets%5B%5D");
        expected.put("at@", "/bucket/at%40");
        expected.put("amp&eq=", "/bucket/amp%26eq%3D");
        expected.put("x\u0001y", "/bucket/x%01y");
        ServiceRuntime s3 = runtime("s3", null, true);
        expected.forEach((key, path) -> {
            SdkHttpRequest r = dryRun(s3, "HeadObject", params("Bucket", "bucket", "Key", key));
            assertEquals(path, r.fullEncodedPath(), "key '" + key + "'");
            assertEquals("s3.us-west-2.amazonaws.com", r.hostHeader(), "key '" + key + "'");
            assertEquals(path, r.uri().getRawPath(), "the URI keeps the path as signed (no dot-segment removal)");
        });
        assertEquals(0, sends.get());
    }
}
