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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code --params} JSON into the plain values the pipeline takes, guided by the input
 * shape: base64 text becomes a blob, ISO-8601 text or epoch seconds a timestamp, JSON numbers
 * the model's number type. A top-level member's value may be {@code file://PATH} or
 * {@code fileb://PATH}, read as {@link MemberText} reads an option's value; a blob's value
 * anywhere may be {@code fileb://PATH}. A value of the wrong JSON type is recorded as a problem
 * in the model's terms and passed on as it is, so that the validator still reports every
 * other problem at once.
 */
final class InputValues {
    private InputValues() {
    }

    /** The input {@code params} gives (an empty map when there is none), without the members in {@code skipped}. */
    static Map<String, Object> of(OperationModel operation, JsonNode params, Set<String> skipped, ValueFiles files,
                                  InputProblems problems) {
        if (params == null || params.isNull() || params.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!(params instanceof ObjectNode)) {
            throw new UsageException("--params must be a JSON object, not " + params.getNodeType().toString()
                    .toLowerCase(Locale.ROOT));
        }
        Shape input = operation.inputShape();
        if (input == null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> plain = (Map<String, Object>) PlainJson.toValue(params);
            return plain;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : params.properties()) {
            if (skipped.contains(field.getKey())) {
                continue;
            }
            Member member = input.member(field.getKey());
            JsonNode node = field.getValue();
            Object value;
            if (member == null) {
                value = PlainJson.toValue(node);
            } else if (node.isTextual() && (ValueFiles.isText(node.textValue()) || ValueFiles.isBytes(node.textValue()))) {
                value = MemberText.value("--params: " + member.name(), member, node.textValue(), files, problems);
            } else {
                value = convert(node, member, member.name(), files, problems);
            }
            if (value != null) {
                out.put(field.getKey(), value);
            }
        }
        return out;
    }

    /** The value of {@code member} at {@code path} from JSON; problems are recorded, never thrown. */
    static Object convert(JsonNode node, Member member, String path, ValueFiles files,
                                  InputProblems problems) {
        return new Converter(files, problems).value(node, member.shape(), member, path);
    }

    /** One conversion: where blobs' files are read from and where problems go. */
    private record Converter(ValueFiles files, InputProblems problems) {

        Object value(JsonNode node, Shape shape, Member member, String path) {
            if (node.isNull()) {
                return null;
            }
            if (shape.isDocument()) {
                return PlainJson.toValue(node);
            }
            boolean fits = switch (shape.type()) {
                case STRUCTURE, MAP -> node.isObject();
                case LIST -> node.isArray();
                case STRING -> node.isTextual();
                case BOOLEAN -> node.isBoolean();
                case BYTE, SHORT, INTEGER -> node.isIntegralNumber() && node.canConvertToInt();
                case LONG -> node.isIntegralNumber() && node.canConvertToLong();
                case BIGINTEGER -> node.isIntegralNumber();
                case FLOAT, DOUBLE, BIGDECIMAL -> node.isNumber();
                case TIMESTAMP -> node.isNumber() || node.isTextual();
                case BLOB -> node.isTextual();
            };
            if (!fits) {
                String name = member != null ? member.name() : shape.name();
                problems.add(path, ModelTerms.mismatch("--params: " + path, name, shape, ModelTerms.gotJson(node, shape)));
                return PlainJson.toValue(node);
            }
            return switch (shape.type()) {
                case STRUCTURE -> structure(node, shape, path);
                case LIST -> list(node, shape, path);
                case MAP -> map(node, shape, path);
                case BLOB -> blob(node.textValue(), shape, member, path);
                case TIMESTAMP -> timestamp(node, path);
                case BYTE, SHORT, INTEGER -> node.intValue();
                case LONG -> node.longValue();
                case BIGINTEGER -> node.bigIntegerValue();
                case FLOAT -> node.floatValue();
                case DOUBLE -> node.doubleValue();
                case BIGDECIMAL -> node.decimalValue();
                case STRING -> node.textValue();
                case BOOLEAN -> node.booleanValue();
            };
        }

        private Map<String, Object> structure(JsonNode node, Shape shape, String path) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Member child = shape.member(field.getKey());
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Object value = child == null ? PlainJson.toValue(field.getValue())
                        : value(field.getValue(), child.shape(), child, childPath);
                if (value != null) {
                    out.put(field.getKey(), value);
                }
            }
            return out;
        }

        private List<Object> list(JsonNode node, Shape shape, String path) {
            List<Object> out = new ArrayList<>();
            Member element = shape.listMember();
            for (int i = 0; i < node.size(); i++) {
                out.add(value(node.get(i), element.shape(), element, path + "[" + i + "]"));
            }
            return out;
        }

        private Map<String, Object> map(JsonNode node, Shape shape, String path) {
            Map<String, Object> out = new LinkedHashMap<>();
            Member valueMember = shape.mapValue();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                // The validator's spelling of a map entry's path.
                out.put(e.getKey(), value(e.getValue(), valueMember.shape(), valueMember,
                        path + "[\"" + e.getKey() + "\"]"));
            }
            return out;
        }

        private Object blob(String text, Shape shape, Member member, String path) {
            if (ValueFiles.isBytes(text)) {
                String label = "--params: " + path;
                try {
                    return member != null && (member.isStreaming() || shape.isStreaming())
                            ? files.readableFile(text, label) : files.bytes(text, label);
                } catch (UsageException e) {
                    problems.add(path, e.getMessage());
                    return null;
                }
            }
            try {
                // Strict, as the AWS CLI v2 is; line breaks (from a wrapped encoder) are allowed.
                return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
            } catch (IllegalArgumentException e) {
                problems.add(path, "Invalid base64 for blob parameter " + path + " (" + e.getMessage()
                        + "); give base64 text, or " + ValueFiles.BYTES + "PATH for a file's bytes");
                return null;
            }
        }

        private Object timestamp(JsonNode node, String path) {
            try {
                return node.isNumber() ? TimestampText.epochSeconds(node.decimalValue())
                        : TimestampText.parse(node.textValue());
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(path, "Invalid timestamp for parameter " + path + ": " + e.getMessage());
                return null;
            }
        }
    }
}
