package io.boto4j.s3.internal.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an upload sends, request by request: the caller's ExtraArgs sorted into each request as
 * s3transfer sorts them, and the checksum. Unless the caller gives an algorithm or the object's
 * own checksum, every part (or the one PutObject) carries a CRC32, as boto3 with botocore 1.36+
 * sends it. The transfer computes the checksum itself where the JDK can (CRC32, CRC32C, SHA-1,
 * SHA-256) and leaves another algorithm to the core's request checksums.
 */
final class UploadPlan {
    static final String DEFAULT_ALGORITHM = "CRC32";

    private final String bucket;
    private final String key;
    private final Map<String, Object> extra;
    /** The caller's own full-object checksum member (ChecksumCRC32...), or null. */
    private final String givenFullChecksum;
    /** The algorithm of the parts' checksums. */
    private final String algorithm;
    /** The same when the transfer computes it, else null. */
    private final PartChecksum computed;

    UploadPlan(String bucket, String key, Map<String, ?> extraArgs) {
        this.bucket = bucket;
        this.key = key;
        this.extra = new LinkedHashMap<>(extraArgs);
        this.givenFullChecksum = ExtraArgs.FULL_OBJECT_CHECKSUMS.stream().filter(extra::containsKey).findFirst()
                .orElse(null);
        String chosen = extra.get("ChecksumAlgorithm") instanceof String s ? s : null;
        if (givenFullChecksum != null) {
            chosen = givenFullChecksum.substring("Checksum".length());
        } else if (chosen == null) {
            chosen = DEFAULT_ALGORITHM;
            extra.put("ChecksumAlgorithm", chosen);
        }
        this.algorithm = chosen;
        this.computed = PartChecksum.find(chosen).orElse(null);
    }

    /** The algorithm whose checksum the transfer computes for each part, or null (another one, or none). */
    PartChecksum computed() {
        return computed;
    }

    /** The one PutObject of a small upload; {@code checksum} as {@link #computed()} gives it, or null. */
    Map<String, Object> putObject(byte[] body, byte[] checksum) {
        Map<String, Object> params = base();
        params.putAll(ExtraArgs.without(extra, ExtraArgs.NOT_FOR_PUT_OBJECT));
        params.put("Body", body);
        if (givenFullChecksum == null && checksum != null) {
            params.put(computed.member(), PartChecksum.base64(checksum));
        }
        return params;
    }

    Map<String, Object> createMultipartUpload() {
        Map<String, Object> params = base();
        params.putAll(ExtraArgs.without(extra, ExtraArgs.NOT_FOR_CREATE_MULTIPART));
        if (givenFullChecksum != null) {
            // As s3transfer: the caller's checksum of the whole object makes it a full-object upload.
            params.put("ChecksumAlgorithm", algorithm);
            params.put("ChecksumType", "FULL_OBJECT");
        }
        return params;
    }

    Map<String, Object> uploadPart(String uploadId, int partNumber, byte[] body, byte[] checksum) {
        Map<String, Object> params = base();
        params.put("UploadId", uploadId);
        params.put("PartNumber", partNumber);
        params.put("Body", body);
        params.putAll(ExtraArgs.only(extra, ExtraArgs.FOR_UPLOAD_PART));
        params.put("ChecksumAlgorithm", algorithm);
        if (checksum != null) {
            params.put(computed.member(), PartChecksum.base64(checksum));
        }
        return params;
    }

    /** The member that carries the parts' checksums: {@code ChecksumCRC32}. */
    String partChecksumMember() {
        return PartChecksum.member(algorithm);
    }

    /**
     * CompleteMultipartUpload's input beyond the parts. A full-object upload of CRC32 or CRC32C
     * also gets the whole object's CRC, combined from the parts', so S3 checks it.
     */
    Map<String, Object> completeExtra(List<MultipartSession.CompletedPart> parts) {
        Map<String, Object> params = ExtraArgs.only(extra, ExtraArgs.FOR_COMPLETE);
        if (givenFullChecksum != null) {
            params.put("ChecksumType", "FULL_OBJECT");
        } else if ("FULL_OBJECT".equals(extra.get("ChecksumType")) && computed != null && computed.combinable()
                && parts.stream().allMatch(p -> p.checksum() != null)) {
            byte[] whole = null;
            for (MultipartSession.CompletedPart part : parts) {
                byte[] crc = PartChecksum.fromBase64(part.checksum());
                whole = whole == null ? crc : computed.combine(whole, crc, part.size());
            }
            params.put(computed.member(), PartChecksum.base64(whole));
        }
        return params;
    }

    Map<String, Object> abortExtra() {
        return ExtraArgs.only(extra, ExtraArgs.FOR_ABORT);
    }

    String bucket() {
        return bucket;
    }

    String key() {
        return key;
    }

    private Map<String, Object> base() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        return params;
    }
}
