package io.boto4j.core.retry;

import io.boto4j.core.http.Headers;

import java.util.zip.CRC32;

/** The response CRC32 check DynamoDB's retry policies depend on ({@code x-amz-crc32}). */
public final class ResponseChecksums {
    /** The header DynamoDB puts the CRC32 of the response body in. */
    public static final String CRC32_HEADER = "x-amz-crc32";

    private ResponseChecksums() {
    }

    /**
     * True when the response carries {@code x-amz-crc32} and the body's CRC32 differs (or the
     * header is not a number). No header, no mismatch.
     */
    public static boolean crc32Mismatch(Headers headers, byte[] body) {
        String expected = headers.first(CRC32_HEADER);
        if (expected == null) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(body == null ? new byte[0] : body);
        try {
            return crc.getValue() != Long.parseLong(expected.trim());
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
