package io.boto4j.s3.internal.transfer;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The flexible checksums a transfer computes itself, on its blocking executor, as it reads or
 * writes the bytes: the four the JDK has. Another algorithm a caller picks (CRC64NVME) is left to
 * the core's request checksums, and not validated on download.
 *
 * <p>Until the core's checksum package lands; then this becomes a thin view of it.
 */
enum PartChecksum {
    CRC32(0xEDB88320),
    CRC32C(0x82F63B78),
    SHA1("SHA-1"),
    SHA256("SHA-256");

    /** A running checksum. */
    interface Digest {
        void update(ByteBuffer bytes);

        default void update(byte[] bytes, int offset, int length) {
            update(ByteBuffer.wrap(bytes, offset, length));
        }

        /** The checksum of everything given so far, as S3 encodes it before base64 (big-endian for CRCs). */
        byte[] value();
    }

    /** The reflected polynomial of a CRC, 0 for a hash. */
    private final int polynomial;
    private final String jdkName;

    PartChecksum(int polynomial) {
        this.polynomial = polynomial;
        this.jdkName = null;
    }

    PartChecksum(String jdkName) {
        this.polynomial = 0;
        this.jdkName = jdkName;
    }

    /** The algorithm of that name in any case ({@code crc32}, {@code SHA256}), or empty. */
    static Optional<PartChecksum> find(String algorithm) {
        if (algorithm == null) {
            return Optional.empty();
        }
        for (PartChecksum c : values()) {
            if (c.name().equalsIgnoreCase(algorithm)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The member that carries it in S3's inputs and outputs: {@code ChecksumCRC32}. */
    String member() {
        return member(name());
    }

    /** The member for any algorithm name, in the models' spelling: {@code ChecksumCRC64NVME}. */
    static String member(String algorithm) {
        return "Checksum" + algorithm.toUpperCase(Locale.ROOT);
    }

    /** Whether checksums of consecutive pieces combine into the checksum of the whole (CRCs do). */
    boolean combinable() {
        return polynomial != 0;
    }

    Digest newDigest() {
        if (jdkName == null) {
            Checksum crc = this == CRC32 ? new CRC32() : new CRC32C();
            return new Digest() {
                @Override
                public void update(ByteBuffer bytes) {
                    crc.update(bytes);
                }

                @Override
                public byte[] value() {
                    return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
                }
            };
        }
        MessageDigest md = messageDigest();
        return new Digest() {
            @Override
            public void update(ByteBuffer bytes) {
                md.update(bytes);
            }

            @Override
            public byte[] value() {
                return md.digest();
            }
        };
    }

    /** The checksum of {@code bytes}. */
    byte[] of(byte[] bytes, int offset, int length) {
        Digest d = newDigest();
        d.update(bytes, offset, length);
        return d.value();
    }

    /**
     * The CRC of two consecutive pieces from their CRCs: {@code first} of the bytes before,
     * {@code second} of the {@code secondLength} bytes after (4-byte big-endian values).
     */
    byte[] combine(byte[] first, byte[] second, long secondLength) {
        if (!combinable()) {
            throw new IllegalStateException(name() + " checksums do not combine");
        }
        int crc = CrcCombine.combine(ByteBuffer.wrap(first).getInt(), ByteBuffer.wrap(second).getInt(),
                secondLength, polynomial);
        return ByteBuffer.allocate(4).putInt(crc).array();
    }

    /**
     * A multipart object's composite checksum as S3 computes it: this algorithm over the parts'
     * checksums concatenated, then {@code -} and the number of parts.
     */
    String composite(List<byte[]> partChecksums) {
        Digest d = newDigest();
        partChecksums.forEach(c -> d.update(c, 0, c.length));
        return base64(d.value()) + "-" + partChecksums.size();
    }

    static String base64(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    static byte[] fromBase64(String value) {
        return Base64.getDecoder().decode(value);
    }

    private MessageDigest messageDigest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is part of every JDK", e);
        }
    }
}
