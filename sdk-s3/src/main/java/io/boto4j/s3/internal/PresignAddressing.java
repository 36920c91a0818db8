package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;
import io.boto4j.s3.S3Options;

import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Where botocore sends a presigned S3 URL: to the global endpoint ({@code bucket.s3.amazonaws.com})
 * in the aws partition unless dual-stack, a regional us-east-1 endpoint, virtual addressing or
 * path style was asked for, or the bucket is an ARN; signed for the client's region all the same,
 * since bucket DNS routes the global name to the bucket's region ({@code signers.py}
 * {@code _should_use_global_endpoint}, {@code handlers.py} {@code customize_endpoint_resolver_builtins}).
 */
final class PresignAddressing implements Hook {
    /** The aws partition's region pattern (partitions.json). */
    private static final Pattern AWS_REGION = Pattern.compile("^(us|eu|ap|sa|ca|me|af|il|mx)-\\w+-\\d+$");
    /** A DNS-compatible bucket name: what virtual-hosted addressing needs. */
    private static final Pattern HOST_LABEL = Pattern.compile("^[a-z0-9][a-z0-9\\-]*[a-z0-9]$");
    private static final ContextKey<Boolean> GLOBAL = ContextKey.named("presigned on S3's global endpoint");

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix());
    }

    @Override
    public CompletionStage<Void> beforeEndpoint(CallContext call) {
        if (call.isPresign() && usesGlobalEndpoint(call)) {
            call.endpointParameters().put("Region", "aws-global");
            call.endpointParameters().put("UseGlobalEndpoint", true);
            call.put(GLOBAL, true);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
        if (Boolean.TRUE.equals(attempt.call().get(GLOBAL)) && attempt.signing() != null
                && attempt.call().region() != null) {
            attempt.signing().region(attempt.call().region());
        }
        return CONTINUE;
    }

    private static boolean usesGlobalEndpoint(CallContext call) {
        String region = call.region();
        var builtIns = call.runtime().endpointBuiltIns();
        var contextParams = call.runtime().endpointClientContextParams();
        boolean awsPartition = region == null || AWS_REGION.matcher(region).matches();
        boolean dualStack = Boolean.TRUE.equals(builtIns.get("AWS::UseDualStack"));
        boolean regionalUsEast1 = "us-east-1".equals(region)
                && !Boolean.TRUE.equals(builtIns.get("AWS::S3::UseGlobalEndpoint"));
        boolean virtual = "virtual".equals(call.option(S3Options.ADDRESSING_STYLE));
        // This call's choice (PathStyleChoice runs before), else the client's.
        Object perCall = call.endpointParameters().get(PathStyleChoice.PARAMETER);
        boolean pathStyle = Boolean.TRUE.equals(contextParams.get(PathStyleChoice.PARAMETER))
                || (perCall != null ? Boolean.TRUE.equals(perCall) : Boolean.TRUE.equals(builtIns.get("AWS::S3::ForcePathStyle")));
        Object bucket = call.input().get("Bucket");
        boolean pathRequired = bucket instanceof String b && !HOST_LABEL.matcher(b).matches();
        boolean arn = bucket instanceof String b && Arns.isArn(b);
        boolean express = bucket instanceof String b && b.endsWith("--x-s3");
        return awsPartition && !dualStack && !regionalUsEast1 && !virtual && !pathStyle && !pathRequired
                && !arn && !express;
    }
}
