package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.transport.Publishers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * boto4j's values as the JSON both sides of the differential test exchange (see
 * {@code botocore_driver.py}). Inputs go to the driver with blobs as base64 text and timestamps
 * as epoch seconds in a decimal string; the driver reads them with the input shape. Results of
 * both SDKs are compared in one tagged form: {@code {"$blob": base64}}, {@code {"$ts":
 * "YYYY-MM-DDTHH:MM:SS.ffffffZ"}} (botocore keeps microseconds), {@code {"$float": "NaN"}}.
 */
final class PlainValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private PlainValues() {
    }

    /** An input value as the driver reads it. */
    static JsonNode input(Object value) {
        if (value instanceof byte[] b) {
            return NODES.textNode(Base64.getEncoder().encodeToString(b));
        }
        if (value instanceof Instant t) {
            return NODES.textNode(BigDecimal.valueOf(t.getEpochSecond())
                    .add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros().toPlainString());
        }
        return convert(value, PlainValues::input);
    }

    /** A result value (boto4j's) in the tagged form botocore's results are given in. */
    static JsonNode result(Object value) {
        if (value instanceof byte[] b) {
            return NODES.objectNode().put("$blob", Base64.getEncoder().encodeToString(b));
        }
        if (value instanceof ResponseStream s) {
            return result(Publishers.aggregate(s.publisher(), s.contentLength()).join());
        }
        if (value instanceof Instant t) {
            return NODES.objectNode().put("$ts", MICROS.format(t));
        }
        return convert(value, PlainValues::result);
    }

    private static JsonNode convert(Object value, java.util.function.Function<Object, JsonNode> inner) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), inner.apply(v)));
            return o;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(inner.apply(v)));
            return a;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return NODES.objectNode().put("$float", Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            }
            // The decimal text a Python user would read (Float 0.5f as 0.5, not its double expansion).
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.objectNode().put("$unsupported", value.getClass().getName());
    }
}
