package io.boto4j.differential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A response as a service would send it: status, headers in order, body bytes. */
record CannedResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** The fields of the driver's {@code response} message. */
    void writeTo(ObjectNode message) {
        message.put("status", status);
        ArrayNode h = message.putArray("headers");
        headers.forEach(e -> h.addArray().add(e.getKey()).add(e.getValue()));
        message.put("body", Base64.getEncoder().encodeToString(body));
    }
}
