package io.boto4j.s3.internal;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.protocol.support.Timestamps;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code handle_expires_header} (before-parse of every S3 operation whose output has
 * the {@code Expires} header member: GetObject, HeadObject): S3 returns whatever text the
 * uploader set as {@code Expires}, which need not be a date. The text is always returned as
 * {@code ExpiresString}; when it is not a timestamp the header is dropped before parsing, so the
 * call succeeds without {@code Expires} instead of failing on it.
 *
 * <p>botocore reads timestamps with dateutil, which accepts more spellings than boto4j's parser
 * (ISO-8601, RFC 1123 with a weekday that matches the date, epoch seconds); for the rest, boto4j
 * returns only {@code ExpiresString}.
 */
final class ExpiresHeader implements Hook {
    private static final String HEADER = "Expires";
    private static final ContextKey<String> RAW = ContextKey.named("the Expires header as sent");

    @Override
    public boolean appliesTo(OperationModel operation) {
        if (!"s3".equals(operation.service().endpointPrefix()) || operation.outputShape() == null) {
            return false;
        }
        Member expires = operation.outputShape().member(HEADER);
        return expires != null && HEADER.equals(expires.shape().name()) && HEADER.equals(expires.locationName());
    }

    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        String value = attempt.response().headers().first(HEADER);
        attempt.call().put(RAW, value);
        if (value != null && !isTimestamp(value)) {
            attempt.response().headers().remove(HEADER);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        String value = call.get(RAW);
        if (value != null) {
            output.put("ExpiresString", value);
        }
        return CONTINUE;
    }

    private static boolean isTimestamp(String value) {
        try {
            Timestamps.parse(value);
            return true;
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
