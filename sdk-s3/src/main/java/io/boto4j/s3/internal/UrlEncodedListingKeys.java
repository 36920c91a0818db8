package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@link UrlEncodedListings} on the pipeline: {@code EncodingType=url} asked for before
 * validation (botocore's {@code set_list_objects_encoding_type_url}), and the keys decoded after
 * parsing ({@code decode_list_object*}) only for calls where it was asked on the caller's behalf.
 */
final class UrlEncodedListingKeys implements Hook {
    private static final ContextKey<Boolean> SET_ON_CALLERS_BEHALF = ContextKey.named("EncodingType=url set by boto4j");

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && UrlEncodedListings.applies(operation.name());
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        if (UrlEncodedListings.requestEncoding(call.operation().name(), call.input())) {
            call.put(SET_ON_CALLERS_BEHALF, true);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        UrlEncodedListings.decode(call.operation().name(), output, Boolean.TRUE.equals(call.get(SET_ON_CALLERS_BEHALF)));
        return CONTINUE;
    }
}
