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

    /** The operation's name as callers use it: its key in the model's {@code operations}. */
    public String name() {
        return name;
    }

    /**
     * The name the wire carries (X-Amz-Target, the query {@code Action}): the model's {@code name}
     * field, which differs from the key for a few operations (CloudFront's ListDistributions is
     * {@code ListDistributions2020_05_31}), else the key. As botocore's {@code wire_name}.
     */
    public String wireName() {
        String wire = Traits.text(json, "name");
        return wire != null ? wire : name;
    }

    public ServiceModel service() {
        return service;
    }

    /** A raw trait of the operation (missing node when absent). */
    public JsonNode trait(String trait) {
        return Traits.node(json, trait);
    }

    public String httpMethod() {
        String m = Traits.text(trait("http"), "method");
        return m == null ? "POST" : m;
    }

    /** The request URI template, e.g. {@code /{Bucket}/{Key+}?uploads}; "/" when absent. */
    public String requestUri() {
        String u = Traits.text(trait("http"), "requestUri");
        return u == null ? "/" : u;
    }

    /** The success status code the model declares, or null. */
    public Integer responseCode() {
        Number n = Traits.number(trait("http"), "responseCode");
        return n == null ? null : n.intValue();
    }

    /** The input reference (its own traits: locationName, xmlNamespace), or null. */
    public Member input() {
        return input;
    }

    public Shape inputShape() {
        return input == null ? null : input.shape();
    }

    /** The output reference (its own traits: resultWrapper), or null. */
    public Member output() {
        return output;
    }

    public Shape outputShape() {
        return output == null ? null : output.shape();
    }

    /** The query protocols' {@code resultWrapper} of the output, or null. */
    public String resultWrapper() {
        return output == null ? null : Traits.text(Traits.node(json, "output"), "resultWrapper");
    }

    /** Error shapes the operation declares, in model order. */
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

    /** The {@code endpoint.hostPrefix} template, e.g. {@code {AccountId}.}, or null. */
    public String hostPrefix() {
        return Traits.text(trait("endpoint"), "hostPrefix");
    }

    /** The {@code httpChecksum} trait (requestAlgorithmMember, requestChecksumRequired, ...). */
    public JsonNode httpChecksum() {
        return trait("httpChecksum");
    }

    public boolean httpChecksumRequired() {
        return Traits.flag(json, "httpChecksumRequired")
                || Traits.flag(trait("httpChecksum"), "requestChecksumRequired");
    }

    /** The {@code requestcompression.encodings} list; empty when the operation has none. */
    public List<String> requestCompressionEncodings() {
        List<String> out = new ArrayList<>();
        Traits.node(trait("requestcompression"), "encodings").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The operation's {@code auth} list, falling back to the service's; may be empty. */
    public List<String> auth() {
        return trait("auth").isArray() ? declaredAuth() : service.auth();
    }

    /**
     * The operation's own {@code auth} list, without the service's; empty when it has none
     * (botocore's {@code OperationModel.auth}: an auth scheme preference applies to this list).
     */
    public List<String> declaredAuth() {
        List<String> out = new ArrayList<>();
        JsonNode a = trait("auth");
        if (a.isArray()) {
            a.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** Legacy {@code authtype} (v4, v4-unsigned-body, none, bearer...), or null. */
    public String authType() {
        return Traits.text(json, "authtype");
    }

    /** Whether the input's payload member is a stream (botocore's {@code has_streaming_input}). */
    public boolean hasStreamingInput() {
        Shape in = inputShape();
        String payload = in == null ? null : in.payload();
        Member m = payload == null ? null : in.member(payload);
        return m != null && (m.isStreaming() || m.shape().isStreaming());
    }

    public boolean isUnsignedPayload() {
        return Traits.flag(json, "unsignedPayload") || "v4-unsigned-body".equals(authType());
    }

    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated");
    }

    /** The {@code endpointdiscovery} trait (with {@code required}) or a missing node. */
    public JsonNode endpointDiscovery() {
        return trait("endpointdiscovery");
    }

    public boolean isEndpointOperation() {
        return Traits.flag(json, "endpointoperation");
    }

    public JsonNode staticContextParams() {
        return trait("staticContextParams");
    }

    public JsonNode operationContextParams() {
        return trait("operationContextParams");
    }

    public String documentation() {
        return Traits.text(json, "documentation");
    }

    /** Whether the output has an event stream member (then the response is streamed). */
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
