package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.Publishers;
import io.boto4j.services.internal.glacier.TreeHash;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glacier's requests as botocore 1.43.107 sends them. */
class GlacierPluginTest {
    private static final int MIB = 1024 * 1024;

    @Test
    void everyRequestCarriesTheApiVersionAndTheCallersAccountByDefault() {
        new Wire.Case("glacier")
                .call("ListVaults", Map.of())
                .call("DescribeVault", Map.of("vaultName", "photos", "accountId", "123456789012"))
                .run().assertSame();
    }

    @Test
    void anArchiveGoesWithItsSha256AndTreeHash() {
        new Wire.Case("glacier")
                .call("UploadArchive", Map.of("vaultName", "photos", "body", "hello glacier".getBytes()))
                .call("UploadArchive", Map.of("vaultName", "photos", "body", new byte[0]))
                .run().assertSame();
    }

    @Test
    void aPartOfSeveralMebibytesHasTheTreeHashOfItsChunksAndAGivenChecksumIsKept() {
        byte[] part = bytes(2 * MIB + 12345);
        new Wire.Case("glacier")
                .call("UploadMultipartPart", Params.of("vaultName", "photos", "uploadId", "u1",
                        "range", "bytes 0-" + (part.length - 1) + "/*", "body", part))
                .call("UploadMultipartPart", Params.of("vaultName", "photos", "uploadId", "u1",
                        "checksum", "0123456789abcdef", "body", part))
                .run().assertSame();
    }

    @Test
    void aReplayableStreamIsReadForItsHashesThenSentWhole() {
        byte[] archive = bytes(MIB + 7);
        Wire.Run run = new Wire.Case("glacier")
                .call("UploadArchive", Map.of("vaultName", "photos", "body", archive))
                .run();
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        try (var runtime = new Wire.Case("glacier").runtime(transport)) {
            runtime.invoke("UploadArchive", Map.of("vaultName", "photos", "body", stream(archive, true))).join();
        }
        var sent = transport.sent().get(0).request();
        var botocore = run.botocore().get(0).headers();
        assertEquals(botocore.get("x-amz-sha256-tree-hash"), sent.headers().first("x-amz-sha256-tree-hash"));
        assertEquals(botocore.get("x-amz-content-sha256"), sent.headers().first("x-amz-content-sha256"));
        assertEquals(archive.length, Publishers.aggregate(sent.body().publisher(), -1).join().length);
    }

    @Test
    void aStreamReadableOnlyOnceIsRefusedBeforeAnyIo() {
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        try (var runtime = new Wire.Case("glacier").runtime(transport)) {
            CompletionException e = assertThrows(CompletionException.class, () -> runtime.invoke("UploadArchive",
                    Map.of("vaultName", "photos", "body", stream(bytes(10), false))).join());
            ParamValidationException problem = assertInstanceOf(ParamValidationException.class, e.getCause());
            assertTrue(problem.getMessage().contains("can be read only once"), problem.getMessage());
        }
        assertEquals(List.of(), transport.sent());
    }

    @Test
    void presignedUrlsCarryTheAccountButNoVersionHeader() {
        PresignCases.assertSameAsBotocore("glacier", "ListVaults", Map.of());
    }

    @Test
    void treeHashesAreBotocoresForSizesAroundTheMebibyteChunks() {
        List<byte[]> bodies = List.of(new byte[0], bytes(1), bytes(MIB - 1), bytes(MIB), bytes(MIB + 1),
                bytes(3 * MIB + 5), bytes(4 * MIB));
        List<String> encoded = bodies.stream().map(b -> Base64.getEncoder().encodeToString(b)).toList();
        JsonNode python = Botocore.answer("botocore_services.py", Map.of("kind", "python", "function", "tree_hash", "values", encoded));
        for (int i = 0; i < bodies.size(); i++) {
            TreeHash hash = new TreeHash();
            // In uneven pieces, as a stream delivers them.
            byte[] body = bodies.get(i);
            for (int at = 0; at < body.length; at += 300_001) {
                hash.update(ByteBuffer.wrap(body, at, Math.min(300_001, body.length - at)));
            }
            JsonNode expected = python.get("results").get(i).get("value");
            assertEquals(expected.get(0).asText(), hash.linearHash(), "SHA-256 of " + body.length + " bytes");
            assertEquals(expected.get(1).asText(), hash.treeHash(), "tree hash of " + body.length + " bytes");
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** A body that streams in 64 KiB pieces, replayable or not. */
    private static RequestBody stream(byte[] bytes, boolean replayable) {
        return new RequestBody() {
            @Override
            public long contentLength() {
                return bytes.length;
            }

            @Override
            public boolean replayable() {
                return replayable;
            }

            @Override
            public Flow.Publisher<ByteBuffer> publisher() {
                List<ByteBuffer> pieces = new ArrayList<>();
                for (int at = 0; at < bytes.length; at += 65536) {
                    pieces.add(ByteBuffer.wrap(bytes, at, Math.min(65536, bytes.length - at)));
                }
                return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
                    private int next;

                    @Override
                    public void request(long n) {
                        for (long i = 0; i < n && next < pieces.size(); i++) {
                            subscriber.onNext(pieces.get(next++));
                        }
                        if (next == pieces.size()) {
                            next++;
                            subscriber.onComplete();
                        }
                    }

                    @Override
                    public void cancel() {
                        next = pieces.size() + 1;
                    }
                });
            }
        };
    }
}
