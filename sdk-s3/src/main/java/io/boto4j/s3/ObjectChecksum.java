package io.boto4j.s3;

import java.util.Map;
import java.util.Objects;

/**
 * An object's flexible checksum as S3 reports it.
 *
 * @param algorithm as the models spell it: {@code CRC32}, {@code CRC32C}, {@code CRC64NVME},
 *                  {@code SHA1}, {@code SHA256}, and in the 1.43 models also {@code SHA512},
 *                  {@code MD5}, {@code XXHASH64}, {@code XXHASH3}, {@code XXHASH128}
 * @param value     base64, as S3 sends it; a composite checksum ends with {@code -<parts>}
 * @param type      {@code FULL_OBJECT} (of all the bytes) or {@code COMPOSITE} (of the parts'
 *                  checksums), or null when S3 did not say
 */
public record ObjectChecksum(String algorithm, String value, String type) {
    /**
     * Checks that the algorithm and value are there.
     *
     * @param algorithm the algorithm's name, e.g. {@code CRC32C}
     * @param value     the checksum in base64
     * @param type      {@code FULL_OBJECT}, {@code COMPOSITE} or null
     * @throws NullPointerException when {@code algorithm} or {@code value} is null
     */
    public ObjectChecksum {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether it is a checksum of the parts' checksums rather than of the bytes.
     *
     * @return true when {@code type} is {@code COMPOSITE}, or the value ends with {@code -<parts>}
     *         (S3 does not always send the type)
     */
    public boolean isComposite() {
        return "COMPOSITE".equals(type) || value.matches(".*-\\d+$");
    }

    /**
     * The checksum in an S3 output (PutObject, CompleteMultipartUpload, HeadObject, CopyObject's
     * result...): its first {@code Checksum<ALGORITHM>} member with its {@code ChecksumType}; null
     * when there is none.
     *
     * @param output an operation's output as the clients return it; may be null
     * @return the checksum, or null when the output (or {@code output} itself) has none
     */
    public static ObjectChecksum from(Map<String, ?> output) {
        if (output == null) {
            return null;
        }
        for (Map.Entry<String, ?> e : output.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("Checksum") && !name.equals("ChecksumType") && !name.equals("ChecksumAlgorithm")
                    && !name.equals("ChecksumMode") && e.getValue() instanceof String value) {
                Object type = output.get("ChecksumType");
                return new ObjectChecksum(name.substring("Checksum".length()), value,
                        type instanceof String t ? t : null);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return algorithm + " " + value + (type == null ? "" : " (" + type + ")");
    }
}
