package io.boto4j.s3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A presigned S3 POST: the URL to post an HTML form (or any multipart/form-data request) to, and
 * the form fields to send with the file, in order, the file last. botocore's
 * {@code generate_presigned_post} result.
 *
 * @param url    where to post, e.g. {@code https://amzn-s3-demo-bucket.s3.amazonaws.com/}
 * @param fields the form fields, in the order botocore gives them (unmodifiable)
 */
public record PresignedPost(String url, Map<String, String> fields) {

    /**
     * Copies the fields, keeping their order.
     *
     * @param url    where to post the form
     * @param fields the form fields in the order to send them; copied
     * @throws NullPointerException when {@code url} or {@code fields} is null
     */
    public PresignedPost {
        Objects.requireNonNull(url, "url");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The URL and field names; the session token is a secret and the policy too long to log. */
    @Override
    public String toString() {
        return "PresignedPost[url=" + url + ", fields=" + fields.keySet() + "]";
    }
}
