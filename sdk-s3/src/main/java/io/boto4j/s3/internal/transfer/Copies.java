package io.boto4j.s3.internal.transfer;

import io.boto4j.core.plugin.MethodCall;
import io.boto4j.s3.CopyResult;
import io.boto4j.s3.ObjectChecksum;
import io.boto4j.s3.TransferOptions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * boto3's {@code copy}: an object to another key, inside S3. HeadObject on the source first (its
 * size and ETag); below the multipart copy threshold one CopyObject, above it a multipart upload
 * whose parts are UploadPartCopy requests of byte ranges, in parallel, each pinned to the source's
 * ETag ({@code CopySourceIfMatch}), aborted on any failure.
 *
 * <p>Unlike s3transfer, a multipart copy keeps the source's content type, caching and encoding
 * headers and user metadata (as CopyObject does and as the AWS CLI does for its multipart copies)
 * unless {@code MetadataDirective} is {@code REPLACE} or ExtraArgs set them; tags are not copied.
 */
public final class Copies {
    /** What CopyObject copies by default and CreateMultipartUpload would lose. */
    private static final List<String> CARRIED_OVER = List.of("ContentType", "CacheControl", "ContentDisposition",
            "ContentEncoding", "ContentLanguage", "Expires", "Metadata");

    private Copies() {
    }

    /** {@code Copy}: {@code CopySource} to {@code Bucket}/{@code Key}. */
    public static CompletableFuture<CopyResult> copy(MethodCall call) {
        ArgumentProblems problems = new ArgumentProblems(call);
        TransferSettings.check(problems);
        Map<?, ?> source = call.argument("CopySource", Map.class);
        for (Object k : source.keySet()) {
            if (!Set.of("Bucket", "Key", "VersionId").contains(k)) {
                problems.add("CopySource." + k, "Invalid CopySource member " + k + ", must be one of: Bucket, Key,"
                        + " VersionId");
            }
        }
        for (String required : List.of("Bucket", "Key")) {
            if (!(source.get(required) instanceof String s) || s.isEmpty()) {
                problems.add("CopySource." + required, "CopySource." + required + " must be a non-empty string");
            }
        }
        if (source.get("VersionId") != null && !(source.get("VersionId") instanceof String)) {
            problems.add("CopySource.VersionId", "CopySource.VersionId must be a string");
        }
        Map<?, ?> extraGiven = call.argument("ExtraArgs", Map.class, Map.of());
        ExtraArgs.check(extraGiven, ExtraArgs.COPY, problems);
        problems.throwIfAny();

        @SuppressWarnings("unchecked")
        Map<String, Object> extra = new LinkedHashMap<>((Map<String, ?>) extraGiven);
        String sourceBucket = (String) source.get("Bucket");
        String sourceKey = (String) source.get("Key");
        String sourceVersion = (String) source.get("VersionId");
        // botocore's form; the S3 plugin's CopySource customization URL-encodes it.
        String copySource = sourceBucket + "/" + sourceKey + (sourceVersion == null ? "" : "?versionId=" + sourceVersion);
        String bucket = call.argument("Bucket", String.class);
        String key = call.argument("Key", String.class);
        TransferSettings settings = TransferSettings.of(call, TransferOptions.MULTIPART_COPY_THRESHOLD);
        Transfer transfer = new Transfer(call, "s3://" + bucket + "/" + key);

        Map<String, Object> head = new LinkedHashMap<>();
        head.put("Bucket", sourceBucket);
        head.put("Key", sourceKey);
        if (sourceVersion != null) {
            head.put("VersionId", sourceVersion);
        }
        ExtraArgs.COPY_TO_SOURCE_HEAD.forEach((from, to) -> {
            if (extra.containsKey(from)) {
                head.put(to, extra.get(from));
            }
        });
        CompletableFuture<CopyResult> work = transfer.send("HeadObject", head).thenCompose(headed -> {
            Map<String, Object> sourceHead = headed.output();
            long size = ((Number) sourceHead.get("ContentLength")).longValue();
            String eTag = (String) sourceHead.get("ETag");
            if (size < settings.threshold()) {
                transfer.progress.started(size, 0);
                return copyObject(transfer, bucket, key, copySource, extra, size);
            }
            long partSize = PartPlan.uploadPartSize(settings.partSize(), size);
            List<Range> ranges = PartPlan.ranges(size, partSize);
            transfer.progress.started(size, ranges.size());
            Deque<Range> queue = new ArrayDeque<>(ranges);
            PartRunner.Source<Range> parts = () -> CompletableFuture.completedFuture(queue.poll());
            String algorithm = extra.get("ChecksumAlgorithm") instanceof String a ? a : null;
            return MultipartSession.run(transfer, createParams(bucket, key, extra, sourceHead), settings.concurrency(),
                    parts, (uploadId, range) -> copyPart(transfer, bucket, key, copySource, eTag, extra, algorithm,
                            uploadId, range),
                    completed -> ExtraArgs.only(extra, ExtraArgs.FOR_COMPLETE_COPY),
                    ExtraArgs.only(extra, ExtraArgs.FOR_ABORT))
                    .thenApply(done -> new CopyResult(bucket, key, (String) done.output().get("ETag"),
                            (String) done.output().get("VersionId"), size, done.parts().size(),
                            ObjectChecksum.from(done.output())));
        });
        return transfer.finish(work);
    }

    private static CompletableFuture<CopyResult> copyObject(Transfer transfer, String bucket, String key,
                                                            String copySource, Map<String, Object> extra, long size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        params.put("CopySource", copySource);
        params.putAll(extra);
        return transfer.send("CopyObject", params).thenApply(copied -> {
            transfer.progress.bytes(size);
            Map<String, Object> out = copied.output();
            @SuppressWarnings("unchecked")
            Map<String, Object> result = out.get("CopyObjectResult") instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : Map.of();
            return new CopyResult(bucket, key, (String) result.get("ETag"), (String) out.get("VersionId"), size, 0,
                    ObjectChecksum.from(result));
        });
    }

    private static Map<String, Object> createParams(String bucket, String key, Map<String, Object> extra,
                                                    Map<String, Object> sourceHead) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        params.putAll(ExtraArgs.without(extra, ExtraArgs.NOT_FOR_CREATE_MULTIPART_COPY));
        if (!"REPLACE".equals(extra.get("MetadataDirective"))) {
            for (String member : CARRIED_OVER) {
                Object value = sourceHead.get(member);
                if (value != null && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                    params.putIfAbsent(member, value);
                }
            }
        }
        return params;
    }

    private static CompletableFuture<MultipartSession.CompletedPart> copyPart(
            Transfer transfer, String bucket, String key, String copySource, String eTag, Map<String, Object> extra,
            String algorithm, String uploadId, Range range) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        params.put("UploadId", uploadId);
        params.put("PartNumber", range.partNumber());
        params.put("CopySource", copySource);
        params.put("CopySourceRange", range.header());
        params.putAll(ExtraArgs.only(extra, ExtraArgs.FOR_UPLOAD_PART_COPY));
        if (eTag != null) {
            params.put("CopySourceIfMatch", eTag);
        }
        return transfer.sendPart("UploadPartCopy", params).thenApply(copied -> {
            transfer.progress.bytes(range.length());
            transfer.progress.partCompleted(range.partNumber());
            Map<?, ?> result = copied.output().get("CopyPartResult") instanceof Map<?, ?> m ? m : Map.of();
            String member = algorithm == null ? null : Checksums.member(algorithm);
            String checksum = member != null && result.get(member) instanceof String s ? s : null;
            return new MultipartSession.CompletedPart(range.partNumber(), (String) result.get("ETag"), member,
                    checksum, range.length());
        });
    }
}
