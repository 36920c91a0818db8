package io.boto4j.examples.demo.view;

import java.time.Instant;
import java.util.Map;

/**
 * What {@link S3Objects#headObject} returns: the members of HeadObject's output the demo reads, by
 * the model's names; the others are left out.
 *
 * @param contentLength the object's size in bytes
 * @param eTag          its entity tag (for a multipart upload, {@code "...-parts"})
 * @param contentType   its media type
 * @param lastModified  when it was written
 * @param metadata      its user metadata ({@code x-amz-meta-*})
 */
public record ObjectHead(Long contentLength, String eTag, String contentType, Instant lastModified,
                         Map<String, String> metadata) {
}
