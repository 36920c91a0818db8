package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.cli.args.UsageException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code --params} JSON into the plain values the pipeline takes, guided by the input
 * shape: base64 text becomes a blob, ISO-8601 text or epoch seconds a timestamp, JSON numbers
 * the model's number type. A value of the wrong JSON type, or a member the model does not
 * have, is passed on as it is so that the validator reports every problem at once.
 */
public final class InputValues {
    private InputValues() {
    }

    public static Map<String, Object> of(OperationModel operation, JsonNode params) {
        if (params == null || params.isNull() || params.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!(params instanceof ObjectNode)) {
            throw new UsageException("--params must be a JSON object, not " + params.getNodeType().toString()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        Shape input = operation.inputShape();
        if (input == null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> plain = (Map<String, Object>) PlainJson.toValue(params);
            return plain;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> converted = (Map<String, Object>) convert(params, input, "");
        return converted;
    }

    private static Object convert(JsonNode node, Shape shape, String path) {
        if (node.isNull()) {
            return null;
        }
        if (shape.isDocument()) {
            return PlainJson.toValue(node);
        }
        switch (shape.type()) {
            case STRUCTURE:
                return node.isObject() ? structure(node, shape, path) : PlainJson.toValue(node);
            case LIST:
                return node.isArray() ? list(node, shape, path) : PlainJson.toValue(node);
            case MAP:
                return node.isObject() ? map(node, shape, path) : PlainJson.toValue(node);
            case BLOB:
                return node.isTextual() ? base64(node.textValue(), path) : PlainJson.toValue(node);
            case TIMESTAMP:
                return timestamp(node, path);
            case BYTE: case SHORT: case INTEGER:
                return node.isIntegralNumber() && node.canConvertToInt() ? (Object) node.intValue()
                        : PlainJson.toValue(node);
            case LONG:
                return node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue()
                        : PlainJson.toValue(node);
            case FLOAT:
                return node.isNumber() ? (Object) node.floatValue() : PlainJson.toValue(node);
            case DOUBLE:
                return node.isNumber() ? (Object) node.doubleValue() : PlainJson.toValue(node);
            case BIGDECIMAL:
                return node.isNumber() ? (Object) node.decimalValue() : PlainJson.toValue(node);
            case BIGINTEGER:
                return node.isIntegralNumber() ? (Object) node.bigIntegerValue() : PlainJson.toValue(node);
            default:
                return PlainJson.toValue(node);
        }
    }

    private static Map<String, Object> structure(JsonNode node, Shape shape, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Member member = shape.member(field.getKey());
            String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Object value = member == null ? PlainJson.toValue(field.getValue())
                    : convert(field.getValue(), member.shape(), childPath);
            if (value != null) {
                out.put(field.getKey(), value);
            }
        }
        return out;
    }

    private static List<Object> list(JsonNode node, Shape shape, String path) {
        List<Object> out = new ArrayList<>();
        Shape element = shape.listMember().shape();
        for (int i = 0; i < node.size(); i++) {
            out.add(convert(node.get(i), element, path + "[" + i + "]"));
        }
        return out;
    }

    private static Map<String, Object> map(JsonNode node, Shape shape, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        Shape valueShape = shape.mapValue().shape();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), convert(e.getValue(), valueShape, path + "." + e.getKey()));
        }
        return out;
    }

    private static byte[] base64(String text, String path) {
        try {
            // Strict, as the AWS CLI v2 is; line breaks (from a wrapped encoder) are allowed.
            return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid base64 for blob parameter " + path + ": " + e.getMessage());
        }
    }

    private static Object timestamp(JsonNode node, String path) {
        try {
            if (node.isNumber()) {
                return TimestampText.epochSeconds(node.decimalValue());
            }
            if (node.isTextual()) {
                return TimestampText.parse(node.textValue());
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UsageException("Invalid timestamp for parameter " + path + ": " + e.getMessage());
        }
        return PlainJson.toValue(node);
    }
}
