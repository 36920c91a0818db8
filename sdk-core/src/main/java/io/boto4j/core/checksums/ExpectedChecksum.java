package io.boto4j.core.checksums;

import io.boto4j.core.ChecksumMismatchException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * The checksum a response says its body has: the algorithm and the base64 value of its
 * {@code x-amz-checksum-*} header. Chosen by {@link ResponseChecksumRules#select}.
 *
 * @param algorithm the algorithm the header names
 * @param value     the header's value as received: base64, not checked until compared
 */
public record ExpectedChecksum(ChecksumAlgorithm algorithm, String value) {

    /**
     * Checks that both components are present.
     *
     * @param algorithm the algorithm the header names
     * @param value     the header's value as received
     * @throws NullPointerException when {@code algorithm} or {@code value} is null
     */
    public ExpectedChecksum {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Checks a body held in memory (botocore's {@code _handle_bytes_response}).
     *
     * @param body the whole response body
     * @throws ChecksumMismatchException when the body's checksum differs
     */
    public void verify(byte[] body) {
        Checksum checksum = algorithm.newChecksum();
        checksum.update(body);
        byte[] computed = checksum.digest();
        if (!matches(computed)) {
            throw mismatch(computed);
        }
    }

    /**
     * A streamed body that passes the bytes on and, at its end, fails with
     * {@link ChecksumMismatchException} instead of completing when their checksum differs
     * (botocore's {@code StreamingChecksumBody}). Back-pressure and cancellation pass through.
     *
     * @param body the response body as received; subscribed once, when the result is
     * @return a publisher of the same bytes that fails at the end on a mismatch
     */
    public Flow.Publisher<ByteBuffer> validating(Flow.Publisher<ByteBuffer> body) {
        return ChecksumPublishers.validating(body, this);
    }

    /**
     * Whether {@code computed} is the expected value. botocore compares the bytes of the
     * decoded header, and Python's decoder skips characters outside the base64 alphabet, as the
     * MIME decoder does; a value that cannot be decoded at all matches nothing.
     */
    boolean matches(byte[] computed) {
        try {
            return Arrays.equals(computed, Base64.getMimeDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    ChecksumMismatchException mismatch(byte[] computed) {
        return new ChecksumMismatchException(algorithm.modelName(), value, Base64.getEncoder().encodeToString(computed));
    }
}
