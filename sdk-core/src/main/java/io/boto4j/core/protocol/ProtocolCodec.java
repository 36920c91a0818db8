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

    /**
     * The protocol name as the model spells it.
     *
     * @return the name, e.g. {@code rest-xml}, {@code json}, {@code smithy-rpc-v2-cbor}
     */
    String name();

    /**
     * Serializes {@code input} (already validated) for {@code operation} against the resolved
     * endpoint. Host prefixes are applied to the returned request's endpoint; missing
     * idempotency tokens are filled in.
     *
     * @param operation the operation called
     * @param input     the validated input by member name
     * @param endpoint  the endpoint the rules resolved, e.g. {@code https://s3.eu-west-1.amazonaws.com}
     * @return a new request with method, path, query, headers and body set, not yet signed
     */
    SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint);

    /**
     * Parses a successful response into the operation's output value.
     *
     * @param operation the operation called
     * @param response  the response, read to its end
     * @return the output by member name, never null (empty when the operation has no output);
     *         a codec from {@link Protocols} fails with {@link io.boto4j.core.ResponseParseException}
     *         when the body cannot be read
     */
    Map<String, Object> parse(OperationModel operation, SdkHttpResponse response);

    /**
     * Parses an error response: code, message, the error shape's fields where it is known.
     *
     * @param operation the operation called; its error shapes give the fields
     * @param response  the non-2xx response (or a 200 that carries an error, as S3's can)
     * @return the details, never null; from an unreadable body, a codec from {@link Protocols}
     *         still gives the error the status says
     */
    ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response);

    /**
     * The request id a successful response carries in its body (query's
     * {@code ResponseMetadata/RequestId}, EC2's {@code requestId}), which botocore prefers to the
     * headers; null when the protocol has none there.
     *
     * @param response a successful response
     * @return the request id, or null
     */
    default String requestId(SdkHttpResponse response) {
        return null;
    }
}
