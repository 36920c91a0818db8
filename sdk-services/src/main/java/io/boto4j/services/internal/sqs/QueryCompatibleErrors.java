package io.boto4j.services.internal.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.ServiceException;
import io.boto4j.core.model.Shape;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code _handle_sqs_compatible_error}: SQS moved from the query protocol to JSON and
 * answers errors with both codes, the query one in {@code x-amzn-query-error} (which is the
 * error's code, as callers of the query API knew it) and the JSON one in {@code __type}. SQS's
 * model names its errors by the JSON one only, so the modeled error (the exception botocore
 * raises, {@link ServiceException#errorShape()} here) is found by {@code __type}.
 */
final class QueryCompatibleErrors implements Hook {
    private static final ContextKey<String> JSON_TYPE = ContextKey.named("sqs error __type");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        AttemptResponse response = attempt.response();
        String queryError = response.headers().first("x-amzn-query-error");
        if (response.statusCode() < 300 || queryError == null) {
            return CONTINUE;
        }
        String[] parts = queryError.split(";", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return CONTINUE;
        }
        return response.bufferBody().thenAccept(body -> {
            String type = jsonType(body);
            if (type != null) {
                attempt.call().put(JSON_TYPE, type);
            }
        });
    }

    @Override
    public CompletionStage<Void> onError(CallContext call) {
        String type = call.get(JSON_TYPE);
        if (type != null && call.error() instanceof ServiceException e && e.errorShape() == null) {
            Shape modeled = call.service().exceptionShape(type);
            if (modeled != null) {
                call.error(new ServiceException(e.service(), e.operation(), e.errorCode(), e.errorMessage(),
                        e.statusCode(), e.requestId(), e.extendedRequestId(), modeled, e.fields(), e.attempts()));
            }
        }
        return CONTINUE;
    }

    /** {@code __type} as botocore reads it: without its namespace ({@code ...#}) and suffix ({@code :...}). */
    private static String jsonType(byte[] body) {
        JsonNode type;
        try {
            type = JSON.readTree(body).path("__type");
        } catch (IOException notJson) {
            return null;
        }
        if (!type.isTextual()) {
            return null;
        }
        String code = type.textValue();
        if (code.contains(":")) {
            code = code.substring(0, code.indexOf(':'));
        }
        return code.contains("#") ? code.substring(code.lastIndexOf('#') + 1) : code;
    }
}
