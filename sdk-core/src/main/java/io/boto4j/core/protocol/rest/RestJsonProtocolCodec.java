package io.boto4j.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.json.JsonBodyReader;
import io.boto4j.core.protocol.support.ErrorCodes;
import io.boto4j.core.protocol.support.ResponseParsing;
import io.boto4j.core.protocol.json.JsonBodyWriter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code rest-json} protocol: the REST HTTP binding with JSON documents. An input with body
 * members but none set still sends {@code {}}, as botocore does; errors name their code in the
 * {@code x-amzn-errortype} header or in the body's {@code code} / {@code __type}.
 */
public final class RestJsonProtocolCodec extends RestProtocolCodec {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "rest-json";
    }

    @Override
    protected String documentContentType() {
        return "application/json";
    }

    @Override
    protected byte[] writeInputDocument(OperationModel op, Shape inputShape, Map<String, Object> values) {
        return JsonBodyWriter.INSTANCE.writeStructure(inputShape, values, JsonBodyWriter.BODY_MEMBERS);
    }

    @Override
    protected byte[] writePayloadDocument(Member payload, Object value) {
        return JsonBodyWriter.INSTANCE.writeValue(payload, value);
    }

    @Override
    protected byte[] emptyInputDocument(Shape inputShape) {
        return hasBodyMembers(inputShape) ? EMPTY_OBJECT : null;
    }

    /** botocore sends {@code {}} for an unset structure payload; an unset union sends nothing (Smithy). */
    @Override
    protected byte[] emptyPayloadDocument(Member payload) {
        Shape shape = payload.shape();
        return shape.type() == ShapeType.STRUCTURE && !shape.isUnion() && !shape.isDocument() ? EMPTY_OBJECT : null;
    }

    @Override
    protected Map<String, Object> readDocument(Shape shape, byte[] body) {
        return JsonBodyReader.INSTANCE.readStructure(shape, JsonBodyReader.parse(body), RESPONSE_BODY_MEMBERS);
    }

    @Override
    protected Object readPayloadDocument(Member payload, byte[] body) {
        return JsonBodyReader.INSTANCE.readValue(payload, JsonBodyReader.parse(body));
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel op, SdkHttpResponse response) {
        JsonNode body = JsonBodyReader.parseLeniently(response.body());
        if (body != null && !body.isObject()) {
            body = null;
        }
        String code = response.headers().first("x-amzn-errortype");
        if (code == null && body != null) {
            code = firstText(body, "code", "Code", "__type");
        }
        code = ErrorCodes.bare(code);
        if (code == null || code.isEmpty()) {
            code = Integer.toString(response.statusCode());
        }
        String message = body == null ? null : firstText(body, "message", "Message", "errorMessage");
        Shape shape = ErrorCodes.find(op, code);
        boolean bodyIsObject = body != null;
        Map<String, Object> fields = shape == null ? Map.of() : ResponseParsing.errorFields(() -> {
            Map<String, Object> read = new LinkedHashMap<>();
            if (bodyIsObject) {
                readShape(shape, response, read);
            } else {
                // The body is not a JSON object (a proxy's page, say): only headers and status apply.
                ResponseBinding.read(shape, response, read);
            }
            return read;
        });
        String requestId = response.headers().first("x-amzn-requestid");
        if (requestId == null) {
            requestId = response.headers().first("x-amz-request-id");
        }
        return new ServiceErrorDetails(code, message, shape, fields, requestId,
                response.headers().first("x-amz-id-2"), response.statusCode());
    }

    private static String firstText(JsonNode obj, String... names) {
        for (String n : names) {
            JsonNode v = obj.get(n);
            if (v != null && v.isTextual()) {
                return v.textValue();
            }
        }
        return null;
    }
}
