package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@link BucketLocation} on the pipeline (botocore's {@code parse_get_bucket_location}, after-call
 * of GetBucketLocation): the model's parser finds no {@code LocationConstraint} child in the bare
 * {@code <LocationConstraint>} root, so the successful body is read here and its text becomes the
 * result's {@code LocationConstraint}: the region, or null for us-east-1, as botocore's
 * {@code None} (the key is there either way). A body that is not XML fails the call, as in botocore.
 */
final class BucketLocationResult implements Hook {
    private static final String MEMBER = "LocationConstraint";
    /** The parsed location of the call's successful response; empty for us-east-1. */
    private static final ContextKey<Optional<String>> LOCATION = ContextKey.named("GetBucketLocation's constraint");

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && operation.name().equals("GetBucketLocation");
    }

    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        int status = attempt.response().statusCode();
        if (status < 200 || status >= 300) {
            return CONTINUE;
        }
        return attempt.response().bufferBody().thenAccept(body ->
                attempt.call().put(LOCATION, Optional.ofNullable(BucketLocation.parse(body))));
    }

    @Override
    public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        Optional<String> location = call.get(LOCATION);
        if (location != null) {
            output.put(MEMBER, location.orElse(null));
        }
        return CONTINUE;
    }
}
