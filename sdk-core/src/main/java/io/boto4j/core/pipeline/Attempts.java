package io.boto4j.core.pipeline;

import io.boto4j.core.ConnectionException;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.SdkException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.retry.TransportFailure;
import io.boto4j.core.AttemptTimeoutException;


/** What the runtime reads off attempts: the caller's error, request ids, whether a body can go again. */
final class Attempts {
    private Attempts() {
    }

    /** The exception a failed attempt ends its call with. */
    static SdkException error(Call call, Attempt attempt) {
        String service = call.service().serviceName();
        String operation = call.operation().name();
        ServiceErrorDetails error = attempt.serviceError;
        if (error != null) {
            return new ServiceException(service, operation, error.code(), error.message(), error.statusCode(),
                    error.requestId(), error.extendedRequestId(), error.shape(), error.fields(), attempt.number());
        }
        if (attempt.failure instanceof AttemptTimeoutException timeout) {
            return timeout.withContext(service + "." + operation + " attempt " + attempt.number());
        }
        if (attempt.failure instanceof SdkException e) {
            return e;
        }
        if (TransportFailure.classify(attempt.failure) != TransportFailure.NOT_TRANSPORT) {
            return ConnectionException.of(service + "." + operation, attempt.request().uri(), attempt.number(),
                    ServiceRuntime.unwrap(attempt.failure));
        }
        return new SdkClientException(service + "." + operation + " failed after " + attempt.number()
                + " attempt(s): " + attempt.failure, attempt.failure);
    }

    /** Whether the call's body (if any) can be sent again from its start. */
    static boolean replayable(Call call) {
        RequestBody body = call.request().body();
        return body == null || body.replayable();
    }

    /** The request id of a response ({@code x-amzn-requestid}, {@code x-amz-request-id}), or null. */
    static String requestId(Headers h) {
        String id = h.first("x-amzn-requestid");
        if (id == null) {
            id = h.first("x-amz-request-id");
        }
        return id != null ? id : h.first("x-amzn-request-id");
    }
}
