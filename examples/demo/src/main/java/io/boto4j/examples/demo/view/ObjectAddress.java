package io.boto4j.examples.demo.view;

/**
 * Which object: the input of {@link S3Objects#headObject}, bound to HeadObject's {@code Bucket} and
 * {@code Key} by name.
 *
 * @param bucket the bucket
 * @param key    the object's key
 */
public record ObjectAddress(String bucket, String key) {
}
