package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.support.ErrorCodes;
import io.boto4j.core.protocol.support.ResponseParsing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Error responses of the RPC protocols whose body is a JSON-like object (json, and CBOR read into
 * a tree): the code from {@code __type}, else {@code code}/{@code Code} in the body, else the
 * {@code x-amzn-errortype} header, else the HTTP status; for query-compatible services the
 * {@code x-amzn-query-error} header's code wins. botocore reads only {@code __type} and the
 * status; the other two sources are what the AWS JSON specification also allows.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * Reads an error response whose body has been parsed into a tree.
     *
     * @param operation the operation called; its error shapes give the fields
     * @param response  the error response
     * @param body      the parsed body, or null when it was not parseable (its text becomes the message)
     * @param reader    the reader for the error shape's fields
     * @return the details: code (the status when none is found), message ({@code message},
     *         {@code Message} or {@code errorMessage}), the shape and its fields when modeled, and
     *         the {@code x-amzn-requestid} header
     */
    public static ServiceErrorDetails parse(OperationModel operation, SdkHttpResponse response, JsonNode body,
                                            JsonBodyReader reader) {
        Headers headers = response.headers();
        String code = ErrorCodes.bare(rawCode(body, headers));
        if (code == null || code.isEmpty()) {
            code = Integer.toString(response.statusCode());
        }
        code = ErrorCodes.queryCompatible(headers, code);
        Shape shape = ErrorCodes.find(operation, code);
        Map<String, Object> fields = shape == null || body == null ? Map.of()
                : ResponseParsing.errorFields(() -> reader.readStructure(shape, body, JsonBodyWriter.ALL_MEMBERS));
        String message = body == null ? new String(response.body(), StandardCharsets.UTF_8).trim()
                : firstText(body, "message", "Message", "errorMessage");
        return new ServiceErrorDetails(code, message, shape, fields, headers.first("x-amzn-requestid"),
                null, response.statusCode());
    }

    private static String rawCode(JsonNode body, Headers headers) {
        String code = body == null ? null : firstText(body, "__type", "code", "Code");
        return code != null ? code : headers.first("x-amzn-errortype");
    }

    private static String firstText(JsonNode body, String... names) {
        for (String n : names) {
            JsonNode v = body.get(n);
            if (v != null && v.isTextual()) {
                return v.textValue();
            }
        }
        return null;
    }
}
