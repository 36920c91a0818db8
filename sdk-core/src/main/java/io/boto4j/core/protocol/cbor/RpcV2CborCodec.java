package io.boto4j.core.protocol.cbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.http.UriEncoding;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.ResponseParseException;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.json.JsonBodyWriter;
import io.boto4j.core.protocol.json.JsonErrors;
import io.boto4j.core.protocol.support.ContentLength;
import io.boto4j.core.protocol.support.HostPrefix;
import io.boto4j.core.protocol.support.IdempotencyTokens;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code smithy-rpc-v2-cbor} protocol: a POST to {@code /service/<targetPrefix>/operation/<Operation>}
 * (botocore takes the service name from {@code targetPrefix}) with the whole input as a CBOR map,
 * and the whole output read from a CBOR response body. An operation without input sends no body
 * and so no Content-Type.
 */
public final class RpcV2CborCodec implements ProtocolCodec {
    private static final String CBOR_TYPE = "application/cbor";
    private static final String EVENT_STREAM_TYPE = "application/vnd.amazon.eventstream";

    @Override
    public String name() {
        return "smithy-rpc-v2-cbor";
    }

    @Override
    public SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint) {
        Shape inputShape = operation.inputShape();
        Map<String, Object> params = IdempotencyTokens.fill(inputShape, input);
        String path = "/service/" + UriEncoding.encode(operation.service().targetPrefix())
                + "/operation/" + UriEncoding.encode(operation.wireName());
        SdkHttpRequest request = new SdkHttpRequest(operation.httpMethod(), HostPrefix.apply(operation, params, endpoint),
                path);
        Headers headers = request.headers();
        headers.set("smithy-protocol", "rpc-v2-cbor");
        String mediaType = operation.hasEventStreamOutput() ? EVENT_STREAM_TYPE : CBOR_TYPE;
        headers.set("Accept", mediaType);
        if (operation.service().isAwsQueryCompatible()) {
            headers.set("x-amzn-query-mode", "true");
        }
        if (inputShape != null) {
            byte[] body = CborBodyWriter.CBOR_INSTANCE.writeStructure(inputShape, params, JsonBodyWriter.ALL_MEMBERS);
            headers.set("Content-Type", mediaType);
            request.body(body);
        }
        return ContentLength.frame(request);
    }

    @Override
    public Map<String, Object> parse(OperationModel operation, SdkHttpResponse response) {
        Shape output = operation.outputShape();
        if (output == null) {
            return new LinkedHashMap<>();
        }
        JsonNode body = CborBodyReader.parseCbor(response.body());
        return CborBodyReader.CBOR_INSTANCE.readStructure(output, body, JsonBodyWriter.ALL_MEMBERS);
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response) {
        JsonNode body;
        try {
            body = CborBodyReader.parseCbor(response.body());
        } catch (ResponseParseException notCbor) {
            // A proxy or load balancer error page: no code or fields in it, the status tells.
            body = JsonNodeFactory.instance.objectNode();
        }
        return JsonErrors.parse(operation, response, body, CborBodyReader.CBOR_INSTANCE);
    }
}
