package io.boto4j.it;

import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.fault.RecordedRequest;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.it.servers.VirtualHostedS3ProxyServer;
import io.boto4j.s3.PresignedPost;
import io.boto4j.s3.S3Options;
import io.boto4j.s3.S3Presigning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 plugin's customizations end to end on s3proxy 4.0.0 (SigV4 checked on every request),
 * written once for both layers: a subclass per layer says how its client is opened and called.
 * Where s3proxy lacks a feature (object versions, SSE-C), the {@link FaultProxy} in front of it
 * records what went on the wire, which the unit tests check byte for byte against botocore.
 */
@ExtendWith(TestServers.class)
public abstract class S3CustomizationScenarios {
    /** An object key with a space, {@code + & = ? %}, non-ASCII letters and an emoji. */
    private static final String ODD_KEY = "dir/a b+c&d=é€😀?%.txt";

    /** A layer's S3 client, called from the test thread (the async layer waits for its futures). */
    protected interface S3 extends AutoCloseable {
        Map<String, Object> call(String operation, Map<String, ?> params);

        <R> R call(CustomMethod<R> method, Map<String, ?> arguments);

        /** GetObject's body, read whole. */
        byte[] read(String bucket, String key);

        @Override
        void close();
    }

    /** The layer's name, in bucket names. */
    protected abstract String layer();

    /** The layer's test configuration: explicit credentials, no config files. */
    protected abstract ClientConfig.Builder config(URI endpoint, Credentials credentials, String region);

    /** Opens a client of the layer. */
    protected abstract S3 open(ClientConfig config);

    private S3 pathStyle(URI endpoint, S3ProxyServer server) {
        return open(config(endpoint, server.credentials(), server.region()).retryMode("standard").maxAttempts(3)
                .clientContextParam("ForcePathStyle", true).build());
    }

    private String bucket(String purpose) {
        return layer() + "-" + purpose + "-" + UUID.randomUUID();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Python's {@code quote(text, safe='/~')}: what botocore makes of a copy source's bucket and key. */
    private static String quote(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(text)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    @Test
    void copyObjectWithOddKeysInEitherFormAndAVersion(S3ProxyServer server) {
        String bucket = bucket("copy");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); S3 s3 = pathStyle(proxy.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            s3.call("PutObject", map("Bucket", bucket, "Key", ODD_KEY, "Body", "the original"));

            s3.call("CopyObject", map("Bucket", bucket, "Key", "copy of a map",
                    "CopySource", map("Bucket", bucket, "Key", ODD_KEY)));
            s3.call("CopyObject", map("Bucket", bucket, "Key", ODD_KEY + " (2)", "CopySource", bucket + "/" + ODD_KEY));
            assertEquals("the original", new String(s3.read(bucket, "copy of a map"), StandardCharsets.UTF_8));
            assertEquals("the original", new String(s3.read(bucket, ODD_KEY + " (2)"), StandardCharsets.UTF_8));

            // s3proxy keeps no versions (it reads the version as part of the key); the header is botocore's.
            proxy.reset();
            assertThrows(ServiceException.class, () -> s3.call("CopyObject", map("Bucket", bucket, "Key", "v",
                    "CopySource", map("Bucket", bucket, "Key", ODD_KEY, "VersionId", "3/L4kq+tJ=="))));
            assertEquals(quote(bucket + "/" + ODD_KEY) + "?versionId=3/L4kq+tJ==",
                    proxy.requests().get(0).header("x-amz-copy-source"));
        }
    }

    @Test
    void sseCustomerKeysAreSentBase64WithTheirMd5(S3ProxyServer server) throws Exception {
        String bucket = bucket("sse-c");
        byte[] key = utf8("0123456789abcdef0123456789abcdef");
        String keyBase64 = Base64.getEncoder().encodeToString(key);
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(key));
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); S3 s3 = pathStyle(proxy.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            proxy.reset();
            // s3proxy 4.0.0 has no SSE-C: it answers 501 NotImplemented, after checking the signature.
            ServiceException e = assertThrows(ServiceException.class, () -> s3.call("PutObject", map("Bucket", bucket,
                    "Key", "k", "Body", "secret", "SSECustomerAlgorithm", "AES256", "SSECustomerKey", key)));
            assertEquals("NotImplemented", e.errorCode());
            assertThrows(ServiceException.class, () -> s3.call("CopyObject", map("Bucket", bucket, "Key", "k2",
                    "CopySource", bucket + "/k", "CopySourceSSECustomerAlgorithm", "AES256",
                    "CopySourceSSECustomerKey", key)));
            RecordedRequest put = proxy.requests().get(0);
            assertEquals(keyBase64, put.header("x-amz-server-side-encryption-customer-key"));
            assertEquals(md5, put.header("x-amz-server-side-encryption-customer-key-MD5"));
            RecordedRequest copy = proxy.requests().get(1);
            assertEquals(keyBase64, copy.header("x-amz-copy-source-server-side-encryption-customer-key"));
            assertEquals(md5, copy.header("x-amz-copy-source-server-side-encryption-customer-key-MD5"));
        }
    }

    @Test
    void listingKeysThatXmlCannotCarryComeBackExactly(S3ProxyServer server) {
        String bucket = bucket("keys");
        List<String> keys = List.of("a b", "ü/ñ.txt", "plus+sign", "percent%41", "amp&<>\"'", "tab\tx", "emoji😀",
                "control\u0001x", "line\nbreak", "return\rx", "dir with space/inner", "trailing ");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); S3 s3 = pathStyle(proxy.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            for (String key : keys) {
                s3.call("PutObject", map("Bucket", bucket, "Key", key, "Body", key));
            }
            proxy.reset();
            Map<String, Object> all = s3.call("ListObjectsV2", map("Bucket", bucket));
            List<String> listed = new ArrayList<>();
            for (Object o : (List<?>) all.get("Contents")) {
                listed.add((String) ((Map<?, ?>) o).get("Key"));
            }
            assertEquals(keys.stream().sorted().toList(), listed.stream().sorted().toList());
            assertTrue(proxy.requests().get(0).target().contains("encoding-type=url"), proxy.requests().get(0).target());

            Map<String, Object> dir = s3.call("ListObjectsV2", map("Bucket", bucket, "Prefix", "dir with space/",
                    "Delimiter", "/"));
            assertEquals("dir with space/", dir.get("Prefix"));
            assertEquals("/", dir.get("Delimiter"));
            Map<String, Object> top = s3.call("ListObjectsV2", map("Bucket", bucket, "Delimiter", "/"));
            List<Object> prefixes = new ArrayList<>();
            for (Object o : (List<?>) top.get("CommonPrefixes")) {
                prefixes.add(((Map<?, ?>) o).get("Prefix"));
            }
            assertEquals(List.of("dir with space/", "ü/"), prefixes);

            // A caller who asks for url encoding gets the keys as S3 sent them.
            Map<String, Object> raw = s3.call("ListObjectsV2", map("Bucket", bucket, "Prefix", "a b",
                    "EncodingType", "url"));
            assertEquals("a%20b", ((Map<?, ?>) ((List<?>) raw.get("Contents")).get(0)).get("Key"));
        }
    }

    @Test
    void getBucketLocationOfAnUsEast1BucketIsNull(S3ProxyServer server) {
        String bucket = bucket("location");
        try (S3 s3 = pathStyle(server.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            Map<String, Object> location = s3.call("GetBucketLocation", map("Bucket", bucket));
            assertTrue(location.containsKey("LocationConstraint"), location.toString());
            assertNull(location.get("LocationConstraint"));
        }
    }

    @Test
    void aPresignedPostIsAcceptedAsAPlainForm(S3ProxyServer server) throws Exception {
        String bucket = bucket("post");
        try (S3 s3 = pathStyle(server.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            PresignedPost post = s3.call(S3Presigning.GENERATE_PRESIGNED_POST, map("Bucket", bucket,
                    "Key", "uploads/${filename}", "Fields", map("Content-Type", "text/plain"),
                    "Conditions", List.of(map("Content-Type", "text/plain"), List.of("content-length-range", 1, 100)),
                    "ExpiresIn", 300));
            assertEquals(server.endpoint() + "/" + bucket, post.url());

            assertEquals(204, postForm(post.url(), post.fields(), "hello.txt", utf8("posted by a form"), null)
                    .statusCode());
            assertEquals("posted by a form", new String(s3.read(bucket, "uploads/hello.txt"), StandardCharsets.UTF_8));
            Map<String, Object> head = s3.call("HeadObject", map("Bucket", bucket, "Key", "uploads/hello.txt"));
            assertEquals("text/plain", head.get("ContentType"));

            Map<String, String> tampered = new LinkedHashMap<>(post.fields());
            tampered.put("key", "elsewhere/${filename}");
            assertEquals(403, postForm(post.url(), tampered, "x.txt", utf8("x"), null).statusCode());
            Map<String, String> forged = new LinkedHashMap<>(post.fields());
            forged.put("x-amz-signature", "0".repeat(64));
            assertEquals(403, postForm(post.url(), forged, "x.txt", utf8("x"), null).statusCode());
            HttpResponse<String> tooLarge = postForm(post.url(), post.fields(), "big.txt", new byte[101], null);
            assertEquals(400, tooLarge.statusCode());
            assertTrue(tooLarge.body().contains("EntityTooLarge"), tooLarge.body());
        }
    }

    @Test
    void anErrorInsideA200IsRetriedAndRaisedWhenItPersists(S3ProxyServer server) {
        String bucket = bucket("ok-error");
        String error = "<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>";
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); S3 s3 = pathStyle(proxy.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            s3.call("PutObject", map("Bucket", bucket, "Key", "src", "Body", "copied"));

            proxy.enqueue(Fault.respond(200, Map.of("Content-Type", "application/xml"), error));
            Map<String, Object> copied = s3.call("CopyObject", map("Bucket", bucket, "Key", "dst",
                    "CopySource", bucket + "/src"));
            assertTrue(((Map<?, ?>) copied.get("CopyObjectResult")).get("ETag") != null, copied.toString());
            assertEquals("copied", new String(s3.read(bucket, "dst"), StandardCharsets.UTF_8));

            proxy.reset();
            proxy.setDefault(Fault.respond(200, Map.of("Content-Type", "application/xml"), error));
            ServiceException e = assertThrows(ServiceException.class, () -> s3.call("CopyObject",
                    map("Bucket", bucket, "Key", "dst2", "CopySource", bucket + "/src")));
            assertEquals("InternalError", e.errorCode());
            assertEquals(500, e.statusCode());
            assertEquals(3, e.attempts());
            assertEquals(3, proxy.requests().size());
            proxy.setDefault(Fault.passThrough());
        }
    }

    @Test
    void aRedirectToTheBucketsRegionIsFollowedAndSignedForIt(S3ProxyServer server) {
        String bucket = bucket("redirect");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint());
             S3 s3 = open(config(proxy.endpoint(), server.credentials(), "eu-west-1")
                     .clientContextParam("ForcePathStyle", true).build())) {
            s3.call("CreateBucket", map("Bucket", bucket));
            s3.call("PutObject", map("Bucket", bucket, "Key", "k", "Body", "found"));
            proxy.reset();
            proxy.enqueue(Fault.respond(301, Map.of("x-amz-bucket-region", "us-west-2", "Content-Type", "application/xml"),
                    "<Error><Code>PermanentRedirect</Code><Message>elsewhere</Message></Error>"));
            assertEquals("found", new String(s3.read(bucket, "k"), StandardCharsets.UTF_8));
            s3.call("HeadObject", map("Bucket", bucket, "Key", "k"));
            List<RecordedRequest> seen = proxy.requests();
            assertEquals(3, seen.size(), seen.toString());
            assertTrue(seen.get(0).header("Authorization").contains("/eu-west-1/s3/aws4_request"));
            // The retry and the next call for the bucket: signed for its region (and s3proxy checked them).
            assertTrue(seen.get(1).header("Authorization").contains("/us-west-2/s3/aws4_request"));
            assertTrue(seen.get(2).header("Authorization").contains("/us-west-2/s3/aws4_request"));
        }
    }

    @Test
    void uploadsAskToContinueBeforeTheirBody(S3ProxyServer server) {
        String bucket = bucket("expect");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint()); S3 s3 = pathStyle(proxy.endpoint(), server)) {
            s3.call("CreateBucket", map("Bucket", bucket));
            proxy.reset();
            s3.call("PutObject", map("Bucket", bucket, "Key", "k", "Body", "continued"));
            s3.call("DeleteObjects", map("Bucket", bucket, "Delete", map("Objects", List.of(map("Key", "k")))));
            // The JDK's client spells it 100-Continue; the token is case-insensitive.
            assertTrue("100-continue".equalsIgnoreCase(proxy.requests().get(0).header("Expect")),
                    proxy.requests().get(0).header("Expect"));
            assertNull(proxy.requests().get(1).header("Expect"), "an XML document is no file-like body");
        }
        try (S3 direct = pathStyle(server.endpoint(), server)) {
            // Straight to s3proxy (Jetty answers 100 Continue): the body arrives whole.
            direct.call("PutObject", map("Bucket", bucket, "Key", "direct", "Body", "continued directly"));
            assertEquals("continued directly", new String(direct.read(bucket, "direct"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void virtualHostedAndPathStyleRequestsReachTheSameBuckets(VirtualHostedS3ProxyServer server) throws Exception {
        String bucket = bucket("vhost");
        ClientConfig.Builder base = config(server.endpoint(), server.credentials(), server.region());
        // bucket.localhost need not resolve: the server, as an HTTP proxy, takes the absolute-form requests.
        try (S3 virtual = open(base.option(S3Options.ADDRESSING_STYLE, "virtual").proxy(server.proxy()).build());
             S3 path = open(config(server.endpoint(), server.credentials(), server.region())
                     .option(S3Options.ADDRESSING_STYLE, "path").build())) {
            virtual.call("CreateBucket", map("Bucket", bucket));
            virtual.call("PutObject", map("Bucket", bucket, "Key", "by host", "Body", "virtual"));
            path.call("PutObject", map("Bucket", bucket, "Key", "by path", "Body", "path"));
            assertEquals("path", new String(virtual.read(bucket, "by path"), StandardCharsets.UTF_8));
            assertEquals("virtual", new String(path.read(bucket, "by host"), StandardCharsets.UTF_8));
            assertEquals(2, ((Number) virtual.call("ListObjectsV2", map("Bucket", bucket)).get("KeyCount")).intValue());
            // GetBucketLocation goes by path whatever the style, as botocore sends it.
            assertNull(virtual.call("GetBucketLocation", map("Bucket", bucket)).get("LocationConstraint"));

            PresignedPost post = virtual.call(S3Presigning.GENERATE_PRESIGNED_POST, map("Bucket", bucket,
                    "Key", "posted"));
            assertEquals("http://" + bucket + ".localhost:" + server.endpoint().getPort() + "/", post.url());
            assertEquals(204, postForm(post.url(), post.fields(), "f", utf8("by form"), server.proxy()).statusCode());
            assertEquals("by form", new String(path.read(bucket, "posted"), StandardCharsets.UTF_8));
        }
    }

    /** A multipart/form-data POST of {@code fields} and then the file, with the JDK's plain HTTP client. */
    private static HttpResponse<String> postForm(String url, Map<String, String> fields, String fileName, byte[] file,
                                                 URI proxy) throws IOException, InterruptedException {
        String boundary = "boto4j-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
        body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(file);
        body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (proxy != null) {
            client.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHost(), proxy.getPort())));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
