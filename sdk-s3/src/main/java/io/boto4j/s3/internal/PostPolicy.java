package io.boto4j.s3.internal;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.signer.AwsV4Signer;
import io.boto4j.core.internal.json.PythonJson;
import io.boto4j.s3.PresignedPost;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The presigned POST of botocore's {@code generate_presigned_post} with SigV4
 * ({@code S3PostPresigner} and {@code S3SigV4PostAuth}), byte for byte:
 * <ol>
 *   <li>Conditions: the caller's, then {@code {"bucket": bucket}}, then for a key ending in
 *       {@code ${filename}} {@code ["starts-with", "$key", <the key before it>]}, else
 *       {@code {"key": key}}, then the {@code x-amz-algorithm}, {@code x-amz-credential},
 *       {@code x-amz-date} and (with a session token) {@code x-amz-security-token} conditions.
 *   <li>The policy {@code {"expiration": <now + expiresIn, yyyy-MM-ddTHH:mm:ssZ>, "conditions":
 *       [...]}} written as Python's {@code json.dumps} writes it, then base64: the string to sign.
 *   <li>Fields: the caller's, then {@code key}, {@code x-amz-algorithm}, {@code x-amz-credential},
 *       {@code x-amz-date}, {@code x-amz-security-token}, {@code policy}, {@code x-amz-signature}
 *       (a caller's field of the same name keeps its place and takes the value).
 * </ol>
 * The URL is the endpoint botocore resolves for CreateBucket with this bucket (virtual-hosted,
 * and for the aws partition the global {@code s3.amazonaws.com} unless the client is configured
 * otherwise): the caller's endpoint resolution supplies it. botocore signs with SigV2 in the
 * regions that still accept it unless {@code signature_version='s3v4'}; boto4j always signs SigV4.
 */
public final class PostPolicy {
    private static final String FILENAME = "${filename}";
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private PostPolicy() {
    }

    /**
     * Builds and signs the form.
     *
     * @param url              the form's URL (from endpoint resolution)
     * @param bucket           the bucket (do not repeat it in {@code conditions})
     * @param key              the object key; a trailing {@code ${filename}} lets the form's file name fill it
     * @param fields           form fields to include (each needs a matching condition), in order; may be empty
     * @param conditions       policy conditions: maps ({@code {"acl": "public-read"}}) or lists
     *                         ({@code ["content-length-range", 1, 1048576]}), in order
     * @param expiresInSeconds how long the policy is accepted, positive
     * @param credentials      who signs; a session token becomes a field and a condition
     * @param region           the signing region
     * @param now              the signing time
     */
    public static PresignedPost presign(String url, String bucket, String key, Map<String, String> fields,
            List<?> conditions, long expiresInSeconds, Credentials credentials, String region, Instant now) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(region, "region");
        if (expiresInSeconds <= 0) {
            throw new IllegalArgumentException("ExpiresIn of a presigned POST must be positive, got " + expiresInSeconds);
        }
        Instant signingTime = now.truncatedTo(ChronoUnit.SECONDS);
        SigningParams params = SigningParams.builder().credentials(credentials).region(region).signingName("s3")
                .signingTime(signingTime).build();

        List<Object> allConditions = new ArrayList<>(conditions == null ? List.of() : conditions);
        allConditions.add(Map.of("bucket", bucket));
        if (key.endsWith(FILENAME)) {
            allConditions.add(List.of("starts-with", "$key", key.substring(0, key.length() - FILENAME.length())));
        } else {
            allConditions.add(Map.of("key", key));
        }
        Map<String, String> form = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        form.put("key", key);

        AwsV4Signer.Scope scope = AwsV4Signer.create().scope(params);
        addField(form, allConditions, "x-amz-algorithm", AwsV4Signer.ALGORITHM);
        addField(form, allConditions, "x-amz-credential", scope.credential());
        addField(form, allConditions, "x-amz-date", scope.amzDate());
        if (credentials.sessionToken() != null) {
            addField(form, allConditions, "x-amz-security-token", credentials.sessionToken());
        }

        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("expiration", EXPIRATION.format(LocalDateTime.ofInstant(signingTime.plusSeconds(expiresInSeconds),
                ZoneOffset.UTC)));
        policy.put("conditions", allConditions);
        String policyBase64 = Base64.getEncoder().encodeToString(
                PythonJson.dumps(policy).getBytes(StandardCharsets.UTF_8));
        form.put("policy", policyBase64);
        form.put("x-amz-signature", AwsV4Signer.create().signString(policyBase64, params));
        return new PresignedPost(url, form);
    }

    private static void addField(Map<String, String> form, List<Object> conditions, String name, String value) {
        form.put(name, value);
        conditions.add(Map.of(name, value));
    }
}
