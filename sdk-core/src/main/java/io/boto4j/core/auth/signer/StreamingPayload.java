package io.boto4j.core.auth.signer;

/**
 * The aws-chunked body forms: what goes in {@code x-amz-content-sha256} and how each chunk is
 * framed. See {@link AwsChunkedEncoder}.
 */
public enum StreamingPayload {
    /** Every chunk signed, the signatures chained from the seed (request) signature. */
    SIGNED("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", true, false),
    /** Signed chunks, then trailing headers (a checksum) signed by {@code x-amz-trailer-signature}. */
    SIGNED_WITH_TRAILER("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", true, true),
    /** Unsigned chunks and a trailing checksum: what botocore sends over https by default. */
    UNSIGNED_WITH_TRAILER("STREAMING-UNSIGNED-PAYLOAD-TRAILER", false, true);

    private final String contentSha256;
    private final boolean signedChunks;
    private final boolean trailer;

    StreamingPayload(String contentSha256, boolean signedChunks, boolean trailer) {
        this.contentSha256 = contentSha256;
        this.signedChunks = signedChunks;
        this.trailer = trailer;
    }

    /**
     * The value of {@code x-amz-content-sha256} for this form.
     *
     * @return e.g. {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}
     */
    public String contentSha256() {
        return contentSha256;
    }

    /**
     * Whether each chunk carries a {@code chunk-signature}.
     *
     * @return true for the two {@code STREAMING-AWS4-HMAC-SHA256} forms
     */
    public boolean signedChunks() {
        return signedChunks;
    }

    /**
     * Whether trailing headers (a checksum) follow the last chunk.
     *
     * @return true for the {@code -TRAILER} forms
     */
    public boolean hasTrailer() {
        return trailer;
    }
}
