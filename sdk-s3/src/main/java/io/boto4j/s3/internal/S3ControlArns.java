package io.boto4j.s3.internal;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.validation.ParamValidationException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code S3ControlArnParamHandlerv2} (before endpoint resolution, which botocore runs
 * before validation, of every S3 Control operation): an Outposts ARN given as {@code Bucket}
 * ({@code arn:...:s3-outposts:...:outpost/<id>/bucket/<name>}) or {@code Name}
 * ({@code .../outpost/<id>/accesspoint/<name>}) carries the account, which becomes
 * {@code AccountId} (the {@code x-amz-account-id} header) when the caller left it out, and must
 * equal it when the caller gave it. Any other ARN there is refused, as are ARNs of a FIPS
 * pseudo-region and the accelerate endpoint, all before any I/O, in botocore's words. The ARN
 * itself stays: the endpoint rules read it.
 */
final class S3ControlArns implements Hook {
    /** Operations botocore leaves alone: they route by {@code OutpostId}, not by an ARN. */
    private static final Set<String> SKIPPED = Set.of("CreateBucket", "ListRegionalBuckets");

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3-control".equals(operation.service().endpointPrefix()) && !SKIPPED.contains(operation.name())
                && operation.inputShape() != null
                && (operation.inputShape().member("Name") != null || operation.inputShape().member("Bucket") != null);
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        Map<String, Object> params = call.input();
        String operation = call.operation().name();
        boolean accelerate = Boolean.TRUE.equals(call.runtime().endpointBuiltIns().get("AWS::S3::Accelerate"));
        // CreateAccessPoint's Name is the new access point's name, never an ARN to expand.
        if (!operation.equals("CreateAccessPoint")) {
            check(params, "Name", "accesspoint", operation, accelerate);
        }
        check(params, "Bucket", "bucket", operation, accelerate);
        return CONTINUE;
    }

    private static void check(Map<String, Object> params, String member, String resourceType, String operation,
                              boolean accelerate) {
        if (!(params.get(member) instanceof String value)) {
            return;
        }
        String[] arn = value.split(":", 6);
        if (!value.startsWith("arn:") || arn.length < 6) {
            return; // not an ARN: a plain name
        }
        String region = arn[3];
        if (region.startsWith("fips-") || region.endsWith("fips-")) {
            throw refused(member, value, operation, "Invalid ARN, FIPS region not allowed in ARN.");
        }
        if (accelerate) {
            throw new SdkClientException("Unsupported configuration when using S3 Control: S3 control client does"
                    + " not support accelerate endpoints");
        }
        String[] resource = arn[5].split("[/:]", -1);
        boolean outpostResource = arn[2].equals("s3-outposts") && resource.length == 4
                && resource[0].equals("outpost") && resource[2].equals(resourceType);
        if (!outpostResource) {
            throw refused(member, value, operation, "The " + member + " parameter does not support the provided ARN");
        }
        String account = arn[4];
        Object given = params.get("AccountId");
        if (given != null && !account.equals(given)) {
            throw refused(member, value, operation, "Account ID in arn does not match the AccountId parameter"
                    + " provided: \"" + given + "\"");
        }
        params.put("AccountId", account);
    }

    private static ParamValidationException refused(String member, String arn, String operation, String why) {
        return new ParamValidationException("s3control", operation, List.of(new ParamValidationException.Problem(member,
                "S3 ARN \"" + arn + "\" provided is invalid for this operation. " + why)));
    }
}
