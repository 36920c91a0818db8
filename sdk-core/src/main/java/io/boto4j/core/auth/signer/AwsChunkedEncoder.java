package io.boto4j.core.auth.signer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Frames a body as {@code aws-chunked}, one chunk at a time, without doing any I/O: a transport
 * reads a chunk of the payload, asks for its framed bytes, writes them, and at the end writes
 * {@link #finish(Map)}. Memory stays bounded by one chunk, and the same object serves the
 * Vert.x stream and the blocking {@code InputStream}.
 *
 * <p>Signed forms chain each chunk's signature from the previous one, starting at the seed
 * (the request's own signature), so chunks must be framed in order and exactly once. For a
 * known {@code Content-Length} every chunk but the last must hold exactly the chunk size the
 * length was computed with ({@link #encodedLength}). Not thread-safe: one body, one encoder.
 */
public final class AwsChunkedEncoder {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final String CHUNK_SIGNATURE = ";chunk-signature=";
    private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature:";
    private static final int SIGNATURE_HEX_LENGTH = 64;

    private final StreamingPayload mode;
    private final byte[] signingKey;
    private final String amzDate;
    private final String scope;
    private String previousSignature;
    private boolean finished;

    /** For the signers: the seed signature and the key material of the request's signature. */
    AwsChunkedEncoder(StreamingPayload mode, byte[] signingKey, String amzDate, String scope,
            String seedSignature) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.signingKey = signingKey;
        this.amzDate = amzDate;
        this.scope = scope;
        this.previousSignature = seedSignature;
    }

    /**
     * An encoder for {@link StreamingPayload#UNSIGNED_WITH_TRAILER}, which needs no keys.
     *
     * @return a new encoder
     */
    public static AwsChunkedEncoder unsigned() {
        return new AwsChunkedEncoder(StreamingPayload.UNSIGNED_WITH_TRAILER, null, null, null, null);
    }

    /**
     * The aws-chunked form this encoder frames.
     *
     * @return the form, never null
     */
    public StreamingPayload mode() {
        return mode;
    }

    /**
     * The framed bytes of one data chunk; {@code len} must be positive (the end is {@link #finish}).
     *
     * @param data holds the chunk's data
     * @param off the index of the chunk's first byte in {@code data}
     * @param len the chunk's length in bytes
     * @return a new array: the chunk header (size, and signature for a signed form), the data, CRLF
     * @throws IndexOutOfBoundsException when the range is outside {@code data}
     * @throws IllegalArgumentException when {@code len} is 0
     * @throws IllegalStateException when {@link #finish} was called already
     */
    public byte[] encodeChunk(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        if (len == 0) {
            throw new IllegalArgumentException("an empty chunk ends the body: call finish()");
        }
        if (finished) {
            throw new IllegalStateException("the body is already finished");
        }
        byte[] head = chunkHeader(len, data, off);
        byte[] out = new byte[head.length + len + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, off, out, head.length, len);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    /**
     * The framed bytes of one data chunk holding all of {@code data}.
     *
     * @param data the chunk's data, not empty
     * @return a new array: the chunk header, the data, CRLF
     * @throws IllegalArgumentException when {@code data} is empty
     * @throws IllegalStateException when {@link #finish} was called already
     */
    public byte[] encodeChunk(byte[] data) {
        return encodeChunk(data, 0, data.length);
    }

    /**
     * For transports that write the data from their own buffer without copying: the bytes
     * that go before one chunk's data (the data's {@code remaining()} bytes, which are read but
     * not consumed). Write them, then the data, then {@link #chunkEnd()}.
     *
     * @param data the chunk's data between position and limit; its position is not moved
     * @return the chunk header: the hex size, and for a signed form the chunk's signature, then CRLF
     * @throws IllegalArgumentException when {@code data} has no remaining bytes
     * @throws IllegalStateException when {@link #finish} was called already
     */
    public byte[] chunkHeader(ByteBuffer data) {
        int len = data.remaining();
        if (len == 0) {
            throw new IllegalArgumentException("an empty chunk ends the body: call finish()");
        }
        if (finished) {
            throw new IllegalStateException("the body is already finished");
        }
        String size = Integer.toHexString(len);
        if (!mode.signedChunks()) {
            return (size + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        MessageDigest md = Hashing.sha256();
        md.update(data.duplicate());
        return signedHeader(size, Hashing.hex(md.digest()));
    }

    /**
     * The CRLF that closes every data chunk.
     *
     * @return a new two-byte array
     */
    public static byte[] chunkEnd() {
        return CRLF.clone();
    }

    /**
     * The final zero-length chunk, then the trailing headers (in the order given) and, for
     * the signed form, their signature. {@code trailers} must be empty unless the form has a
     * trailer.
     *
     * @param trailers trailing header names (sent lowercased) and values, e.g. a
     *                 {@code x-amz-checksum-crc32} and its base64 value
     * @return the bytes that end the body
     * @throws IllegalArgumentException when trailers are given to a form without trailer
     * @throws IllegalStateException when called a second time
     */
    public byte[] finish(Map<String, String> trailers) {
        if (finished) {
            throw new IllegalStateException("the body is already finished");
        }
        if (!mode.hasTrailer() && !trailers.isEmpty()) {
            throw new IllegalArgumentException(mode + " carries no trailing headers");
        }
        finished = true;
        StringBuilder sb = new StringBuilder(128);
        sb.append(new String(chunkHeader(0, new byte[0], 0), StandardCharsets.US_ASCII));
        if (!mode.hasTrailer()) {
            return sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        }
        StringBuilder canonical = new StringBuilder(64);
        for (Map.Entry<String, String> t : trailers.entrySet()) {
            String name = t.getKey().toLowerCase(Locale.ROOT);
            String value = CanonicalRequest.trimAll(t.getValue());
            sb.append(name).append(':').append(value).append("\r\n");
            canonical.append(name).append(':').append(value).append('\n');
        }
        if (mode.signedChunks()) {
            String sts = "AWS4-HMAC-SHA256-TRAILER\n" + amzDate + '\n' + scope + '\n'
                    + previousSignature + '\n' + Hashing.sha256Hex(canonical.toString());
            previousSignature = Hashing.hex(Hashing.hmac(signingKey, sts));
            sb.append(TRAILER_SIGNATURE).append(previousSignature).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] chunkHeader(int len, byte[] data, int off) {
        String size = Integer.toHexString(len);
        if (!mode.signedChunks()) {
            return (size + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        return signedHeader(size, Hashing.sha256Hex(data, off, len));
    }

    /** Signs one chunk (chained from the previous signature) and frames its header. */
    private byte[] signedHeader(String size, String dataHash) {
        String sts = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + '\n' + scope + '\n' + previousSignature
                + '\n' + Hashing.EMPTY_SHA256 + '\n' + dataHash;
        previousSignature = Hashing.hex(Hashing.hmac(signingKey, sts));
        return (size + CHUNK_SIGNATURE + previousSignature + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The encoded body's length for a payload of {@code decodedLength} bytes cut into chunks
     * of {@code chunkSize} (the last may be shorter), with trailing headers of the given names
     * and value lengths ({@code x-amz-checksum-crc32} → 8, ...).
     *
     * @param mode the aws-chunked form
     * @param decodedLength the payload's length in bytes, 0 or more
     * @param chunkSize the data bytes of every chunk but the last, positive
     * @param trailerValueLengths trailing header names and the lengths of their values
     *                            (ignored for a form without trailer)
     * @return the {@code Content-Length} of the encoded body in bytes
     * @throws IllegalArgumentException when {@code decodedLength} is negative or {@code chunkSize} not positive
     */
    public static long encodedLength(StreamingPayload mode, long decodedLength, int chunkSize,
            Map<String, Integer> trailerValueLengths) {
        if (decodedLength < 0 || chunkSize <= 0) {
            throw new IllegalArgumentException("length " + decodedLength + ", chunk size " + chunkSize);
        }
        long fullChunks = decodedLength / chunkSize;
        int rest = (int) (decodedLength % chunkSize);
        long length = fullChunks * chunkLength(mode, chunkSize);
        if (rest > 0) {
            length += chunkLength(mode, rest);
        }
        // The zero-length chunk: its header without data or the CRLF after the data.
        length += chunkLength(mode, 0) - CRLF.length;
        if (mode.hasTrailer()) {
            for (Map.Entry<String, Integer> t : trailerValueLengths.entrySet()) {
                length += t.getKey().length() + 1 + t.getValue() + CRLF.length;
            }
            if (mode.signedChunks()) {
                length += TRAILER_SIGNATURE.length() + SIGNATURE_HEX_LENGTH + CRLF.length;
            }
        }
        return length + CRLF.length;
    }

    private static long chunkLength(StreamingPayload mode, int dataLength) {
        long header = Integer.toHexString(dataLength).length() + CRLF.length;
        if (mode.signedChunks()) {
            header += CHUNK_SIGNATURE.length() + SIGNATURE_HEX_LENGTH;
        }
        return header + dataLength + CRLF.length;
    }

    /** Mode only: the chained signatures and the key stay private. */
    @Override
    public String toString() {
        return "AwsChunkedEncoder[" + mode + (finished ? ", finished]" : "]");
    }
}
