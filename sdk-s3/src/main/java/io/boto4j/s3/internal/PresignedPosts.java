package io.boto4j.s3.internal;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.core.validation.ParamValidationException;
import io.boto4j.s3.PresignedPost;
import io.boto4j.s3.S3Presigning;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@link S3Presigning#GENERATE_PRESIGNED_POST}: where and how to sign a presigned POST, taken
 * from the client's own pipeline as botocore takes it from its own: a presign run of CreateBucket
 * for the bucket (the bucket checked, the redirect cache and addressing applied, the endpoint
 * resolved, the identity resolved) stops at its signing stage, where this class's hook reads the
 * URL, the credentials, the region and the time; {@link PostPolicy} then builds and signs the
 * form. botocore signs the form for the client's region, not the endpoint's, unless the bucket is
 * an ARN ({@code ignore_signing_region}); so does this.
 *
 * <p>The run is tied to its method call by a reserved parameter that the hook takes out of the
 * input before validation: the pipeline has no other way to hand a call state from its caller.
 */
public final class PresignedPosts implements Hook {
    /** The reserved parameter that carries the call's {@link Target}; never a model member name. */
    static final String TARGET_PARAMETER = "boto4j:presignedPostTarget";
    private static final ContextKey<Target> TARGET = ContextKey.named("presigned POST target");
    /** The presign run's own expiry: its URL is not used, only where and how it was signed. */
    private static final Duration RUN_EXPIRY = Duration.ofMinutes(15);

    /** What the presign run found out, read by {@link #generate} once it completes. */
    private static final class Target {
        URI url;
        SigningParams signing;
        String clientRegion;
        boolean bucketIsArn;
    }

    /** The method's implementation. */
    public static CompletionStage<PresignedPost> generate(MethodCall call) {
        String bucket = call.argument("Bucket", String.class);
        String key = call.argument("Key", String.class);
        Map<String, String> fields = fields(call.argument("Fields", Map.class, Map.of()));
        List<?> conditions = call.argument("Conditions", List.class, List.of());
        Duration expiresIn = call.argument("ExpiresIn", Duration.class, S3Presigning.DEFAULT_POST_EXPIRY);
        Target target = new Target();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put(TARGET_PARAMETER, target);
        return call.runtime().presign("CreateBucket", params, RUN_EXPIRY, null).thenApply(unused -> {
            if (target.signing == null) {
                // An anonymous client: botocore returns the fields unsigned, with the key.
                Map<String, String> unsigned = new LinkedHashMap<>(fields);
                unsigned.put("key", key);
                return new PresignedPost(target.url.toString(), unsigned);
            }
            String region = target.bucketIsArn || target.clientRegion == null
                    ? target.signing.region() : target.clientRegion;
            return PostPolicy.presign(target.url.toString(), bucket, key, fields, conditions, expiresIn.getSeconds(),
                    target.signing.credentials(), region, target.signing.effectiveSigningTime());
        });
    }

    /** The caller's form fields as text, in their order. */
    private static Map<String, String> fields(Map<?, ?> given) {
        Map<String, String> fields = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new ParamValidationException("s3", S3Presigning.GENERATE_PRESIGNED_POST.name(), List.of(
                        new ParamValidationException.Problem("Fields", "a form field needs a name and a value, got "
                                + name + "=" + value)));
            }
            fields.put(name.toString(), value.toString());
        });
        return fields;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && operation.name().equals("CreateBucket");
    }

    /** First: the reserved parameter must be gone before any other hook or the validator sees the input. */
    @Override
    public int order() {
        return -1_000;
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        if (call.isPresign() && call.input().get(TARGET_PARAMETER) instanceof Target target) {
            call.input().remove(TARGET_PARAMETER);
            call.put(TARGET, target);
        }
        return CONTINUE;
    }

    /**
     * Reads where and how the run would be signed. The region other hooks may settle here does
     * not matter: {@link #generate} picks the one botocore signs a POST for.
     */
    @Override
    public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
        Target target = attempt.call().get(TARGET);
        if (target != null) {
            target.url = attempt.request().uri();
            target.signing = attempt.signing() == null ? null : attempt.signing().build();
            target.clientRegion = attempt.call().region();
            target.bucketIsArn = attempt.call().input().get("Bucket") instanceof String b && Arns.isArn(b);
        }
        return CONTINUE;
    }
}
