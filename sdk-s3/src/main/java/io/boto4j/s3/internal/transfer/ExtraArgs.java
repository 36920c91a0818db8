package io.boto4j.s3.internal.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code ExtraArgs} each transfer takes and which of its requests each goes to: s3transfer's
 * lists ({@code TransferManager.ALLOWED_*_ARGS} and the per-request filters of its upload, download
 * and copy tasks), so that code written against boto3 reads the same here.
 */
final class ExtraArgs {
    /** A caller's own checksum of the whole object: the upload becomes a full-object one. */
    static final List<String> FULL_OBJECT_CHECKSUMS = List.of("ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME",
            "ChecksumMD5", "ChecksumSHA1", "ChecksumSHA256", "ChecksumSHA512", "ChecksumXXHASH3", "ChecksumXXHASH64",
            "ChecksumXXHASH128");

    private static final List<String> SHARED = List.of("ACL", "CacheControl", "ChecksumAlgorithm",
            "ContentDisposition", "ContentEncoding", "ContentLanguage", "ContentType", "ExpectedBucketOwner", "Expires",
            "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP", "Metadata", "ObjectLockLegalHoldStatus",
            "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer", "ServerSideEncryption", "StorageClass",
            "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext",
            "Tagging", "WebsiteRedirectLocation");

    static final Set<String> UPLOAD = Stream.of(SHARED, List.of("ChecksumType", "MpuObjectSize"), FULL_OBJECT_CHECKSUMS)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    static final Set<String> DOWNLOAD = Set.of("ChecksumMode", "VersionId", "SSECustomerAlgorithm", "SSECustomerKey",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final Set<String> COPY = Stream.of(SHARED, List.of("CopySourceIfMatch", "CopySourceIfModifiedSince",
                    "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince", "CopySourceSSECustomerAlgorithm",
                    "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5", "MetadataDirective", "TaggingDirective"))
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    // Uploads.
    static final Set<String> NOT_FOR_PUT_OBJECT = Set.of("ChecksumType", "MpuObjectSize");
    static final Set<String> NOT_FOR_CREATE_MULTIPART = Stream.concat(FULL_OBJECT_CHECKSUMS.stream(),
            Stream.of("MpuObjectSize")).collect(Collectors.toUnmodifiableSet());
    static final Set<String> FOR_UPLOAD_PART = Set.of("ChecksumAlgorithm", "SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final Set<String> FOR_COMPLETE = Stream.concat(Stream.of("SSECustomerKey", "SSECustomerAlgorithm",
                    "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner", "ChecksumType", "MpuObjectSize"),
            FULL_OBJECT_CHECKSUMS.stream()).collect(Collectors.toUnmodifiableSet());
    /** s3transfer aborts with the upload id alone; a requester-pays or owner-checked bucket needs these too. */
    static final Set<String> FOR_ABORT = Set.of("RequestPayer", "ExpectedBucketOwner");

    // Copies.
    static final Map<String, String> COPY_TO_SOURCE_HEAD = Map.of(
            "CopySourceIfMatch", "IfMatch",
            "CopySourceIfModifiedSince", "IfModifiedSince",
            "CopySourceIfNoneMatch", "IfNoneMatch",
            "CopySourceIfUnmodifiedSince", "IfUnmodifiedSince",
            "CopySourceSSECustomerKey", "SSECustomerKey",
            "CopySourceSSECustomerAlgorithm", "SSECustomerAlgorithm",
            "CopySourceSSECustomerKeyMD5", "SSECustomerKeyMD5",
            "RequestPayer", "RequestPayer",
            "ExpectedBucketOwner", "ExpectedBucketOwner");
    static final Set<String> FOR_UPLOAD_PART_COPY = Set.of("CopySourceIfMatch", "CopySourceIfModifiedSince",
            "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince", "CopySourceSSECustomerKey",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKeyMD5", "SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final Set<String> NOT_FOR_CREATE_MULTIPART_COPY = Set.of("CopySourceIfMatch", "CopySourceIfModifiedSince",
            "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince", "CopySourceSSECustomerKey",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKeyMD5", "MetadataDirective", "TaggingDirective");
    static final Set<String> FOR_COMPLETE_COPY = Set.of("SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5",
            "RequestPayer", "ExpectedBucketOwner");

    private ExtraArgs() {
    }

    /** Adds a problem for each key of {@code extraArgs} that {@code allowed} does not have. */
    static void check(Map<?, ?> extraArgs, Set<String> allowed, ArgumentProblems problems) {
        if (extraArgs == null) {
            return;
        }
        for (Object key : extraArgs.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                problems.add("ExtraArgs." + key, "Invalid extra argument " + key + ", must be one of: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The entries whose keys {@code keep} has. */
    static Map<String, Object> only(Map<String, ?> extraArgs, Set<String> keep) {
        Map<String, Object> out = new LinkedHashMap<>();
        extraArgs.forEach((k, v) -> {
            if (keep.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The entries whose keys {@code drop} has not. */
    static Map<String, Object> without(Map<String, ?> extraArgs, Set<String> drop) {
        Map<String, Object> out = new LinkedHashMap<>();
        extraArgs.forEach((k, v) -> {
            if (!drop.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
