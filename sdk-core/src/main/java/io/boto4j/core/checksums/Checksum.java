package io.boto4j.core.checksums;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A checksum computed incrementally over a body. One body, one instance: not thread-safe.
 * Get one from {@link ChecksumAlgorithm#newChecksum()} or {@link ContentMd5#newChecksum()}.
 */
public interface Checksum {

    /**
     * Adds {@code len} bytes of {@code data} from {@code off}.
     *
     * @param data the bytes to add; not kept after the call
     * @param off  the index of the first byte to add
     * @param len  how many bytes to add
     */
    void update(byte[] data, int off, int len);

    /**
     * Adds all of {@code data}.
     *
     * @param data the bytes to add; not kept after the call
     */
    default void update(byte[] data) {
        update(data, 0, data.length);
    }

    /**
     * Adds the {@code remaining()} bytes of {@code data} and, as the JDK's checksums and
     * digests do, moves its position to its limit; pass a {@code duplicate()} to leave a buffer
     * that is still to be sent untouched.
     *
     * @param data the buffer whose remaining bytes to add
     */
    void update(ByteBuffer data);

    /**
     * The checksum of everything added since creation or the last {@link #reset()}, as the
     * bytes AWS sends (CRCs big-endian), after which the checksum starts over.
     *
     * @return a new array of the algorithm's digest length
     */
    byte[] digest();

    /**
     * {@link #digest()} as base64, the form of {@code x-amz-checksum-*} and {@code Content-MD5};
     * like {@code digest()}, it starts the checksum over.
     *
     * @return the padded, standard base64 of the digest
     */
    default String base64() {
        return Base64.getEncoder().encodeToString(digest());
    }

    /** Forgets every byte added, as a new instance would. */
    void reset();
}
