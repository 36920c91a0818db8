package io.boto4j.core.protocol;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;

import java.net.URI;
import java.util.Map;

/**
 * One AWS wire protocol: turns an operation's input value into an HTTP request and a response
 * back into an output value or a service error. Implementations are stateless and
 * thread-safe; everything service-specific comes from the operation's model.
 *
 * <p>Values follow the SDK's value model: a structure is a {@code Map<String,Object>} in
 * member order, lists are {@code List}, maps {@code Map}, timestamps {@code Instant}, blobs
 * {@code byte[]}, documents plain JSON-like values.
 */
public interface ProtocolCodec {

    /** The protocol name as the model spells it ({@code rest-xml}, {@code json}, ...). */
    String name();

    /**
     * Serializes {@code input} (already validated) for {@code operation} against the resolved
     * endpoint. Host prefixes are applied to the returned request's endpoint; missing
     * idempotency tokens are filled in.
     */
    SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint);

    /** Parses a successful response into the operation's output value (never null). */
    Map<String, Object> parse(OperationModel operation, SdkHttpResponse response);

    /** Parses an error response: code, message, the error shape's fields where it is known. */
    ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response);

    /**
     * The request id a successful response carries in its body (query's
     * {@code ResponseMetadata/RequestId}, EC2's {@code requestId}), which botocore prefers to the
     * headers; null when the protocol has none there.
     */
    default String requestId(SdkHttpResponse response) {
        return null;
    }
}
