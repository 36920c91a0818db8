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

    /**
     * A header's first value: {@code response.header("ETag")}.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when the answer did not have it
     */
    public String header(String name) {
        return headers.first(name);
    }
}
