package io.boto4j.core.checksums;

/**
 * MD5 for {@code Content-MD5} (operations with the {@code httpChecksumRequired} trait when no
 * flexible checksum is sent) and for S3's SSE-C key digests. Not a flexible checksum
 * algorithm: S3 does not accept {@code x-amz-checksum-md5}.
 */
public final class ContentMd5 {
    private ContentMd5() {
    }

    /**
     * A new, empty MD5 checksum.
     *
     * @return a fresh instance for one body, not thread-safe
     */
    public static Checksum newChecksum() {
        return new DigestChecksum("MD5");
    }

    /**
     * The base64 MD5 of {@code data}: the value of {@code Content-MD5}.
     *
     * @param data the whole body (or, for SSE-C, the raw key)
     * @return the padded, standard base64 of the 16-byte digest
     */
    public static String base64Of(byte[] data) {
        Checksum md5 = newChecksum();
        md5.update(data);
        return md5.base64();
    }
}
