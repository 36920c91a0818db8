package io.boto4j.examples.demo.view;

/**
 * A typed view of S3, bound by {@code SyncClient.view(S3Objects.class)}: {@code headObject} calls
 * HeadObject, its record converted to the input and the output to a record, checked against the
 * model when the view is bound.
 */
public interface S3Objects {

    /** HeadObject: an object's size, ETag, type and metadata, without its body. */
    ObjectHead headObject(ObjectAddress address);
}
