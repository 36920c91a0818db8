package io.boto4j.examples.blocking.s3;

/**
 * An object's address: the input of {@link StoredObjects#headObject}.
 *
 * @param bucket the bucket
 * @param key    the object's key
 */
public record ObjectKey(String bucket, String key) {
}
