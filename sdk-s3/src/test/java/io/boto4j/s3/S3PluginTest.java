package io.boto4j.s3;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.Publishers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ScriptedTransport t = new ScriptedTransport().then(200,
                Map.of("ETag", "\"abc\"", "Content-Type", "text/plain"), "hello world");
        CallResult r = runtime(t, ClientConfig.builder()).invoke("GetObject", Map.of("Bucket", "bucket", "Key", "a/b c.txt")).join();
        assertEquals("\"abc\"", r.output().get("ETag"));
        ResponseStream body = r.stream();
        assertNotNull(body);
        assertEquals(11, body.contentLength());
        assertEquals("hello world", new String(Publishers.aggregate(body.publisher(), 11).join(), StandardCharsets.UTF_8));
        assertEquals("https://bucket.s3.amazonaws.com/a/b%20c.txt", t.seen.get(0).request().uri().toString());
        assertNotNull(t.seen.get(0).request().headers().first("x-amz-content-sha256"));
    }

    @Test
    void pathStyleKeepsTheBucketInThePathOnce() {
        ScriptedTransport t = new ScriptedTransport()
                .then(200, Map.of(), "<ListBucketResult><Name>bucket</Name><KeyCount>0</KeyCount></ListBucketResult>")
                .then(200, Map.of(), "");
        ServiceRuntime rt = runtime(t, ClientConfig.builder().clientContextParam("ForcePathStyle", true));
        CallResult list = rt.invoke("ListObjectsV2", Map.of("Bucket", "bucket")).join();
        assertEquals("bucket", list.output().get("Name"));
        // botocore asks for URL-encoded keys on every listing.
        assertEquals("https://s3.amazonaws.com/bucket?list-type=2&encoding-type=url", t.seen.get(0).request().uri().toString());
        rt.invoke("PutObject", Map.of("Bucket", "bucket", "Key", "k/1", "Body", "hello")).join();
        assertEquals("https://s3.amazonaws.com/bucket/k/1", t.seen.get(1).request().uri().toString());
        // botocore's default flexible checksum: CRC32 of the body, and the algorithm header.
        assertEquals("NhCmhg==", t.seen.get(1).request().headers().first("x-amz-checksum-crc32"));
        assertEquals("CRC32", t.seen.get(1).request().headers().first("x-amz-sdk-checksum-algorithm"));
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
