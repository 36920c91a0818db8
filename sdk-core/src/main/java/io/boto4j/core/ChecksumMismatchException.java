package io.boto4j.core;


/**
 * A body's checksum differs from the one the service sent: the bytes were damaged on the way.
 * The body must not be used; the call may be tried again. Checksums are not secrets, so the
 * message names the algorithm and both values.
 */
public final class ChecksumMismatchException extends SdkClientException {
    private static final long serialVersionUID = 1L;
    /** The algorithm's name. */
    private final String algorithm;
    /** The value the service sent (base64). */
    private final String expected;
    /** The value computed over the bytes received (base64). */
    private final String computed;

    /**
     * A checksum mismatch; the message names the algorithm and both values.
     *
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

    /**
     * The algorithm's name, as the models spell it.
     *
     * @return the name, e.g. {@code CRC32C}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The value the service sent (base64).
     *
     * @return the expected checksum, base64-encoded
     */
    public String expected() {
        return expected;
    }

    /**
     * The value computed over the bytes received (base64).
     *
     * @return the computed checksum, base64-encoded
     */
    public String computed() {
        return computed;
    }
}
