package io.boto4j.core.endpoints;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link OperationEndpointContext} read from botocore-format JSON. */
record JsonOperationEndpointContext(Map<String, Object> staticContextParams,
                                    Map<String, String> contextParamMembers,
                                    Map<String, String> operationContextParamPaths)
        implements OperationEndpointContext {

    static final JsonOperationEndpointContext EMPTY = new JsonOperationEndpointContext(Map.of(), Map.of(), Map.of());

    static JsonOperationEndpointContext of(JsonNode operation, JsonNode shapes) {
        Map<String, Object> statics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : operation.path("staticContextParams").properties()) {
            statics.put(e.getKey(), value(e.getValue().path("value")));
        }
        Map<String, String> members = new LinkedHashMap<>();
        String inputShape = operation.path("input").path("shape").asText(null);
        if (inputShape != null) {
            JsonNode shape = shapes.path(inputShape);
            for (Map.Entry<String, JsonNode> m : shape.path("members").properties()) {
                JsonNode contextParam = m.getValue().path("contextParam");
                if (contextParam.hasNonNull("name")) {
                    members.put(contextParam.get("name").asText(), m.getKey());
                }
            }
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : operation.path("operationContextParams").properties()) {
            paths.put(e.getKey(), e.getValue().path("path").asText());
        }
        return new JsonOperationEndpointContext(Collections.unmodifiableMap(statics),
                Collections.unmodifiableMap(members), Collections.unmodifiableMap(paths));
    }

    static JsonOperationEndpointContext of(OperationModel operation) {
        Map<String, Object> statics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : operation.staticContextParams().properties()) {
            statics.put(e.getKey(), value(e.getValue().path("value")));
        }
        Map<String, String> members = new LinkedHashMap<>();
        Shape input = operation.inputShape();
        if (input != null) {
            for (Member m : input.members().values()) {
                if (m.contextParam() != null) {
                    members.put(m.contextParam(), m.name());
                }
            }
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : operation.operationContextParams().properties()) {
            paths.put(e.getKey(), e.getValue().path("path").asText());
        }
        return new JsonOperationEndpointContext(Collections.unmodifiableMap(statics),
                Collections.unmodifiableMap(members), Collections.unmodifiableMap(paths));
    }

    private static Object value(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(e -> list.add(value(e)));
            return List.copyOf(list);
        }
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.asText();
    }
}
