package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.pipeline.ServiceRuntime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A request as it would go on the wire: method, full URL, headers in order, body bytes. */
record WireRequest(String method, String url, List<Map.Entry<String, String>> headers, byte[] body) {

    /** boto4j's dry run. */
    static WireRequest of(ServiceRuntime.SignedRequest signed) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        signed.request().headers().forEach((k, v) -> headers.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
        byte[] body = signed.body() == null ? null : signed.body().bytes();
        return new WireRequest(signed.request().method(), signed.request().uri().toString(), headers,
                body == null ? new byte[0] : body);
    }

    /** botocore's capture, as the driver prints it. */
    static WireRequest fromDriver(JsonNode r) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        r.path("headers").forEach(h -> headers.add(new AbstractMap.SimpleImmutableEntry<>(h.get(0).asText(),
                h.get(1).asText())));
        return new WireRequest(r.path("method").asText(), r.path("url").asText(), headers,
                Base64.getDecoder().decode(r.path("body").asText("")));
    }

    /** The form the driver's {@code verify} message takes. */
    ObjectNode toDriver() {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("method", method).put("url", url);
        ArrayNode h = r.putArray("headers");
        headers.forEach(e -> h.addArray().add(e.getKey()).add(e.getValue()));
        r.put("body", Base64.getEncoder().encodeToString(body));
        return r;
    }

    /** A header's value (repeated ones joined with ", "), or null. */
    String header(String name) {
        return Bodies.headerMap(headers).get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return method + " " + url + " " + headers + " body " + body.length + " bytes";
    }
}
