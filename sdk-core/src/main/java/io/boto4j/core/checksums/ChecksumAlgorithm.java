package io.boto4j.core.checksums;

import io.boto4j.core.SdkClientException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The flexible checksum algorithms boto4j computes, named as the models spell them
 * ({@code ChecksumAlgorithm: "CRC64NVME"}) and sent in {@code x-amz-checksum-<name in lower case>}.
 *
 * <p>botocore 1.43.107 supports CRC32, SHA1, SHA256 and SHA512 on its own, and CRC32C and
 * CRC64NVME only with the {@code awscrt} package; boto4j supports all six with the JDK and
 * {@link Crc64Nvme}. The models also name MD5 (not a flexible checksum in botocore either) and
 * the XXHASH family (botocore needs awscrt 0.31.2), which boto4j refuses as unsupported.
 */
public enum ChecksumAlgorithm {
    CRC32(4, () -> new CrcChecksum(new java.util.zip.CRC32())),
    CRC32C(4, () -> new CrcChecksum(new java.util.zip.CRC32C())),
    CRC64NVME(8, Crc64Nvme::new),
    SHA1(20, () -> new DigestChecksum("SHA-1")),
    SHA256(32, () -> new DigestChecksum("SHA-256")),
    SHA512(64, () -> new DigestChecksum("SHA-512"));

    private static final String SUPPORTED = Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final int digestLength;
    private final Supplier<Checksum> factory;
    private final String headerName;

    ChecksumAlgorithm(int digestLength, Supplier<Checksum> factory) {
        this.digestLength = digestLength;
        this.factory = factory;
        this.headerName = "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

    /** The name as models and {@code x-amz-sdk-checksum-algorithm} spell it: {@code CRC64NVME}. */
    public String modelName() {
        return name();
    }

    /** The header (and trailer) that carries the value: {@code x-amz-checksum-crc64nvme}. */
    public String headerName() {
        return headerName;
    }

    /** The checksum's length in bytes. */
    public int digestLength() {
        return digestLength;
    }

    /** The length of the base64 value, which an {@code aws-chunked} length needs up front. */
    public int base64Length() {
        return (digestLength + 2) / 3 * 4;
    }

    /** A new, empty checksum of this algorithm. */
    public Checksum newChecksum() {
        return factory.get();
    }

    /** The base64 checksum of {@code data}, as {@code x-amz-checksum-*} carries it. */
    public String base64Of(byte[] data) {
        Checksum checksum = newChecksum();
        checksum.update(data);
        return checksum.base64();
    }

    /**
     * The algorithm of that name, in any case ({@code crc32c}, {@code CRC32C}).
     *
     * @throws SdkClientException naming the algorithm and the supported ones when unknown
     */
    public static ChecksumAlgorithm of(String name) {
        return find(name).orElseThrow(() -> unsupported(name, null));
    }

    /**
     * As {@link #of(String)}, the error also saying where the name came from, e.g.
     * {@code "s3.PutObject parameter ChecksumAlgorithm"}.
     */
    public static ChecksumAlgorithm of(String name, String source) {
        return find(name).orElseThrow(() -> unsupported(name, source));
    }

    /** The algorithm of that name in any case, or empty. */
    public static Optional<ChecksumAlgorithm> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ChecksumAlgorithm a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The algorithm whose value that header carries ({@code x-amz-checksum-crc32} in any case), or empty. */
    public static Optional<ChecksumAlgorithm> fromHeaderName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (ChecksumAlgorithm a : values()) {
            if (a.headerName.equalsIgnoreCase(header)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static SdkClientException unsupported(String name, String source) {
        return new SdkClientException("Unsupported checksum algorithm '" + name + "'"
                + (source == null ? "" : " in " + source) + " (supported: " + SUPPORTED + ")");
    }
}
