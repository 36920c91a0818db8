package io.boto4j.s3;

import java.nio.file.Path;

/**
 * What a download ({@link S3Methods#DOWNLOAD_FILE}) wrote.
 *
 * @param bucket            the bucket
 * @param key               the object's key
 * @param file              the file written (the destination as given)
 * @param size              its size in bytes
 * @param eTag              the ETag of the object downloaded (every request was pinned to it)
 * @param versionId         the version downloaded, or null when the bucket is not versioned
 * @param checksum          the object's checksum as S3 reported it, or null
 * @param checksumValidated whether the bytes were checked against it: a full-object checksum
 *                          always is (CRC32, CRC32C, CRC64NVME, SHA-1, SHA-256, SHA-512); a
 *                          composite one when S3 lists the object's parts ({@code GetObjectAttributes})
 */
public record DownloadResult(String bucket, String key, Path file, long size, String eTag, String versionId,
                             ObjectChecksum checksum, boolean checksumValidated) {
}
