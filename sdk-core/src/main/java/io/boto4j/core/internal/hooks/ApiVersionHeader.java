package io.boto4j.core.internal.hooks;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code inject_api_version_header_if_needed}: a service's endpoint-discovery
 * operation (its {@code endpointoperation}, DynamoDB's and Timestream's DescribeEndpoints)
 * carries the API version in {@code x-amz-api-version}, signed, whether endpoint discovery or
 * the caller calls it. Not on presigned URLs, as in botocore.
 */
final class ApiVersionHeader implements Hook {

    @Override
    public boolean appliesTo(OperationModel operation) {
        return operation.isEndpointOperation();
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        if (!call.isPresign()) {
            call.request().headers().set("x-amz-api-version", call.service().apiVersion());
        }
        return CONTINUE;
    }
}
