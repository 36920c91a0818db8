package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code _set_extra_headers_for_unsigned_request} (before-sign of every S3 operation):
 * an unsigned request (an anonymous client, or an operation without auth) that carries its
 * checksum in an {@code aws-chunked} trailer must still say so in {@code X-Amz-Content-SHA256},
 * which no signer writes for it: {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}. Read from the request
 * as the checksum hook shaped it (its {@code x-amz-trailer} header), so that it follows wherever
 * the trailer is decided.
 */
final class UnsignedTrailer implements Hook {
    static final String VALUE = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix());
    }

    /** After the built-ins of the stage, which may still be shaping the body. */
    @Override
    public int order() {
        return BUILT_IN_ORDER + 500;
    }

    @Override
    public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
        if (attempt.signing() == null && attempt.request().headers().contains("x-amz-trailer")) {
            attempt.request().headers().set("X-Amz-Content-SHA256", VALUE);
        }
        return CONTINUE;
    }
}
