package io.boto4j.examples.demo;

import io.boto4j.core.ServiceException;
import io.boto4j.sync.SyncClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Making and removing the demo's bucket, with the blocking client. */
final class Buckets {
    private Buckets() {
    }

    /**
     * Creates {@code bucket} in the client's region, refusing one that exists already: in
     * us-east-1 S3 answers CreateBucket for a bucket you own with success, and the demo deletes
     * its bucket's contents at the end, so it must be sure the bucket is its own.
     */
    static void create(SyncClient s3, String bucket) {
        if (exists(s3, bucket)) {
            throw new IllegalStateException("bucket " + bucket + " exists already; the demo only uses a bucket it creates");
        }
        if ("us-east-1".equals(s3.region())) {
            s3.call("CreateBucket", Map.of("Bucket", bucket));
        } else {
            // Outside us-east-1, S3 wants the region named again in the body.
            s3.call("CreateBucket", Map.of("Bucket", bucket,
                    "CreateBucketConfiguration", Map.of("LocationConstraint", s3.region())));
        }
    }

    private static boolean exists(SyncClient s3, String bucket) {
        try {
            s3.call("HeadBucket", Map.of("Bucket", bucket));
            return true;
        } catch (ServiceException e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes {@code bucket} and all it holds: unfinished multipart uploads (an interrupted
     * upload leaves one), then the objects a thousand at a time (DeleteObjects' limit, which is
     * also ListObjectsV2's page size), then the bucket.
     *
     * <p>On Ctrl-C this runs while the interrupted upload winds down: the upload aborts itself
     * too (so an upload listed here may be gone by the time it is aborted), and S3 may store a
     * part whose request was under way after the abort, which makes DeleteBucket answer
     * BucketNotEmpty. S3's advice for the latter is to abort again, so a bucket that is not yet
     * empty gets another pass.
     */
    static void deleteWithContents(SyncClient s3, String bucket, Narrator narrator) {
        for (int pass = 1; ; pass++) {
            emptyBucket(s3, bucket, narrator);
            try {
                s3.call("DeleteBucket", Map.of("Bucket", bucket));
                narrator.step("DeleteBucket", bucket);
                return;
            } catch (ServiceException e) {
                if (!"BucketNotEmpty".equals(e.errorCode()) || pass == 3) {
                    throw e;
                }
            }
            sleep(Duration.ofMillis(500L * pass));
        }
    }

    private static void emptyBucket(SyncClient s3, String bucket, Narrator narrator) {
        int aborted = 0;
        for (Map<String, Object> page : s3.paginate("ListMultipartUploads", Map.of("Bucket", bucket))) {
            for (Map<String, Object> upload : list(page, "Uploads")) {
                try {
                    s3.call("AbortMultipartUpload", Map.of("Bucket", bucket, "Key", upload.get("Key"),
                            "UploadId", upload.get("UploadId")));
                    aborted++;
                } catch (ServiceException e) {
                    if (!"NoSuchUpload".equals(e.errorCode())) {
                        throw e;  // NoSuchUpload: aborted meanwhile, by the interrupted upload itself
                    }
                }
            }
        }
        if (aborted > 0) {
            narrator.step("AbortMultipartUpload", aborted + " unfinished multipart upload(s)");
        }
        int deleted = 0;
        for (Map<String, Object> page : s3.paginate("ListObjectsV2", Map.of("Bucket", bucket))) {
            List<Map<String, Object>> keys = list(page, "Contents").stream()
                    .map(object -> Map.of("Key", object.get("Key"))).toList();
            if (keys.isEmpty()) {
                continue;
            }
            Map<String, Object> result = s3.call("DeleteObjects", Map.of("Bucket", bucket,
                    "Delete", Map.of("Objects", keys, "Quiet", true)));
            List<Map<String, Object>> errors = list(result, "Errors");
            if (!errors.isEmpty()) {
                throw new IllegalStateException("DeleteObjects left " + errors.size() + " object(s), e.g. "
                        + errors.get(0).get("Key") + ": " + errors.get(0).get("Code"));
            }
            deleted += keys.size();
        }
        if (deleted > 0) {
            narrator.step("DeleteObjects", deleted + " objects");
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to delete the bucket again", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> output, String member) {
        return (List<Map<String, Object>>) output.getOrDefault(member, List.of());
    }
}
