package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * {@link OkWithError} on the pipeline (botocore's {@code _handle_200_error}, registered first on
 * before-parse of every S3 operation): the 200 body of an inspected operation is read before it
 * is parsed, and when it is an {@code <Error>} (or cut short) the status the parser and the retry
 * policy see becomes 500, so the attempt is retried as a server error and, once retries run out,
 * fails with the error in the body. Reading the body first costs nothing extra: the parser of a
 * non-streaming output reads all of it anyway.
 */
final class OkWithErrorCheck implements Hook {

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && OkWithError.inspects(operation);
    }

    /** First among the S3 hooks that read the response, as botocore registers it first. */
    @Override
    public int order() {
        return -100;
    }

    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        AttemptResponse response = attempt.response();
        if (response.statusCode() != 200) {
            return CONTINUE;
        }
        return response.bufferBody().thenAccept(body -> {
            if (OkWithError.looksLikeError(response.statusCode(), body)) {
                response.statusCode(OkWithError.TREATED_AS_STATUS);
            }
        });
    }
}
