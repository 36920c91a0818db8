package io.boto4j.s3;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.s3.BotocoreWire.Case;
import io.boto4j.s3.BotocoreWire.Streamed;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import static io.boto4j.s3.Params.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hooks that shape the request after serialization (botocore's S3 before-call and
 * before-sign handlers), against botocore 1.43.107: {@code Expect: 100-continue} where botocore
 * sends it, escaped line breaks in XML documents, and the unsigned trailer's content hash.
 */
class RequestHooksWireTest {
    @TempDir
    Path home;

    @Test
    void expectContinueGoesWithFileLikeBodiesOfPutAndPost() throws Exception {
        Case expect = new Case("Expect: 100-continue")
                .call("PutObject", map("Bucket", "bucket", "Key", "text", "Body", "hello"))
                .call("PutObject", map("Bucket", "bucket", "Key", "empty", "Body", ""))
                .call("PutObject", map("Bucket", "bucket", "Key", "none"))
                .call("PutObject", map("Bucket", "bucket", "Key", "stream", "Body", new Streamed("streamed")))
                .call("UploadPart", map("Bucket", "bucket", "Key", "k", "UploadId", "u", "PartNumber", 1,
                        "Body", "part".getBytes(StandardCharsets.UTF_8)))
                // Other streaming payloads: only a stream is file-like, bytes are not.
                .call("WriteGetObjectResponse", map("RequestRoute", "route-1", "RequestToken", "t",
                        "Body", "bytes".getBytes(StandardCharsets.UTF_8)))
                .call("WriteGetObjectResponse", map("RequestRoute", "route-1", "RequestToken", "t",
                        "Body", new Streamed("streamed")))
                // An XML document body is never file-like.
                .call("PutBucketTagging", map("Bucket", "bucket",
                        "Tagging", map("TagSet", List.of(map("Key", "k", "Value", "v")))));
        BotocoreWire.compare(home, List.of(expect));
    }

    @Test
    void lineBreaksInXmlDocumentsAreEscapedBeforeTheyAreChecksummed() throws Exception {
        Case escaped = new Case("escaped XML line breaks")
                .call("DeleteObjects", map("Bucket", "bucket", "Delete", map("Objects",
                        List.of(map("Key", "line\nbreak\r\nkey"), map("Key", "plain")), "Quiet", true)))
                .respond(200, Map.of(), "<DeleteResult/>")
                .call("PutBucketLifecycleConfiguration", map("Bucket", "bucket", "LifecycleConfiguration",
                        map("Rules", List.of(map("Expiration", map("Days", 1), "ID", "r\r1",
                                "Filter", map("Prefix", "logs\n"), "Status", "Enabled")))))
                // Other operations keep their line breaks as the serializer wrote them.
                .call("PutBucketTagging", map("Bucket", "bucket",
                        "Tagging", map("TagSet", List.of(map("Key", "k", "Value", "a\nb")))));
        BotocoreWire.compare(home, List.of(escaped));
    }

    /**
     * Content-MD5: botocore 1.43.107 never computes it (its {@code conditionally_calculate_md5}
     * is kept for compatibility but registered nowhere, and {@code httpChecksumRequired}
     * operations get a CRC32 even with {@code when_required}); boto4j sends what it sends, and no
     * S3 hook adds one. A caller's own Content-MD5 goes as given.
     */
    @Test
    void contentMd5IsNeverComputedOnlyPassedOn() throws Exception {
        Case md5 = new Case("checksum-required operations")
                .call("PutBucketCors", map("Bucket", "bucket", "CORSConfiguration", map("CORSRules",
                        List.of(map("AllowedMethods", List.of("GET"), "AllowedOrigins", List.of("*"))))))
                .call("PutObjectLegalHold", map("Bucket", "bucket", "Key", "k", "LegalHold", map("Status", "ON")))
                .call("PutBucketTagging", map("Bucket", "bucket", "ContentMD5", "given==",
                        "Tagging", map("TagSet", List.of(map("Key", "k", "Value", "v")))));
        BotocoreWire.Outcome[] outcome = BotocoreWire.compare(home, List.of(md5)).get(0);
        for (int i = 0; i < 2; i++) {
            assertTrue(outcome[1].requests().get(i).contains("x-amz-checksum-crc32: "), outcome[1].requests().get(i));
            assertTrue(!outcome[1].requests().get(i).contains("content-md5"), outcome[1].requests().get(i));
        }
        assertTrue(outcome[1].requests().get(2).contains("content-md5: given=="), outcome[1].requests().get(2));
    }

    @Test
    void anUnsignedTrailerSaysSoInItsContentHash() {
        // The built-in checksum hook decides on trailers; stand in for it with the headers it sets.
        Hook trailer = new Hook() {
            @Override
            public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
                attempt.request().headers().set("Content-Encoding", "aws-chunked");
                attempt.request().headers().set("x-amz-trailer", "x-amz-checksum-crc32");
                return CONTINUE;
            }
        };
        ScriptedTransport t = new ScriptedTransport();
        ServiceRuntime anonymous = TestRuntimes.runtime("s3", t,
                ClientConfig.builder().anonymous(true).addHook(trailer), home);
        SdkHttpRequest unsigned = anonymous.dryRun("PutObject", map("Bucket", "bucket", "Key", "k", "Body", "x"))
                .join().request();
        assertEquals("STREAMING-UNSIGNED-PAYLOAD-TRAILER", unsigned.headers().first("X-Amz-Content-SHA256"));
        assertNull(unsigned.headers().first("Authorization"));

        // A signed request's content hash is the signer's: the hook leaves it alone.
        ServiceRuntime signed = TestRuntimes.runtime("s3", t, ClientConfig.builder().addHook(trailer), home);
        SdkHttpRequest request = signed.dryRun("PutObject", map("Bucket", "bucket", "Key", "k", "Body", "x"))
                .join().request();
        assertNotNull(request.headers().first("Authorization"));
        assertTrue(request.headers().first("Authorization").contains("x-amz-content-sha256"));
    }
}
