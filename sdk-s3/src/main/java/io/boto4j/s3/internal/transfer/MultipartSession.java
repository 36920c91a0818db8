package io.boto4j.s3.internal.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One multipart upload on S3, from CreateMultipartUpload to CompleteMultipartUpload, its parts sent
 * in parallel by the caller's function (UploadPart for uploads, UploadPartCopy for copies). Any
 * failure or cancellation once the upload exists aborts it, after every part in flight finished
 * ({@link Transfer#sendPart}), so that no parts are left behind (stored, and billed, until someone
 * aborts them).
 *
 * <p>CreateMultipartUpload is not cancelled half-way (an upload created by a request whose answer
 * was lost could not be aborted); a stop during it aborts the upload it created. Once every part
 * is acknowledged, CompleteMultipartUpload is sent and no longer cancelled.
 */
final class MultipartSession {
    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    /** A part S3 acknowledged, as CompleteMultipartUpload lists it. */
    record CompletedPart(int partNumber, String eTag, String checksumMember, String checksum, long size) {
        Map<String, Object> asInput() {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("ETag", eTag);
            part.put("PartNumber", partNumber);
            if (checksum != null) {
                part.put(checksumMember, checksum);
            }
            return part;
        }
    }

    /** The completed upload: CompleteMultipartUpload's output, and its parts in order. */
    record Completed(Map<String, Object> output, List<CompletedPart> parts) {
        long size() {
            return parts.stream().mapToLong(CompletedPart::size).sum();
        }
    }

    private MultipartSession() {
    }

    /**
     * Runs a multipart upload.
     *
     * @param createParams  CreateMultipartUpload's input: Bucket, Key and whatever else it takes
     * @param concurrency   the most parts in flight
     * @param parts         where the parts come from
     * @param sendPart      sends one part of the upload whose id it is given
     * @param completeExtra CompleteMultipartUpload's input beyond Bucket, Key, UploadId and the
     *                      parts, given the parts in order
     * @param abortExtra    AbortMultipartUpload's input beyond Bucket, Key and UploadId
     */
    static <P> CompletableFuture<Completed> run(Transfer transfer, Map<String, Object> createParams, int concurrency,
                                                PartRunner.Source<P> parts,
                                                BiFunction<String, P, CompletableFuture<CompletedPart>> sendPart,
                                                Function<List<CompletedPart>, Map<String, Object>> completeExtra,
                                                Map<String, Object> abortExtra) {
        Object bucket = createParams.get("Bucket");
        Object key = createParams.get("Key");
        String[] uploadId = new String[1];
        CompletableFuture<Completed> work = transfer.sendRegardless("CreateMultipartUpload", createParams)
                .thenCompose(created -> {
                    uploadId[0] = (String) created.output().get("UploadId");
                    if (uploadId[0] == null) {
                        throw new IllegalStateException("CreateMultipartUpload answered without an UploadId");
                    }
                    if (transfer.stopped()) {
                        return CompletableFuture.failedFuture(transfer.stopCause());
                    }
                    return new PartRunner<>(transfer, concurrency, parts, part -> sendPart.apply(uploadId[0], part)).run();
                })
                .thenCompose(acknowledged -> {
                    if (transfer.stopped()) {
                        return CompletableFuture.failedFuture(transfer.stopCause());
                    }
                    List<CompletedPart> inOrder = new ArrayList<>(acknowledged);
                    inOrder.sort(Comparator.comparingInt(CompletedPart::partNumber));
                    List<Object> listed = new ArrayList<>(inOrder.size());
                    inOrder.forEach(p -> listed.add(p.asInput()));
                    Map<String, Object> params = new LinkedHashMap<>();
                    params.put("Bucket", bucket);
                    params.put("Key", key);
                    params.put("UploadId", uploadId[0]);
                    params.put("MultipartUpload", Map.of("Parts", listed));
                    params.putAll(completeExtra.apply(inOrder));
                    return transfer.sendRegardless("CompleteMultipartUpload", params)
                            .thenApply(done -> new Completed(done.output(), inOrder));
                });
        return work.handle((completed, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(completed);
            }
            Throwable cause = transfer.stopCause() != null ? transfer.stopCause() : Transfer.unwrap(failure);
            if (uploadId[0] == null) {
                return CompletableFuture.<Completed>failedFuture(cause);
            }
            return abort(transfer, bucket, key, uploadId[0], abortExtra, cause);
        }).thenCompose(f -> f);
    }

    /** Aborts the upload, then fails with {@code cause} (the abort's own failure suppressed in it). */
    private static CompletableFuture<Completed> abort(Transfer transfer, Object bucket, Object key, String uploadId,
                                                      Map<String, Object> abortExtra, Throwable cause) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        params.put("UploadId", uploadId);
        params.putAll(abortExtra);
        return transfer.sendRegardless("AbortMultipartUpload", params).handle((r, abortFailure) -> {
            if (abortFailure != null) {
                Throwable why = Transfer.unwrap(abortFailure);
                LOG.log(System.Logger.Level.WARNING, "{0}: could not abort multipart upload {1} of {2}; its parts"
                        + " stay stored (and billed) until it is aborted: {3}", transfer.method(), uploadId,
                        transfer.what(), why.toString());
                if (why != cause) {
                    cause.addSuppressed(why);
                }
            }
            throw new java.util.concurrent.CompletionException(cause);
        });
    }
}
