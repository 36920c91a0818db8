package io.boto4j.core.checksums;

import io.boto4j.core.SdkClientException;

/**
 * A body's checksum differs from the one the service sent: the bytes were damaged on the way.
 * The body must not be used; the call may be tried again. Checksums are not secrets, so the
 * message names the algorithm and both values.
 */
public final class ChecksumMismatchException extends SdkClientException {
    private final String algorithm;
    private final String expected;
    private final String computed;

    /**
     * @param algorithm the algorithm's name ({@code CRC32C}, {@code MD5})
     * @param expected  the value the service sent (base64)
     * @param computed  the value of the bytes received (base64)
     */
    public ChecksumMismatchException(String algorithm, String expected, String computed) {
        super(algorithm + " checksum mismatch: the service sent " + expected + ", the body received has "
                + computed + "; the body is damaged and was not used");
        this.algorithm = algorithm;
        this.expected = expected;
        this.computed = computed;
    }

    /** The algorithm's name, as the models spell it. */
    public String algorithm() {
        return algorithm;
    }

    /** The value the service sent (base64). */
    public String expected() {
        return expected;
    }

    /** The value computed over the bytes received (base64). */
    public String computed() {
        return computed;
    }
}
