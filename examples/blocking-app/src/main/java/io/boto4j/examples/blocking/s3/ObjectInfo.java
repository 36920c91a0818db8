package io.boto4j.examples.blocking.s3;

import java.time.Instant;

/**
 * What {@link StoredObjects#headObject} returns: the members of HeadObject's output this
 * application reads, by the model's names ({@code ContentLength}, {@code ETag}, ...).
 *
 * @param contentLength the object's size in bytes
 * @param eTag          its entity tag
 * @param lastModified  when it was last written
 */
public record ObjectInfo(Long contentLength, String eTag, Instant lastModified) {
}
