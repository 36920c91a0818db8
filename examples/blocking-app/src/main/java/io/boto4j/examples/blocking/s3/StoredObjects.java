package io.boto4j.examples.blocking.s3;

/**
 * A typed view of the S3 operations this application reads objects with: bound to an S3 client by
 * {@code SyncClient.view(StoredObjects.class)}, {@code headObject} calls HeadObject.
 */
public interface StoredObjects {

    /** HeadObject: the object's size, ETag and date, without its body. */
    ObjectInfo headObject(ObjectKey key);

    /** The size of an object, in bytes. */
    default long sizeOf(String bucket, String key) {
        return headObject(new ObjectKey(bucket, key)).contentLength();
    }
}
