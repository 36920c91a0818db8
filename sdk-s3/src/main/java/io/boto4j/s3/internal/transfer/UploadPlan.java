package io.boto4j.s3.internal.transfer;

import io.boto4j.core.checksums.ChecksumAlgorithm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an upload sends, request by request: the caller's ExtraArgs sorted into each request as
 * s3transfer sorts them, and the checksum. Unless the caller gives an algorithm or the object's
 * own checksum, every part (or the one PutObject) carries a CRC32, as boto3 with botocore 1.36+
 * sends it. The transfer computes the checksums itself (with the core's algorithms), on its
 * blocking executor; an algorithm the core lacks (MD5, XXHASH) is only named, for S3 to refuse.
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
    private final ChecksumAlgorithm computed;

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
        this.computed = ChecksumAlgorithm.find(chosen).orElse(null);
    }

    /** The algorithm whose checksum the transfer computes for each part, or null (another one, or none). */
    ChecksumAlgorithm computed() {
        return computed;
    }

    /** The one PutObject of a small upload; {@code checksum} as {@link #computed()} gives it, or null. */
    Map<String, Object> putObject(byte[] body, byte[] checksum) {
        Map<String, Object> params = base();
        params.putAll(ExtraArgs.without(extra, ExtraArgs.NOT_FOR_PUT_OBJECT));
        params.put("Body", body);
        if (givenFullChecksum == null && checksum != null) {
            params.put(Checksums.member(computed), Checksums.base64(checksum));
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
            params.put(Checksums.member(computed), Checksums.base64(checksum));
        }
        return params;
    }

    /** The member that carries the parts' checksums: {@code ChecksumCRC32}. */
    String partChecksumMember() {
        return Checksums.member(algorithm);
    }

    /**
     * CompleteMultipartUpload's input beyond the parts. A full-object upload of a CRC (asked for
     * with {@code ChecksumType=FULL_OBJECT}, or of CRC64NVME, which S3 keeps only so) also gets the
     * whole object's CRC, combined from the parts', so that S3 checks the object it assembles.
     */
    Map<String, Object> completeExtra(List<MultipartSession.CompletedPart> parts) {
        Map<String, Object> params = ExtraArgs.only(extra, ExtraArgs.FOR_COMPLETE);
        if (givenFullChecksum != null) {
            params.put("ChecksumType", "FULL_OBJECT");
            return params;
        }
        Object type = extra.get("ChecksumType");
        boolean fullObject = "FULL_OBJECT".equals(type) || (type == null && computed == ChecksumAlgorithm.CRC64NVME);
        if (fullObject && computed != null && Checksums.combinable(computed)
                && parts.stream().allMatch(p -> p.checksum() != null)) {
            byte[] whole = computed.newChecksum().digest();
            for (MultipartSession.CompletedPart part : parts) {
                whole = Checksums.combine(computed, whole, Checksums.fromBase64(part.checksum()), part.size());
            }
            params.put(Checksums.member(computed), Checksums.base64(whole));
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
