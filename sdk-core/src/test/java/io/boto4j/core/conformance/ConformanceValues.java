package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.support.Timestamps;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the suites' JSON into SDK values (timestamps given as epoch seconds, blobs as text)
 * and SDK values back into JSON for comparison with the expected results.
 */
final class ConformanceValues {
    static final ObjectMapper JSON = new ObjectMapper();

    private ConformanceValues() {
    }

    /** The caller's input as SDK values, typed by the shape. */
    static Object toValue(Shape shape, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (shape.isDocument()) {
            return JSON.convertValue(node, Object.class);
        }
        switch (shape.type()) {
            case STRUCTURE: {
                Map<String, Object> m = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Member member = shape.member(e.getKey());
                    m.put(e.getKey(), member == null ? JSON.convertValue(e.getValue(), Object.class)
                            : toValue(member.shape(), e.getValue()));
                }
                return m;
            }
            case LIST: {
                List<Object> l = new ArrayList<>();
                for (JsonNode n : node) {
                    l.add(toValue(shape.listMember().shape(), n));
                }
                return l;
            }
            case MAP: {
                Map<String, Object> m = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> m.put(e.getKey(), toValue(shape.mapValue().shape(), e.getValue())));
                return m;
            }
            case BLOB:
                return node.asText().getBytes(StandardCharsets.UTF_8);
            case TIMESTAMP:
                return node.isNumber() ? Timestamps.fromEpochSeconds(node.doubleValue()) : Timestamps.parse(node.asText());
            case BOOLEAN:
                return node.asBoolean();
            case BYTE:
            case SHORT:
            case INTEGER:
                return node.asInt();
            case LONG:
                return node.asLong();
            case FLOAT:
                return node.isNumber() ? node.floatValue() : Float.parseFloat(node.asText());
            case DOUBLE:
                return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asText());
            case BIGDECIMAL:
                return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
            case BIGINTEGER:
                return node.isNumber() ? node.bigIntegerValue() : new BigInteger(node.asText());
            case STRING:
            default:
                return node.asText();
        }
    }

    /**
     * An SDK output value as JSON in the suites' conventions: timestamps as epoch seconds, blobs
     * and streams as text, NaN and infinities as their names.
     */
    static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toJson(v)));
            return o;
        }
        if (value instanceof List<?> l) {
            var a = f.arrayNode();
            l.forEach(v -> a.add(toJson(v)));
            return a;
        }
        if (value instanceof byte[] b) {
            return f.textNode(new String(b, StandardCharsets.UTF_8));
        }
        if (value instanceof Instant t) {
            return f.numberNode(BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros());
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? f.textNode(special(d)) : f.numberNode(BigDecimal.valueOf(d));
        }
        if (value instanceof Float fl) {
            return fl.isNaN() || fl.isInfinite() ? f.textNode(special(fl.doubleValue()))
                    : f.numberNode(new BigDecimal(Float.toString(fl)));
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return JSON.valueToTree(value);
        }
        if (value instanceof java.io.InputStream in) {
            try (in) {
                return f.textNode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return JSON.valueToTree(value);
    }

    private static String special(double d) {
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /** Structural equality where numbers compare by value. */
    static boolean sameJson(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (!Double.isFinite(expected.doubleValue()) || !Double.isFinite(actual.doubleValue())) {
                return Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
            }
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    || Math.abs(expected.doubleValue() - actual.doubleValue()) <= 1e-9 * Math.max(1, Math.abs(expected.doubleValue()));
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!sameJson(e.getValue(), actual.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameJson(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
