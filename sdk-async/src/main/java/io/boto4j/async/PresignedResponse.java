package io.boto4j.async;

import io.boto4j.core.http.Headers;

/**
 * The successful (2xx) answer to a presigned request sent by {@link PresignedRequests}; its body
 * went where the request said (a file, a {@code WriteStream}) or, for an upload, was empty.
 *
 * @param statusCode the HTTP status ({@code 200} for S3's GetObject and PutObject)
 * @param headers    the answer's headers ({@code ETag}, {@code x-amz-version-id}, {@code Content-Length}...)
 */
public record PresignedResponse(int statusCode, Headers headers) {

    /** A header's first value, or null: {@code response.header("ETag")}. */
    public String header(String name) {
        return headers.first(name);
    }
}
