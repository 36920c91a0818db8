package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.s3.S3Options;

import java.util.concurrent.CompletionStage;

/**
 * Whether a call addresses its bucket by path, per call, as botocore decides it before endpoint
 * resolution ({@code customize_endpoint_resolver_builtins}, before-endpoint-resolution of every
 * S3 operation), in this order:
 * <ol>
 *   <li>GetBucketLocation always by path: its caller rarely knows the bucket's region, and a
 *       virtual-hosted request signed for the wrong one gets {@code AuthorizationHeaderMalformed};
 *   <li>a bucket given as an ARN never by path (access points have no path form);
 *   <li>otherwise {@link S3Options#ADDRESSING_STYLE}: {@code path} or {@code virtual} as asked
 *       (also when set in code, which the client's built-in {@code ForcePathStyle} does not read),
 *       {@code auto} as the client resolved it (path for a custom endpoint URL, virtual else).
 * </ol>
 * A {@code ForcePathStyle} client context parameter set in code wins over all of these, as a
 * client context parameter wins over built-ins in the rules; so does S3 Accelerate, which has no
 * path style.
 */
final class PathStyleChoice implements Hook {
    static final String PARAMETER = "ForcePathStyle";

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix());
    }

    @Override
    public CompletionStage<Void> beforeEndpoint(CallContext call) {
        if (call.runtime().endpointClientContextParams().containsKey(PARAMETER)
                || Boolean.TRUE.equals(call.runtime().endpointBuiltIns().get("AWS::S3::Accelerate"))) {
            return CONTINUE;
        }
        Boolean pathStyle = choose(call);
        if (pathStyle != null) {
            call.endpointParameters().put(PARAMETER, pathStyle);
        }
        return CONTINUE;
    }

    /** The call's choice, or null to keep the client's. */
    private static Boolean choose(CallContext call) {
        if (call.operation().name().equals("GetBucketLocation")) {
            return true;
        }
        if (call.input().get("Bucket") instanceof String bucket && Arns.isArn(bucket)) {
            return false;
        }
        String style = call.option(S3Options.ADDRESSING_STYLE);
        return "path".equals(style) ? Boolean.TRUE : "virtual".equals(style) ? Boolean.FALSE : null;
    }
}
