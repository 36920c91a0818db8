package io.boto4j.core.retry;

import io.boto4j.core.checksums.Checksum;
import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.http.Headers;

import java.nio.ByteBuffer;

/** The response CRC32 check DynamoDB's retry policies depend on ({@code x-amz-crc32}). */
public final class ResponseChecksums {
    /** The header DynamoDB puts the CRC32 of the response body in. */
    public static final String CRC32_HEADER = "x-amz-crc32";

    private ResponseChecksums() {
    }

    /**
     * True when the response carries {@code x-amz-crc32} and the body's CRC32 differs (or the
     * header is not a number). No header, no mismatch.
     *
     * @param headers the response headers
     * @param body the whole response body as received, or null for none
     * @return whether the check failed
     */
    public static boolean crc32Mismatch(Headers headers, byte[] body) {
        String expected = headers.first(CRC32_HEADER);
        if (expected == null) {
            return false;
        }
        Checksum crc32 = ChecksumAlgorithm.CRC32.newChecksum();
        if (body != null) {
            crc32.update(body);
        }
        // DynamoDB sends the CRC as an unsigned decimal number, not as S3's base64 bytes.
        long actual = Integer.toUnsignedLong(ByteBuffer.wrap(crc32.digest()).getInt());
        try {
            return actual != Long.parseLong(expected.trim());
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
