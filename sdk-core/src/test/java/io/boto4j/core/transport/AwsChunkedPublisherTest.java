package io.boto4j.core.transport;

import io.boto4j.core.auth.signer.AwsChunkedPublisher;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.signer.AwsChunkedEncoder;
import io.boto4j.core.auth.signer.AwsV4Signer;
import io.boto4j.core.auth.signer.StreamingPayload;
import io.boto4j.core.http.SdkHttpRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The publisher with a signed encoder: the body of the Amazon S3 API reference's example
 * "Transferring Payload in Multiple Chunks" (66,560 bytes of 'a', 64 KiB chunks), fed in
 * buffers of 1,000 bytes that do not line up with the chunks.
 */
class AwsChunkedPublisherTest {
    private static final int CHUNK = 64 * 1024;

    @Test
    void signedChunksRegroupedFromOddBuffersMatchThePublishedExample() throws Exception {
        byte[] payload = new byte[CHUNK + 1024];
        Arrays.fill(payload, (byte) 'a');
        SdkHttpRequest request = new SdkHttpRequest("PUT", URI.create("https://s3.amazonaws.com"),
                "/examplebucket/chunkObject.txt");
        request.headers().set("x-amz-storage-class", "REDUCED_REDUNDANCY");
        SigningParams params = SigningParams.builder()
                .credentials(Credentials.of("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .region("us-east-1").signingName("s3").signingTime(Instant.parse("2013-05-24T00:00:00Z"))
                .s3Rules().build();
        AwsChunkedEncoder encoder = AwsV4Signer.create().signChunked(request, params, StreamingPayload.SIGNED,
                payload.length, CHUNK, Map.of());

        AwsChunkedPublisher body = new AwsChunkedPublisher(inPieces(payload, 1000), payload.length, CHUNK,
                () -> encoder, Map::of);
        byte[] sent = Publishers.aggregate(body, -1).get(10, TimeUnit.SECONDS);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(ascii("10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n"));
        expected.writeBytes(Arrays.copyOf(payload, CHUNK));
        expected.writeBytes(ascii("\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n"));
        expected.writeBytes(Arrays.copyOf(payload, 1024));
        expected.writeBytes(ascii("\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n"));
        assertArrayEquals(expected.toByteArray(), sent);
    }

    @Test
    void aShortBodyOfKnownLengthFramesAsOneOfUnknownLength() throws Exception {
        // A known length sizes the chunk's array to the body, not to the chunk size.
        byte[] payload = new byte[1500];
        Arrays.fill(payload, (byte) 'b');
        byte[] known = Publishers.aggregate(new AwsChunkedPublisher(inPieces(payload, 700), payload.length,
                1024 * 1024, AwsChunkedEncoder::unsigned, Map::of), -1).get(10, TimeUnit.SECONDS);
        byte[] unknown = Publishers.aggregate(new AwsChunkedPublisher(inPieces(payload, 700), -1,
                1024 * 1024, AwsChunkedEncoder::unsigned, Map::of), -1).get(10, TimeUnit.SECONDS);
        assertArrayEquals(unknown, known);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(ascii("5dc\r\n"));
        expected.writeBytes(payload);
        expected.writeBytes(ascii("\r\n0\r\n\r\n"));
        assertArrayEquals(expected.toByteArray(), known);
    }

    @Test
    void aChunkSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new AwsChunkedPublisher(Publishers.empty(), 0, 0, AwsChunkedEncoder::unsigned, Map::of));
    }

    /** Emits {@code data} in pieces of {@code piece} bytes, one per request. */
    private static Flow.Publisher<ByteBuffer> inPieces(byte[] data, int piece) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private int at;
            private boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                    if (at == data.length) {
                        done = true;
                        subscriber.onComplete();
                        return;
                    }
                    int len = Math.min(piece, data.length - at);
                    ByteBuffer item = ByteBuffer.wrap(data, at, len);
                    at += len;
                    subscriber.onNext(item);
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
