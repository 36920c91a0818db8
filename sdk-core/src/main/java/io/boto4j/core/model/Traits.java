package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reads optional traits from a model JSON object without null checks at every call site. */
final class Traits {
    private Traits() {
    }

    static JsonNode node(JsonNode obj, String name) {
        JsonNode n = obj == null ? null : obj.get(name);
        return n == null || n.isNull() ? MissingNode.getInstance() : n;
    }

    static String text(JsonNode obj, String name) {
        JsonNode n = node(obj, name);
        return n.isMissingNode() ? null : n.asText();
    }

    static boolean flag(JsonNode obj, String name) {
        JsonNode n = node(obj, name);
        return n.isBoolean() ? n.booleanValue() : n.isTextual() && Boolean.parseBoolean(n.textValue());
    }

    static Boolean optionalFlag(JsonNode obj, String name) {
        JsonNode n = node(obj, name);
        return n.isMissingNode() ? null : n.asBoolean();
    }

    static Number number(JsonNode obj, String name) {
        JsonNode n = node(obj, name);
        return n.isNumber() ? n.numberValue() : null;
    }
}
