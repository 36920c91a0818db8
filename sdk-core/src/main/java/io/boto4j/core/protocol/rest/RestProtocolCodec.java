package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.support.ContentLength;
import io.boto4j.core.protocol.support.HostPrefix;
import io.boto4j.core.protocol.support.IdempotencyTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What rest-json and rest-xml share: the HTTP binding (URI, query, headers, status code) and
 * the choice of what goes in the body (the {@code payload} member raw or as a document, or
 * the remaining members as one document). Subclasses supply only the document format.
 */
abstract class RestProtocolCodec implements ProtocolCodec {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final byte[] EMPTY = new byte[0];

    /** The Content-Type of a body document ({@code application/json}, {@code application/xml}). */
    protected abstract String documentContentType();

    /** The document for the input's body members ({@code values} holds only those, none null). */
    protected abstract byte[] writeInputDocument(OperationModel op, Shape inputShape, Map<String, Object> values);

    /** The document for a structure, union or document {@code payload} member. */
    protected abstract byte[] writePayloadDocument(Member payload, Object value);

    /** The body sent when the input has body members but none is set (null for no body). */
    protected abstract byte[] emptyInputDocument(Shape inputShape);

    /** The body sent when a structure {@code payload} member is not set (null for no body). */
    protected abstract byte[] emptyPayloadDocument(Member payload);

    /** The members of {@code shape} found in a non-empty body document. */
    protected abstract Map<String, Object> readDocument(Shape shape, byte[] body);

    /** A structure, union or document {@code payload} member's value from a non-empty body. */
    protected abstract Object readPayloadDocument(Member payload, byte[] body);

    @Override
    public SdkHttpRequest serialize(OperationModel op, Map<String, Object> input, URI endpoint) {
        Shape inputShape = op.inputShape();
        Map<String, Object> params = IdempotencyTokens.fill(inputShape, input);
        SdkHttpRequest request = new SdkHttpRequest(op.httpMethod(), HostPrefix.apply(op, params, endpoint), "/");
        Map<String, Object> bodyMembers = RequestBinding.bind(op, inputShape, params, request);
        // Set by an input member (S3's ContentLength): serialized, so signed, as in botocore.
        boolean lengthFromInput = request.headers().contains("Content-Length");
        if (inputShape != null) {
            writeBody(op, inputShape, params, bodyMembers, request);
        }
        return ContentLength.frame(request, lengthFromInput);
    }

    private void writeBody(OperationModel op, Shape inputShape, Map<String, Object> params,
                           Map<String, Object> bodyMembers, SdkHttpRequest request) {
        String payloadName = inputShape.payload();
        byte[] body = null;
        String contentType = null;
        if (payloadName != null) {
            Member payload = inputShape.member(payloadName);
            Object value = params == null ? null : params.get(payloadName);
            if (value != null && isRawPayload(payload)) {
                body = rawBytes(value);
                contentType = rawContentType(payload);
            } else if (value != null) {
                body = writePayloadDocument(payload, value);
                contentType = documentContentType();
            } else if (isRawPayload(payload)) {
                // As botocore: an unset raw payload is an empty body, so PUTs still carry
                // Content-Length: 0 (S3 refuses a PutObject without a length).
                body = EMPTY;
            } else {
                body = emptyPayloadDocument(payload);
                contentType = body == null ? null : documentContentType();
            }
        } else if (!bodyMembers.isEmpty()) {
            body = writeInputDocument(op, inputShape, bodyMembers);
            contentType = documentContentType();
        } else {
            body = emptyInputDocument(inputShape);
            contentType = body == null ? null : documentContentType();
        }
        if (body == null) {
            return;
        }
        request.body(body);
        if (contentType != null && !request.headers().contains(CONTENT_TYPE)) {
            request.headers().set(CONTENT_TYPE, contentType);
        }
    }

    /** Blob and string payloads go on the wire as they are, not wrapped in a document. */
    static boolean isRawPayload(Member payload) {
        ShapeType t = payload.type();
        return t == ShapeType.BLOB || t == ShapeType.STRING;
    }

    private static byte[] rawBytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Content-Type of a blob or string payload sent raw: none, as botocore sends none for
     * them (a caller who wants one sets the operation's ContentType member where it has one).
     */
    protected String rawContentType(Member payload) {
        return null;
    }

    /** True when {@code shape} has a member bound to the request body (no {@code location}). */
    static boolean hasBodyMembers(Shape shape) {
        for (Member m : shape.members().values()) {
            if (m.location() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Members a response body may carry: all but those in headers or the status line. Like
     * botocore, uri and querystring members (meaningless in a response) are read from the body.
     */
    static final Predicate<Member> RESPONSE_BODY_MEMBERS = m -> {
        String location = m.location();
        return location == null || !(location.equals("header") || location.equals("headers")
                || location.equals("statusCode"));
    };

    @Override
    public Map<String, Object> parse(OperationModel op, SdkHttpResponse response) {
        Map<String, Object> out = new LinkedHashMap<>();
        Shape outputShape = op.outputShape();
        if (outputShape != null) {
            readShape(outputShape, response, out);
        }
        return out;
    }

    /** Reads the headers, status and body members of an output or error shape into {@code out}. */
    protected final void readShape(Shape shape, SdkHttpResponse response, Map<String, Object> out) {
        ResponseBinding.read(shape, response, out);
        byte[] body = response.body();
        String payloadName = shape.payload();
        if (payloadName == null) {
            if (body.length > 0 && shape.members().values().stream().anyMatch(RESPONSE_BODY_MEMBERS)) {
                out.putAll(readDocument(shape, body));
            }
            return;
        }
        Member payload = shape.member(payloadName);
        if (payload.shape().isEventStream()) {
            return; // event streams are framed binary messages, decoded by the streaming layer
        }
        // As botocore: the payload member is always set, from an empty body too (an empty
        // blob or string, an empty structure).
        if (payload.type() == ShapeType.BLOB) {
            out.put(payloadName, body);
        } else if (payload.type() == ShapeType.STRING) {
            out.put(payloadName, new String(body, StandardCharsets.UTF_8));
        } else if (body.length > 0) {
            Object value = readPayloadDocument(payload, body);
            if (value != null) {
                out.put(payloadName, value);
            }
        } else {
            out.put(payloadName, new LinkedHashMap<String, Object>());
        }
    }
}
