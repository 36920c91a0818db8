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
        return isSet(node(obj, name));
    }

    /** Whether a flag trait's value sets it: JSON {@code true} or the text {@code "true"} (any case). */
    static boolean isSet(JsonNode flag) {
        return flag.isBoolean() ? flag.booleanValue() : flag.isTextual() && Boolean.parseBoolean(flag.textValue());
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
