package io.boto4j.core.protocol;

import io.boto4j.core.ResponseParseException;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.protocol.support.ResponseParsing;

import java.net.URI;
import java.util.Map;

/**
 * Where a codec's parse failures become the SDK's own: a success response that cannot be read
 * fails with a {@link ResponseParseException} naming the operation; an error response that
 * cannot be read still becomes the service error its status says (as botocore falls back to the
 * status code), so that a throttled or failing service is retried whatever its body holds.
 * Serializing passes through untouched.
 */
final class ParseFailureBoundary implements ProtocolCodec {
    private final ProtocolCodec codec;

    ParseFailureBoundary(ProtocolCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return codec.name();
    }

    @Override
    public SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint) {
        return codec.serialize(operation, input, endpoint);
    }

    @Override
    public Map<String, Object> parse(OperationModel operation, SdkHttpResponse response) {
        try {
            return codec.parse(operation, response);
        } catch (Exception e) {
            throw asParseFailure(operation, response, e);
        }
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response) {
        try {
            return codec.parseError(operation, response);
        } catch (Exception e) {
            RuntimeException failure = asParseFailure(operation, response, e);
            if (!(failure instanceof ResponseParseException unreadable)) {
                throw failure;
            }
            int status = response.statusCode();
            String requestId = response.headers().first("x-amzn-requestid");
            return new ServiceErrorDetails(Integer.toString(status), unreadable.getMessage(), null, Map.of(),
                    requestId != null ? requestId : response.headers().first("x-amz-request-id"), null, status);
        }
    }

    @Override
    public String requestId(SdkHttpResponse response) {
        return codec.requestId(response); // null for a body it cannot read: the headers' id is used then
    }

    /** A data problem as a {@link ResponseParseException}; anything else (a bug) unchanged. */
    private static RuntimeException asParseFailure(OperationModel operation, SdkHttpResponse response, Exception e) {
        if (ResponseParsing.isInputProblem(e)) {
            return ResponseParsing.unreadable(operation, response, e);
        }
        if (e instanceof RuntimeException unchecked) {
            return unchecked;
        }
        return new IllegalStateException(e); // not reached: checked failures are Jackson's, input problems
    }

    @Override
    public String toString() {
        return codec.toString();
    }
}
