package io.boto4j.core.checksums;

import io.boto4j.core.auth.signer.AwsChunkedEncoder;
import io.boto4j.core.auth.signer.StreamingPayload;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.auth.signer.AwsChunkedPublisher;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request body sent as botocore 1.36+ sends a streaming input's checksum over https: the
 * payload {@code aws-chunked} with unsigned chunks, its checksum computed while it flows and
 * sent after it as the trailer {@code x-amz-checksum-<alg>:<base64>}; the request says
 * {@code x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER} (see {@link #applyHeaders}).
 *
 * <p>The bytes are botocore's for the same payload and chunk size: {@code <hex size>\r\n<data>\r\n}
 * per chunk, then {@code 0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n}. Unlike botocore, which
 * sends {@code Transfer-Encoding: chunked}, a payload of known length gets its exact encoded
 * {@code Content-Length} (as the AWS SDK for Java v2 does), which every chunk but the last
 * having {@link #chunkSize()} bytes makes possible.
 *
 * <p>Memory stays at one chunk (see {@link AwsChunkedPublisher}). Replayable when the payload
 * is; each subscription computes the checksum anew.
 */
public final class TrailingChecksumBody implements RequestBody {
    /** botocore's chunk size ({@code AwsChunkedWrapper._DEFAULT_CHUNK_SIZE}): 1 MiB. */
    public static final int DEFAULT_CHUNK_SIZE = 1024 * 1024;
    /** S3's smallest chunk but the last: 8 KiB. */
    public static final int MIN_CHUNK_SIZE = 8 * 1024;

    private final RequestBody payload;
    private final ChecksumAlgorithm algorithm;
    private final int chunkSize;
    private final long encodedLength;
    private volatile String lastChecksum;

    private TrailingChecksumBody(RequestBody payload, ChecksumAlgorithm algorithm, int chunkSize) {
        this.payload = Objects.requireNonNull(payload, "payload");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (chunkSize < MIN_CHUNK_SIZE) {
            throw new IllegalArgumentException("aws-chunked chunks must hold at least " + MIN_CHUNK_SIZE
                    + " bytes (S3's minimum), got " + chunkSize);
        }
        this.chunkSize = chunkSize;
        long decoded = payload.contentLength();
        this.encodedLength = decoded < 0 ? -1 : AwsChunkedEncoder.encodedLength(StreamingPayload.UNSIGNED_WITH_TRAILER,
                decoded, chunkSize, Map.of(algorithm.headerName(), algorithm.base64Length()));
    }

    /**
     * The payload with its {@code algorithm} checksum as trailer, in botocore's 1 MiB chunks.
     *
     * @param payload   the body to send; its length, when known, gives the encoded length
     * @param algorithm the checksum to compute and send as trailer
     * @return the encoded body
     * @throws NullPointerException when an argument is null
     */
    public static TrailingChecksumBody of(RequestBody payload, ChecksumAlgorithm algorithm) {
        return new TrailingChecksumBody(payload, algorithm, DEFAULT_CHUNK_SIZE);
    }

    /**
     * As {@link #of(RequestBody, ChecksumAlgorithm)} with chunks of {@code chunkSize} bytes.
     *
     * @param payload   the body to send; its length, when known, gives the encoded length
     * @param algorithm the checksum to compute and send as trailer
     * @param chunkSize the bytes of every chunk but the last, at least {@link #MIN_CHUNK_SIZE}
     * @return the encoded body
     * @throws IllegalArgumentException when {@code chunkSize} is below {@link #MIN_CHUNK_SIZE}
     * @throws NullPointerException     when {@code payload} or {@code algorithm} is null
     */
    public static TrailingChecksumBody of(RequestBody payload, ChecksumAlgorithm algorithm, int chunkSize) {
        return new TrailingChecksumBody(payload, algorithm, chunkSize);
    }

    /** The encoded length (what {@code Content-Length} must say), or -1 when the payload's is unknown. */
    @Override
    public long contentLength() {
        return encodedLength;
    }

    /**
     * The payload's length ({@code x-amz-decoded-content-length}), or -1 when unknown.
     *
     * @return the payload's length in bytes before encoding, or -1
     */
    public long decodedContentLength() {
        return payload.contentLength();
    }

    @Override
    public boolean replayable() {
        return payload.replayable();
    }

    /**
     * The checksum sent in the trailer.
     *
     * @return the algorithm given to {@code of}
     */
    public ChecksumAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The size of every chunk but the last.
     *
     * @return the chunk size in bytes: {@link #DEFAULT_CHUNK_SIZE} unless given to {@code of}
     */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * The checksum (base64) the last subscription sent in its trailer, or null before one got
     * that far: a multipart upload lists each part's checksum in CompleteMultipartUpload.
     * Safe to read from any thread.
     *
     * @return the base64 checksum, or null
     */
    public String lastChecksum() {
        return lastChecksum;
    }

    @Override
    public Flow.Publisher<ByteBuffer> publisher() {
        return subscriber -> {
            AtomicReference<String> checksum = new AtomicReference<>();
            Flow.Publisher<ByteBuffer> summed = ChecksumPublishers.checksumming(payload.publisher(), algorithm, value -> {
                checksum.set(value);
                lastChecksum = value;
            });
            new AwsChunkedPublisher(summed, payload.contentLength(), chunkSize, AwsChunkedEncoder::unsigned,
                    () -> Map.of(algorithm.headerName(), checksum.get())).subscribe(subscriber);
        };
    }

    /**
     * Sets the headers this body needs, as botocore's {@code _apply_request_trailer_checksum}
     * does: {@code Content-Encoding} gets {@code aws-chunked} appended to what it says,
     * {@code X-Amz-Trailer} names the checksum header, {@code X-Amz-Decoded-Content-Length} gives
     * the payload's length when known, and {@code X-Amz-Content-SHA256} says
     * {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER} (the signer must sign that value rather than hash
     * the body). {@code Content-Length} becomes the encoded length when known and is removed
     * otherwise (the transport then sends {@code Transfer-Encoding: chunked}).
     *
     * @param headers the request's headers, changed in place
     */
    public void applyHeaders(Headers headers) {
        String encoding = headers.first("Content-Encoding");
        headers.set("Content-Encoding", encoding == null || encoding.isEmpty() ? "aws-chunked" : encoding + ",aws-chunked");
        headers.set("X-Amz-Trailer", algorithm.headerName());
        long decoded = payload.contentLength();
        if (decoded >= 0) {
            headers.set("X-Amz-Decoded-Content-Length", Long.toString(decoded));
            headers.set("Content-Length", Long.toString(encodedLength));
        } else {
            headers.remove("X-Amz-Decoded-Content-Length");
            headers.remove("Content-Length");
        }
        headers.set("X-Amz-Content-SHA256", StreamingPayload.UNSIGNED_WITH_TRAILER.contentSha256());
    }

    @Override
    public String toString() {
        return "TrailingChecksumBody[" + algorithm + ", " + payload + ", chunks of " + chunkSize + "]";
    }
}
