package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.ResponseParseException;
import io.boto4j.core.protocol.support.BoundedJackson;
import io.boto4j.core.protocol.support.ResponseParsing;
import io.boto4j.core.protocol.support.TextValues;
import io.boto4j.core.protocol.support.Timestamps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads SDK values out of a parsed JSON body, driven by the model shapes, as botocore does:
 * members by wire name, unknown members ignored, null members left out of structures but kept
 * in lists and maps, blobs base64-decoded, timestamps from epoch seconds or ISO-8601/RFC-822
 * text whatever the declared format, NaN and infinities from their string names, documents as
 * plain Java.
 *
 * <p>Stateless and thread-safe. The scalar hooks are protected so that a format with the same
 * data model (CBOR, read into a Jackson tree) can reuse the walk.
 */
public class JsonBodyReader {
    /** The shared instance for JSON bodies. */
    public static final JsonBodyReader INSTANCE = new JsonBodyReader();

    /** Key a union gets when the service sent a member this model does not know (as botocore). */
    public static final String UNKNOWN_UNION_MEMBER = "SDK_UNKNOWN_MEMBER";

    // Big decimals keep floats exact (bigdecimal shapes, fractional epoch seconds); the
    // constraints bound nesting, numbers and strings while parsing.
    private static final ObjectMapper JSON = BoundedJackson.jsonBodyMapper();

    /** For subclasses that read another format into a Jackson tree; JSON uses {@link #INSTANCE}. */
    protected JsonBodyReader() {
    }

    /**
     * Parses a JSON body; an empty or blank body is an empty object.
     *
     * @param body the body's bytes (UTF-8), or null
     * @return the tree; floats are read as {@code BigDecimal}
     * @throws ResponseParseException when the body is not JSON or exceeds the response limits
     */
    public static JsonNode parse(byte[] body) {
        if (isBlank(body)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ResponseParseException("response body is not valid JSON: " + ResponseParsing.describe(e), e);
        }
    }

    /**
     * Parses a JSON body, or null when it is not JSON (error bodies from proxies, for instance).
     *
     * @param body the body's bytes, or null
     * @return the tree (an empty object for an empty body), or null when the body is not JSON or
     *         exceeds the response limits
     */
    public static JsonNode parseLeniently(byte[] body) {
        try {
            return parse(body);
        } catch (ResponseParseException e) {
            return null;
        }
    }

    static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The members of {@code shape} that {@code include} accepts, read from an object node, in model
     * order. A node that is not an object (missing, null) yields an empty structure.
     *
     * @param shape   the structure's shape
     * @param node    the object node, or null
     * @param include which members to read, e.g. {@link JsonBodyWriter#BODY_MEMBERS}
     * @return a new, modifiable map from member name to value; a union whose only member is one
     *         the model does not know gets {@link #UNKNOWN_UNION_MEMBER}
     * @throws IllegalArgumentException (a {@code NumberFormatException} among them) when a value
     *         does not fit its shape
     */
    public Map<String, Object> readStructure(Shape shape, JsonNode node, Predicate<Member> include) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        for (Member m : shape.members().values()) {
            if (!include.test(m)) {
                continue;
            }
            JsonNode v = node.get(m.wireName());
            if (v != null && !v.isNull()) {
                out.put(m.name(), readValue(m, v));
            }
        }
        if (shape.isUnion() && out.isEmpty()) {
            String tag = unknownUnionTag(node);
            if (tag != null) {
                out.put(UNKNOWN_UNION_MEMBER, Map.of("name", tag));
            }
        }
        return out;
    }

    /**
     * One value of {@code member}'s shape; null for a JSON null.
     *
     * @param member the member, whose shape drives the reading
     * @param node   the value's node, or null
     * @return the value in the SDK's value model, or null for a null or missing node
     * @throws IllegalArgumentException (a {@code NumberFormatException} among them) when the node
     *         does not fit the shape
     * @throws java.time.DateTimeException when a timestamp cannot be read
     */
    public Object readValue(Member member, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        Shape shape = member.shape();
        if (shape.isDocument()) {
            return DocumentValues.fromNode(node);
        }
        switch (shape.type()) {
            case STRUCTURE:
                expect(node.isObject(), shape, node);
                return readStructure(shape, node, JsonBodyWriter.ALL_MEMBERS);
            case LIST:
                return readList(shape, node);
            case MAP:
                return readMap(shape, node);
            case STRING:
                return node.isTextual() ? node.textValue() : node.toString();
            case BOOLEAN:
                return node.isBoolean() ? node.booleanValue() : Boolean.parseBoolean(node.asText());
            case BYTE:
            case SHORT:
            case INTEGER:
                return node.isNumber() ? node.intValue() : Integer.parseInt(numberText(node));
            case LONG:
                return node.isNumber() ? node.longValue() : Long.parseLong(numberText(node));
            case BIGINTEGER:
                return node.isNumber() ? TextValues.toBigInteger(node.numberValue()) : new BigInteger(numberText(node));
            case BIGDECIMAL:
                return node.isNumber() ? node.decimalValue() : new BigDecimal(numberText(node));
            case FLOAT:
                return node.isNumber() ? node.floatValue() : (float) JsonBodyWriter.parseDouble(numberText(node));
            case DOUBLE:
                return node.isNumber() ? node.doubleValue() : JsonBodyWriter.parseDouble(numberText(node));
            case BLOB:
                return readBlob(node);
            case TIMESTAMP:
                return readTimestamp(node);
            default:
                throw new IllegalStateException("unhandled shape type " + shape.type());
        }
    }

    /** A number sent as a string, trimmed; refused before conversion when it is too long to be one. */
    private static String numberText(JsonNode node) {
        return TextValues.numberText(node.asText());
    }

    private List<Object> readList(Shape shape, JsonNode node) {
        expect(node.isArray(), shape, node);
        Member element = shape.listMember();
        List<Object> out = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            // Every list is read as sparse: a null element stays, as botocore keeps it.
            out.add(readValue(element, item));
        }
        return out;
    }

    private Map<String, Object> readMap(Shape shape, JsonNode node) {
        expect(node.isObject(), shape, node);
        Member valueRef = shape.mapValue();
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull() && !keepsNullMapValues()) {
                continue;
            }
            out.put(e.getKey(), readValue(valueRef, v));
        }
        return out;
    }

    /**
     * Whether a null map value is kept as a null entry (JSON: yes, as botocore keeps it).
     *
     * @return true to keep null map values, false to leave them out
     */
    protected boolean keepsNullMapValues() {
        return true;
    }

    /**
     * Blob from base64 text; lenient about MIME line breaks, as botocore's decoder is.
     *
     * @param node a text node (or, for a binary-aware format, a binary node)
     * @return the decoded bytes
     */
    protected byte[] readBlob(JsonNode node) {
        if (node.isBinary()) {
            try {
                return node.binaryValue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String text = node.asText();
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Base64.getMimeDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Timestamp from epoch seconds (number or numeric text) or ISO-8601 / RFC-822 text.
     *
     * @param node a number or text node
     * @return the instant
     * @throws java.time.DateTimeException when the value is no timestamp or out of range
     */
    protected Instant readTimestamp(JsonNode node) {
        if (node.isNumber()) {
            return node.isIntegralNumber() ? Instant.ofEpochSecond(node.longValue())
                    : Timestamps.fromEpochSeconds(node.decimalValue());
        }
        return Timestamps.parse(node.asText());
    }

    private static String unknownUnionTag(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("__type") && !e.getValue().isNull()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static void expect(boolean ok, Shape shape, JsonNode node) {
        if (!ok) {
            throw new IllegalArgumentException("response value for " + shape.type().modelName() + " " + shape.name()
                    + " is a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
