package io.boto4j.s3;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.s3.internal.PresignedPosts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * S3's presigning methods beyond the core's {@code GeneratePresignedUrl}, on every S3 client:
 *
 * <pre>{@code
 * PresignedPost post = s3.call(S3Presigning.GENERATE_PRESIGNED_POST, Map.of(
 *         "Bucket", "amzn-s3-demo-bucket",
 *         "Key", "uploads/${filename}",
 *         "Conditions", List.of(List.of("content-length-range", 1, 10_485_760)),
 *         "ExpiresIn", 600));
 * // post.url() and post.fields(): an HTML form, or any multipart/form-data POST with the file last
 * }</pre>
 */
public final class S3Presigning {
    /** How long a presigned POST's policy lasts when {@code ExpiresIn} is not given, as in botocore: an hour. */
    public static final Duration DEFAULT_POST_EXPIRY = Duration.ofHours(1);

    /**
     * botocore's {@code generate_presigned_post}: the URL and form fields of a browser-style
     * upload, authorised by a SigV4-signed policy. The URL is where botocore sends CreateBucket
     * for the bucket (virtual-hosted, S3's global endpoint in the aws partition unless the client
     * asks otherwise); an anonymous client gets the fields unsigned.
     */
    public static final CustomMethod<PresignedPost> GENERATE_PRESIGNED_POST = CustomMethod
            .builder("GeneratePresignedPost", PresignedPost.class)
            .documentation("The URL and form fields of a presigned S3 POST upload (botocore's"
                    + " generate_presigned_post).")
            .parameter(MethodParameter.required("Bucket", String.class,
                    "the bucket to upload to (leave it out of Conditions)"))
            .parameter(MethodParameter.required("Key", String.class,
                    "the object key; ending it with ${filename} lets the form's file name fill it in"))
            .parameter(MethodParameter.optional("Fields", Map.class,
                    "form fields to fill in (acl, Content-Type, success_action_status, x-amz-meta-*, ...);"
                            + " each needs a matching condition"))
            .parameter(MethodParameter.optional("Conditions", List.class,
                    "policy conditions, each a map ({\"acl\": \"public-read\"}) or a list"
                            + " ([\"content-length-range\", 1, 1048576])"))
            .parameter(MethodParameter.optional("ExpiresIn", Duration.class,
                    "how long the policy is accepted, in seconds; 3600 when not given"))
            .doesIo(false)
            .implementation(PresignedPosts::generate)
            .build();

    private S3Presigning() {
    }
}
