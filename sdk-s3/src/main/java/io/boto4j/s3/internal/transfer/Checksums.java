package io.boto4j.s3.internal.transfer;

import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.checksums.Checksum;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What transfers do with the core's checksums beyond computing them: the members that carry
 * them, S3's composite checksums of multipart objects, and CRCs of consecutive pieces combined
 * into the CRC of the whole ({@link CrcCombine}), which lets parallel ranges prove a full-object
 * CRC32, CRC32C or CRC64NVME and parts give a multipart upload its full-object CRC.
 */
final class Checksums {
    private Checksums() {
    }

    /** The member that carries an algorithm's checksum in S3's inputs and outputs: {@code ChecksumCRC64NVME}. */
    static String member(String algorithm) {
        return "Checksum" + algorithm.toUpperCase(Locale.ROOT);
    }

    static String member(ChecksumAlgorithm algorithm) {
        return member(algorithm.modelName());
    }

    /** The checksum of {@code bytes}. */
    static byte[] of(ChecksumAlgorithm algorithm, byte[] bytes) {
        Checksum checksum = algorithm.newChecksum();
        checksum.update(bytes);
        return checksum.digest();
    }

    /** Whether checksums of consecutive pieces combine into the checksum of the whole (the CRCs do). */
    static boolean combinable(ChecksumAlgorithm algorithm) {
        return algorithm == ChecksumAlgorithm.CRC32 || algorithm == ChecksumAlgorithm.CRC32C
                || algorithm == ChecksumAlgorithm.CRC64NVME;
    }

    /**
     * The CRC of two consecutive pieces from their CRCs (as S3 encodes them, big-endian):
     * {@code first} of the bytes before, {@code second} of the {@code secondLength} bytes after.
     */
    static byte[] combine(ChecksumAlgorithm algorithm, byte[] first, byte[] second, long secondLength) {
        return switch (algorithm) {
            case CRC32 -> int32(CrcCombine.combine(uint32(first), uint32(second), secondLength, 0xEDB88320L, 32));
            case CRC32C -> int32(CrcCombine.combine(uint32(first), uint32(second), secondLength, 0x82F63B78L, 32));
            case CRC64NVME -> ByteBuffer.allocate(8).putLong(CrcCombine.combine(ByteBuffer.wrap(first).getLong(),
                    ByteBuffer.wrap(second).getLong(), secondLength, 0x9A6C9329AC4BC9B5L, 64)).array();
            default -> throw new IllegalArgumentException(algorithm + " checksums do not combine");
        };
    }

    /**
     * A multipart object's composite checksum as S3 computes it: the algorithm over the parts'
     * checksums concatenated, then {@code -} and the number of parts.
     */
    static String composite(ChecksumAlgorithm algorithm, List<byte[]> partChecksums) {
        Checksum checksum = algorithm.newChecksum();
        partChecksums.forEach(checksum::update);
        return base64(checksum.digest()) + "-" + partChecksums.size();
    }

    static String base64(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    static byte[] fromBase64(String value) {
        return Base64.getDecoder().decode(value);
    }

    private static long uint32(byte[] value) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(value).getInt());
    }

    private static byte[] int32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }
}
