/**
 * Body checksums as AWS uses them, computed as the bytes flow: the flexible checksum
 * algorithms of S3 and other services ({@link io.boto4j.core.checksums.ChecksumAlgorithm}:
 * CRC32, CRC32C, CRC64NVME in pure Java, SHA-1, SHA-256, SHA-512), Content-MD5
 * ({@link io.boto4j.core.checksums.ContentMd5}), a request body that sends its checksum as an
 * {@code aws-chunked} trailer ({@link io.boto4j.core.checksums.TrailingChecksumBody}), a
 * response body that fails instead of ending when its checksum differs
 * ({@link io.boto4j.core.checksums.ChecksumPublishers#validating}), and botocore's rules for
 * which checksum to compute or validate ({@link io.boto4j.core.checksums.RequestChecksumRules},
 * {@link io.boto4j.core.checksums.ResponseChecksumRules}).
 *
 * <p>Nothing here does I/O or depends on the request pipeline: the pipeline's hooks call it.
 */
package io.boto4j.core.checksums;
