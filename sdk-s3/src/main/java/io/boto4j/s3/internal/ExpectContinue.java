package io.boto4j.s3.internal;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.pipeline.StreamingInputs;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code add_expect_header} (before-call of every S3 operation): a PUT or POST whose
 * body is a file-like object asks {@code Expect: 100-continue}, so that S3 can refuse an upload
 * (wrong region, bad signature, no such bucket) before the body is sent. Which bodies are
 * file-like, as botocore decides it:
 * <ul>
 *   <li>PutObject's and UploadPart's {@code Body}, whatever the caller gave, even empty
 *       ({@code convert_body_to_file_like_object} wraps bytes and text in a stream first);
 *   <li>another streaming payload (WriteGetObjectResponse's {@code Body}) when the caller gave a
 *       stream or a file, not bytes or text: boto4j tells them apart by whether the body is in
 *       memory;
 *   <li>never an XML document body, nor a call without a body.
 * </ul>
 * The header is not signed (SigV4 leaves {@code Expect} out); presigned URLs get none. The
 * transports turn it into waiting for {@code 100 Continue} before sending the body.
 */
final class ExpectContinue implements Hook {
    /** The operations whose body botocore always turns into a file-like object. */
    private static final Set<String> ALWAYS_STREAMED = Set.of("PutObject", "UploadPart");
    private static final ContextKey<Boolean> BODY_GIVEN = ContextKey.named("streaming payload given");

    @Override
    public boolean appliesTo(OperationModel operation) {
        String method = operation.httpMethod();
        return "s3".equals(operation.service().endpointPrefix())
                && ("PUT".equals(method) || "POST".equals(method))
                && StreamingInputs.member(operation) != null;
    }

    /** Whether the caller gave the payload at all: without one, botocore has no body to look at. */
    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        if (call.input().get(StreamingInputs.member(call.operation())) != null) {
            call.put(BODY_GIVEN, true);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        RequestBody body = call.request().body();
        if (call.isPresign() || body == null || call.get(BODY_GIVEN) == null) {
            return CONTINUE;
        }
        if (ALWAYS_STREAMED.contains(call.operation().name()) || body.bytes() == null) {
            call.request().headers().set("Expect", "100-continue");
        }
        return CONTINUE;
    }
}
