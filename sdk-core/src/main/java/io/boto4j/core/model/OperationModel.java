package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One operation of a service model. */
public final class OperationModel {
    private final String name;
    private final JsonNode json;
    private final ServiceModel service;
    private final Member input;
    private final Member output;
    private volatile List<Shape> errors;

    OperationModel(String name, JsonNode json, ServiceModel service) {
        this.name = name;
        this.json = json;
        this.service = service;
        JsonNode in = Traits.node(json, "input");
        JsonNode out = Traits.node(json, "output");
        this.input = in.isObject() ? new Member("input", in, service, false) : null;
        this.output = out.isObject() ? new Member("output", out, service, false) : null;
    }

    /**
     * The operation's name as callers use it: its key in the model's {@code operations}.
     *
     * @return the name, e.g. {@code GetObject}
     */
    public String name() {
        return name;
    }

    /**
     * The name the wire carries (X-Amz-Target, the query {@code Action}): the model's {@code name}
     * field, which differs from the key for a few operations (CloudFront's ListDistributions is
     * {@code ListDistributions2020_05_31}), else the key. As botocore's {@code wire_name}.
     *
     * @return the name to send on the wire; never null
     */
    public String wireName() {
        String wire = Traits.text(json, "name");
        return wire != null ? wire : name;
    }

    /**
     * The model this operation belongs to.
     *
     * @return the service's model
     */
    public ServiceModel service() {
        return service;
    }

    /**
     * A raw trait of the operation (missing node when absent).
     *
     * @param trait the trait's key in the operation's JSON, e.g. {@code httpChecksum}
     * @return the trait's JSON, or a {@link com.fasterxml.jackson.databind.node.MissingNode}; never null
     */
    public JsonNode trait(String trait) {
        return Traits.node(json, trait);
    }

    /**
     * The HTTP method of the {@code http} trait.
     *
     * @return the method, e.g. {@code GET}; {@code POST} when the model names none
     */
    public String httpMethod() {
        String m = Traits.text(trait("http"), "method");
        return m == null ? "POST" : m;
    }

    /**
     * The request URI template, e.g. {@code /{Bucket}/{Key+}?uploads}; "/" when absent.
     *
     * @return the template; never null
     */
    public String requestUri() {
        String u = Traits.text(trait("http"), "requestUri");
        return u == null ? "/" : u;
    }

    /**
     * The success status code the model declares, or null.
     *
     * @return the {@code http.responseCode}, e.g. 204, or null
     */
    public Integer responseCode() {
        Number n = Traits.number(trait("http"), "responseCode");
        return n == null ? null : n.intValue();
    }

    /**
     * The input reference (its own traits: locationName, xmlNamespace), or null.
     *
     * @return the input member, or null when the operation takes no input
     */
    public Member input() {
        return input;
    }

    /**
     * The input structure.
     *
     * @return the input's shape, or null when the operation takes no input
     */
    public Shape inputShape() {
        return input == null ? null : input.shape();
    }

    /**
     * The output reference (its own traits: resultWrapper), or null.
     *
     * @return the output member, or null when the operation returns no output
     */
    public Member output() {
        return output;
    }

    /**
     * The output structure.
     *
     * @return the output's shape, or null when the operation returns no output
     */
    public Shape outputShape() {
        return output == null ? null : output.shape();
    }

    /**
     * The query protocols' {@code resultWrapper} of the output, or null.
     *
     * @return the wrapper element's name, e.g. {@code ListQueuesResult}, or null
     */
    public String resultWrapper() {
        return output == null ? null : Traits.text(Traits.node(json, "output"), "resultWrapper");
    }

    /**
     * Error shapes the operation declares, in model order.
     *
     * @return an unmodifiable list, built on first use; empty when the operation declares none
     * @throws ModelException when a declared error names a shape the model does not define
     */
    public List<Shape> errors() {
        List<Shape> e = errors;
        if (e == null) {
            List<Shape> list = new ArrayList<>();
            trait("errors").forEach(n -> list.add(service.shape(Traits.text(n, "shape"))));
            e = Collections.unmodifiableList(list);
            errors = e;
        }
        return e;
    }

    /**
     * The {@code endpoint.hostPrefix} template, e.g. {@code {AccountId}.}, or null.
     *
     * @return the host prefix template, or null
     */
    public String hostPrefix() {
        return Traits.text(trait("endpoint"), "hostPrefix");
    }

    /**
     * The {@code httpChecksum} trait (requestAlgorithmMember, requestChecksumRequired, ...).
     *
     * @return the raw trait, or a {@link com.fasterxml.jackson.databind.node.MissingNode} when absent
     */
    public JsonNode httpChecksum() {
        return trait("httpChecksum");
    }

    /**
     * Whether a request checksum is required: the legacy {@code httpChecksumRequired} trait or {@code httpChecksum.requestChecksumRequired}.
     *
     * @return true when every request must carry a checksum (MD5 or a flexible checksum)
     */
    public boolean httpChecksumRequired() {
        return Traits.flag(json, "httpChecksumRequired")
                || Traits.flag(trait("httpChecksum"), "requestChecksumRequired");
    }

    /**
     * The {@code requestcompression.encodings} list; empty when the operation has none.
     *
     * @return a new list of encodings in preference order, e.g. {@code gzip}
     */
    public List<String> requestCompressionEncodings() {
        List<String> out = new ArrayList<>();
        Traits.node(trait("requestcompression"), "encodings").forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The operation's {@code auth} list, falling back to the service's; may be empty.
     *
     * @return a new list of auth scheme IDs in priority order
     */
    public List<String> auth() {
        return trait("auth").isArray() ? declaredAuth() : service.auth();
    }

    /**
     * The operation's own {@code auth} list, without the service's; empty when it has none
     * (botocore's {@code OperationModel.auth}: an auth scheme preference applies to this list).
     *
     * @return a new list of auth scheme IDs in priority order
     */
    public List<String> declaredAuth() {
        List<String> out = new ArrayList<>();
        JsonNode a = trait("auth");
        if (a.isArray()) {
            a.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /**
     * Legacy {@code authtype} (v4, v4-unsigned-body, none, bearer...), or null.
     *
     * @return the auth type, or null when the operation has none
     */
    public String authType() {
        return Traits.text(json, "authtype");
    }

    /**
     * Whether the input's payload member is a stream (botocore's {@code has_streaming_input}).
     *
     * @return true when the request body is streamed
     */
    public boolean hasStreamingInput() {
        Shape in = inputShape();
        String payload = in == null ? null : in.payload();
        Member m = payload == null ? null : in.member(payload);
        return m != null && (m.isStreaming() || m.shape().isStreaming());
    }

    /**
     * Whether SigV4 leaves the payload unsigned ({@code unsignedPayload}, or {@code authtype} {@code v4-unsigned-body}).
     *
     * @return true when the payload hash is {@code UNSIGNED-PAYLOAD}
     */
    public boolean isUnsignedPayload() {
        return Traits.flag(json, "unsignedPayload") || "v4-unsigned-body".equals(authType());
    }

    /**
     * Whether the model marks this operation as deprecated.
     *
     * @return true for a deprecated operation
     */
    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated");
    }

    /**
     * The {@code endpointdiscovery} trait (with {@code required}) or a missing node.
     *
     * @return the raw trait; never null
     */
    public JsonNode endpointDiscovery() {
        return trait("endpointdiscovery");
    }

    /**
     * Whether this is the service's endpoint discovery operation ({@code endpointoperation}), e.g. DynamoDB's {@code DescribeEndpoints}.
     *
     * @return true for the endpoint operation
     */
    public boolean isEndpointOperation() {
        return Traits.flag(json, "endpointoperation");
    }

    /**
     * The {@code staticContextParams} trait: endpoint parameters with fixed values for this operation.
     *
     * @return the raw object of parameter name to {@code {"value": ...}}, or a {@link com.fasterxml.jackson.databind.node.MissingNode}
     */
    public JsonNode staticContextParams() {
        return trait("staticContextParams");
    }

    /**
     * The {@code operationContextParams} trait: endpoint parameters taken from the input by JMESPath.
     *
     * @return the raw object of parameter name to {@code {"path": ...}}, or a {@link com.fasterxml.jackson.databind.node.MissingNode}
     */
    public JsonNode operationContextParams() {
        return trait("operationContextParams");
    }

    /**
     * The operation's documentation, as the model writes it (HTML).
     *
     * @return the documentation, or null when the model has none
     */
    public String documentation() {
        return Traits.text(json, "documentation");
    }

    /**
     * Whether the output has an event stream member (then the response is streamed).
     *
     * @return true when the output holds an event stream
     */
    public boolean hasEventStreamOutput() {
        Shape out = outputShape();
        if (out == null) {
            return false;
        }
        for (Member m : out.members().values()) {
            if (m.shape().isEventStream()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Operation[" + service.serviceName() + "." + name + "]";
    }
}
