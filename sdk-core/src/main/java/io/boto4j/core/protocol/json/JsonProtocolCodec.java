package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.support.ContentLength;
import io.boto4j.core.protocol.support.ErrorCodes;
import io.boto4j.core.protocol.support.HostPrefix;
import io.boto4j.core.protocol.support.IdempotencyTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code json} protocol (AWS JSON 1.0 and 1.1): every call is a POST to "/" naming the
 * operation in {@code X-Amz-Target}, with the whole input as a JSON object body and the whole
 * output read from the JSON response body.
 */
public final class JsonProtocolCodec implements ProtocolCodec {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    /**
     * Creates a codec of the {@code json} protocol. It holds no state, so one instance may serve
     * every service and thread. Clients use the shared one from
     * {@link io.boto4j.core.protocol.Protocols#forName Protocols.forName("json")}, which also turns
     * a response this codec cannot read into a {@link io.boto4j.core.ResponseParseException}; a
     * codec created here lacks that wrapper.
     */
    public JsonProtocolCodec() {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint) {
        ServiceModel service = operation.service();
        Shape inputShape = operation.inputShape();
        Map<String, Object> params = IdempotencyTokens.fill(inputShape, input);
        SdkHttpRequest request = new SdkHttpRequest(operation.httpMethod(), HostPrefix.apply(operation, params, endpoint), "/");
        byte[] body = inputShape == null ? EMPTY_OBJECT
                : JsonBodyWriter.INSTANCE.writeStructure(inputShape, params, JsonBodyWriter.ALL_MEMBERS);
        Headers headers = request.headers();
        headers.set("X-Amz-Target", service.targetPrefix() + "." + operation.wireName());
        headers.set("Content-Type", "application/x-amz-json-" + jsonVersion(service));
        if (service.isAwsQueryCompatible()) {
            headers.set("x-amzn-query-mode", "true");
        }
        return ContentLength.frame(request.body(body));
    }

    private static String jsonVersion(ServiceModel service) {
        String v = service.jsonVersion();
        return v == null ? "1.0" : v;
    }

    @Override
    public Map<String, Object> parse(OperationModel operation, SdkHttpResponse response) {
        Shape output = operation.outputShape();
        if (output == null) {
            return new LinkedHashMap<>();
        }
        JsonNode body = JsonBodyReader.parse(response.body());
        return JsonBodyReader.INSTANCE.readStructure(output, body, JsonBodyWriter.ALL_MEMBERS);
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response) {
        return JsonErrors.parse(operation, response, JsonBodyReader.parseLeniently(response.body()),
                JsonBodyReader.INSTANCE);
    }
}
