package io.boto4j.s3;

import io.boto4j.core.ChecksumMismatchException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.Publishers;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The plugin as users get it: found through ServiceLoader by the runtime, nothing named. */
class S3PluginTest {
    @TempDir
    Path home;

    private ServiceRuntime runtime(ScriptedTransport t, ClientConfig.Builder config) {
        return TestRuntimes.runtime("s3", t, config, home);
    }

    @Test
    void virtualHostedRequestsKeepTheBucketOutOfThePath() {
        ScriptedTransport t = new ScriptedTransport().respond(200,
                Map.of("ETag", "\"abc\"", "Content-Type", "text/plain"), "hello world");
        CallResult r = runtime(t, ClientConfig.builder()).invoke("GetObject", Map.of("Bucket", "bucket", "Key", "a/b c.txt")).join();
        assertEquals("\"abc\"", r.output().get("ETag"));
        ResponseStream body = r.stream();
        assertNotNull(body);
        assertEquals(11, body.contentLength());
        assertEquals("hello world", new String(Publishers.aggregate(body.publisher(), 11).join(), StandardCharsets.UTF_8));
        assertEquals("https://bucket.s3.amazonaws.com/a/b%20c.txt", t.sent().get(0).request().uri().toString());
        assertNotNull(t.sent().get(0).request().headers().first("x-amz-content-sha256"));
    }

    @Test
    void pathStyleKeepsTheBucketInThePathOnce() {
        ScriptedTransport t = new ScriptedTransport()
                .respond(200, Map.of(), "<ListBucketResult><Name>bucket</Name><KeyCount>0</KeyCount></ListBucketResult>")
                .respond(200, Map.of(), "");
        ServiceRuntime rt = runtime(t, ClientConfig.builder().clientContextParam("ForcePathStyle", true));
        CallResult list = rt.invoke("ListObjectsV2", Map.of("Bucket", "bucket")).join();
        assertEquals("bucket", list.output().get("Name"));
        // botocore asks for URL-encoded keys on every listing.
        assertEquals("https://s3.amazonaws.com/bucket?list-type=2&encoding-type=url", t.sent().get(0).request().uri().toString());
        rt.invoke("PutObject", Map.of("Bucket", "bucket", "Key", "k/1", "Body", "hello")).join();
        assertEquals("https://s3.amazonaws.com/bucket/k/1", t.sent().get(1).request().uri().toString());
    }

    @Test
    void putObjectOverHttpsSendsItsCrc32InAnAwsChunkedTrailerAsBotocoreDoes() {
        ScriptedTransport t = new ScriptedTransport().respond(200, Map.of(), "");
        runtime(t, ClientConfig.builder()).invoke("PutObject", Map.of("Bucket", "bucket", "Key", "k", "Body", "hello"))
                .join();
        var sent = t.sent().get(0).request();
        var h = sent.headers();
        String framed = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n";
        assertEquals(framed, new String(Publishers.aggregate(sent.body().publisher(), -1).join(), StandardCharsets.UTF_8));
        assertEquals("aws-chunked", h.first("Content-Encoding"));
        assertEquals("x-amz-checksum-crc32", h.first("X-Amz-Trailer"));
        assertEquals("5", h.first("X-Amz-Decoded-Content-Length"));
        assertEquals(Integer.toString(framed.length()), h.first("Content-Length"));
        assertEquals("STREAMING-UNSIGNED-PAYLOAD-TRAILER", h.first("X-Amz-Content-SHA256"));
        assertEquals("CRC32", h.first("x-amz-sdk-checksum-algorithm"));
        assertNull(h.first("x-amz-checksum-crc32"), "in the trailer, not a header");
    }

    @Test
    void downloadsAskForAChecksumAndADamagedBodyFailsWhenReadNeverSilently() {
        ScriptedTransport t = new ScriptedTransport()
                .respond(200, Map.of("x-amz-checksum-crc32", "NhCmhg=="), "hello")
                .respond(200, Map.of("x-amz-checksum-crc32", "NhCmhg=="), "jello");
        ServiceRuntime rt = runtime(t, ClientConfig.builder());
        CallResult good = rt.invoke("GetObject", Map.of("Bucket", "bucket", "Key", "k")).join();
        assertEquals("ENABLED", t.sent().get(0).request().headers().first("x-amz-checksum-mode"));
        assertEquals("hello", new String(Publishers.aggregate(good.stream().publisher(), -1).join(), StandardCharsets.UTF_8));
        CallResult bad = rt.invoke("GetObject", Map.of("Bucket", "bucket", "Key", "k")).join();
        var e = assertThrows(java.util.concurrent.CompletionException.class,
                () -> Publishers.aggregate(bad.stream().publisher(), -1).join());
        assertInstanceOf(ChecksumMismatchException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("CRC32"), e.getCause().getMessage());
    }

    @Test
    void aCustomEndpointMeansPathStyleAsInBotocore() {
        ScriptedTransport t = new ScriptedTransport();
        ServiceRuntime local = runtime(t, ClientConfig.builder().endpointUrl("http://localhost:9000"));
        assertEquals("http://localhost:9000/bucket/k",
                local.dryRun("GetObject", Map.of("Bucket", "bucket", "Key", "k")).join().request().uri().toString());
        ServiceRuntime aws = runtime(t, ClientConfig.builder());
        assertEquals("https://bucket.s3.amazonaws.com/k",
                aws.dryRun("GetObject", Map.of("Bucket", "bucket", "Key", "k")).join().request().uri().toString());
    }
}
