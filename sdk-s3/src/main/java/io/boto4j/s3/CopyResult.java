package io.boto4j.s3;

/**
 * What a copy ({@link S3Methods#COPY}) created.
 *
 * @param bucket    the destination bucket
 * @param key       the destination key
 * @param eTag      the new object's ETag
 * @param versionId its version, or null when the bucket is not versioned
 * @param size      its size in bytes
 * @param partCount the parts of its multipart copy, or 0 when one CopyObject copied it
 * @param checksum  its checksum as S3 reported it, or null
 */
public record CopyResult(String bucket, String key, String eTag, String versionId, long size, int partCount,
                         ObjectChecksum checksum) {
}
