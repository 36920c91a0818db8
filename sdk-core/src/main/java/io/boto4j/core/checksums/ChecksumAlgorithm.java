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
    /** CRC-32 (ISO-HDLC, as {@link java.util.zip.CRC32}), 4 bytes. */
    CRC32(4, () -> new CrcChecksum(new java.util.zip.CRC32())),
    /** CRC-32C (Castagnoli, as {@link java.util.zip.CRC32C}), 4 bytes. */
    CRC32C(4, () -> new CrcChecksum(new java.util.zip.CRC32C())),
    /** CRC-64/NVME ({@link Crc64Nvme}), 8 bytes. */
    CRC64NVME(8, Crc64Nvme::new),
    /** SHA-1, 20 bytes. */
    SHA1(20, () -> new DigestChecksum("SHA-1")),
    /** SHA-256, 32 bytes. */
    SHA256(32, () -> new DigestChecksum("SHA-256")),
    /** SHA-512, 64 bytes. */
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

    /**
     * The name as models and {@code x-amz-sdk-checksum-algorithm} spell it.
     *
     * @return the constant's name, upper case, e.g. {@code CRC64NVME}
     */
    public String modelName() {
        return name();
    }

    /**
     * The header (and trailer) that carries the value.
     *
     * @return {@code x-amz-checksum-} and the name in lower case, e.g. {@code x-amz-checksum-crc64nvme}
     */
    public String headerName() {
        return headerName;
    }

    /**
     * The checksum's length.
     *
     * @return the length of {@link Checksum#digest()} in bytes, 4 to 64
     */
    public int digestLength() {
        return digestLength;
    }

    /**
     * The length of the base64 value, which an {@code aws-chunked} length needs up front.
     *
     * @return the number of characters of the padded base64 value
     */
    public int base64Length() {
        return (digestLength + 2) / 3 * 4;
    }

    /**
     * A new, empty checksum of this algorithm.
     *
     * @return a fresh instance for one body, not thread-safe
     */
    public Checksum newChecksum() {
        return factory.get();
    }

    /**
     * The base64 checksum of {@code data}, as {@code x-amz-checksum-*} carries it.
     *
     * @param data the whole body
     * @return the padded, standard base64 of the digest
     */
    public String base64Of(byte[] data) {
        Checksum checksum = newChecksum();
        checksum.update(data);
        return checksum.base64();
    }

    /**
     * The algorithm of that name, in any case ({@code crc32c}, {@code CRC32C}).
     *
     * @param name the algorithm's name as a model or a caller spells it
     * @return the algorithm, never null
     * @throws SdkClientException naming the algorithm and the supported ones when unknown
     */
    public static ChecksumAlgorithm of(String name) {
        return find(name).orElseThrow(() -> unsupported(name, null));
    }

    /**
     * As {@link #of(String)}, the error also saying where the name came from, e.g.
     * {@code "s3.PutObject parameter ChecksumAlgorithm"}.
     *
     * @param name   the algorithm's name, in any case
     * @param source where the name came from, for the error message; null to leave it out
     * @return the algorithm, never null
     * @throws SdkClientException naming the algorithm, the source and the supported ones when unknown
     */
    public static ChecksumAlgorithm of(String name, String source) {
        return find(name).orElseThrow(() -> unsupported(name, source));
    }

    /**
     * The algorithm of that name in any case, or empty.
     *
     * @param name the algorithm's name; null gives empty
     * @return the algorithm, or empty when the name is null or unknown (MD5 and XXHASH included)
     */
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

    /**
     * The algorithm whose value that header carries, or empty.
     *
     * @param header a header name such as {@code x-amz-checksum-crc32}, in any case; null gives empty
     * @return the algorithm, or empty when the header is no supported checksum header
     */
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
