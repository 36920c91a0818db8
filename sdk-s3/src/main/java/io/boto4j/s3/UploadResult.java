package io.boto4j.s3;

/**
 * What an upload ({@link S3Methods#UPLOAD_FILE}, {@link S3Methods#UPLOAD_STREAM}) created.
 *
 * @param bucket    the bucket
 * @param key       the object's key
 * @param eTag      its ETag, quotes included as S3 sends it
 * @param versionId its version, or null when the bucket is not versioned
 * @param size      the bytes uploaded
 * @param partCount the parts of its multipart upload, or 0 when it went up in one PutObject
 * @param checksum  its checksum as S3 reported it, or null
 */
public record UploadResult(String bucket, String key, String eTag, String versionId, long size, int partCount,
                           ObjectChecksum checksum) {
}
