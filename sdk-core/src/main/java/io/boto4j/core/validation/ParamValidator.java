package io.boto4j.core.validation;

import io.boto4j.core.ParamValidationException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.support.Timestamps;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an operation's input against its input shape before any I/O, as botocore's
 * ParamValidator does (unknown and missing members, types, {@code min} lengths and ranges),
 * and returns it in the canonical value types the serializers expect: convenient forms
 * (an ISO-8601 string or a {@code Date} for a timestamp, a {@code ByteBuffer} or a string for
 * a blob, an array for a list) are converted. Every problem is reported at once.
 */
public final class ParamValidator {
    private final List<ParamValidationException.Problem> problems = new ArrayList<>();

    private ParamValidator() {
    }

    /**
     * The validated input in canonical types (a new map; the caller's is not changed).
     *
     * @param operation the operation called
     * @param input the caller's input by member name; null is taken as empty
     * @return a new, mutable map of the input in canonical value types; empty when the operation takes no input
     * @throws ParamValidationException listing every problem found
     */
    public static Map<String, Object> validate(OperationModel operation, Map<String, ?> input) {
        Shape shape = operation.inputShape();
        Map<String, ?> params = input == null ? Map.of() : input;
        if (shape == null) {
            if (!params.isEmpty()) {
                throw new ParamValidationException(operation.service().serviceName(), operation.name(),
                        List.of(new ParamValidationException.Problem("",
                                "Unknown parameters " + params.keySet() + ": " + operation.name() + " takes no input")));
            }
            return new LinkedHashMap<>();
        }
        ParamValidator v = new ParamValidator();
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) v.structure(shape, params, "");
        if (!v.problems.isEmpty()) {
            throw new ParamValidationException(operation.service().serviceName(), operation.name(), v.problems);
        }
        return out;
    }

    private void problem(String path, String message) {
        problems.add(new ParamValidationException.Problem(path, message));
    }

    private static String label(String path) {
        return path.isEmpty() ? "input" : path;
    }

    private static String child(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** What a value is, in the model's terms (never its content, which may be a secret). */
    private static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return "an integer";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof java.util.Collection || value.getClass().isArray() && !(value instanceof byte[])) {
            return "a list";
        }
        if (value instanceof byte[] || value instanceof java.nio.ByteBuffer) {
            return "bytes";
        }
        if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date) {
            return "a timestamp";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private Object value(Member member, Object value, String path) {
        Shape shape = member.shape();
        if (value != null && (member.isStreaming() || shape.isStreaming())) {
            // Streaming bodies come in transport-specific types (InputStream, Path,
            // a Vert.x ReadStream...): the layer that sends them checks them.
            return value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : value;
        }
        if (value != null && member.isJsonValue() && "header".equals(member.location())) {
            // A JSON-value header takes any JSON value (sent as base64 JSON), as in botocore.
            return document(value, path);
        }
        Object converted = value(shape, value, path);
        if ("header".equals(member.location()) && !member.isJsonValue()) {
            checkHeaderValues(converted, path);
        } else if ("headers".equals(member.location()) && converted instanceof Map<?, ?> prefixed) {
            checkPrefixHeaders(member, prefixed, path);
        }
        return converted;
    }

    /**
     * Text that goes into an HTTP header as it is: a line break would end the header and start
     * another (header injection), other control characters are not allowed in a field value,
     * and a character past U+00FF has no ISO-8859-1 byte to be sent as. Refused here, before
     * any I/O, without quoting the value (it may be a secret).
     */
    private void checkHeaderValues(Object value, String path) {
        if (value instanceof String s) {
            int bad = firstIllegalValueChar(s);
            if (bad >= 0) {
                problem(path, "Invalid value for parameter " + path + ": a header value cannot contain "
                        + describe(s.charAt(bad)) + " (found at index " + bad + ")");
            }
        } else if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                checkHeaderValues(items.get(i), path + "[" + i + "]");
            }
        }
    }

    /** A {@code headers} map: every key completes a header name, every value is a header value. */
    private void checkPrefixHeaders(Member member, Map<?, ?> headers, String path) {
        for (Map.Entry<?, ?> e : headers.entrySet()) {
            String key = String.valueOf(e.getKey());
            int bad = firstIllegalNameChar(key);
            if (bad >= 0) {
                problem(path, "Invalid key for parameter " + path + ": a key becomes part of the header name "
                        + member.wireName() + "<key>, which allows only letters, digits and !#$%&'*+-.^_`|~, not "
                        + describe(key.charAt(bad)) + " (found at index " + bad + ")");
            } else {
                checkHeaderValues(e.getValue(), path + "[\"" + key + "\"]");
            }
        }
    }

    /** The index of the first character not allowed in a header value, or -1. */
    static int firstIllegalValueChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first character that is not an RFC 9110 token character, or -1. */
    static int firstIllegalNameChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        String name = switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            case 0 -> "a NUL character";
            default -> c < 0x20 || c == 0x7F ? "a control character"
                    : c > 0xFF ? "a character outside ISO-8859-1" : "the character '" + c + "'";
        };
        return name + String.format(" U+%04X", (int) c);
    }

    private Object value(Shape shape, Object value, String path) {
        if (shape.isDocument()) {
            return document(value, path);
        }
        switch (shape.type()) {
            case STRUCTURE: return structure(shape, value, path);
            case LIST: return list(shape, value, path);
            case MAP: return map(shape, value, path);
            case STRING: return string(shape, value, path);
            case BOOLEAN: return bool(value, path);
            case BYTE: case SHORT: case INTEGER: return integral(shape, value, path, false);
            case LONG: return integral(shape, value, path, true);
            case FLOAT: case DOUBLE: return floating(shape, value, path);
            case BIGDECIMAL: return decimal(value, path);
            case BIGINTEGER: return bigInteger(value, path);
            case BLOB: return blob(value, path);
            case TIMESTAMP: return timestamp(value, path);
            default:
                return value;
        }
    }

    private Object structure(Shape shape, Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            invalidType(path, value, "a structure (a Map of " + shape.name() + "'s members)");
            return null;
        }
        Map<String, Member> members = shape.members();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!members.containsKey(name)) {
                problem(child(path, name), "Unknown parameter in " + label(path) + ": \"" + name
                        + "\", must be one of: " + String.join(", ", members.keySet()));
            }
        }
        int set = 0;
        for (Member m : members.values()) {
            Object v = map.get(m.name());
            String p = child(path, m.name());
            if (v == null) {
                // Top-level idempotency tokens are filled in when left out (botocore fills them
                // before it validates), so they are never missing.
                boolean autofilled = path.isEmpty() && m.isIdempotencyToken();
                if (m.isRequired() && !shape.isUnion() && !autofilled) {
                    problem(p, "Missing required parameter " + p);
                }
                continue;
            }
            set++;
            Object converted = value(m, v, p);
            if (converted != null) {
                out.put(m.name(), converted);
            }
        }
        if (shape.isUnion() && set != 1) {
            problem(path, "Invalid number of parameters set for union " + label(path) + ": " + set
                    + " set, exactly one of " + String.join(", ", members.keySet()) + " must be set");
        }
        return out;
    }

    private Object list(Shape shape, Object value, String path) {
        List<?> items;
        if (value instanceof List<?> l) {
            items = l;
        } else if (value instanceof Collection<?> c) {
            items = new ArrayList<>(c);
        } else if (value instanceof Object[] a) {
            items = List.of(a);
        } else {
            invalidType(path, value, "a list (a List)");
            return null;
        }
        checkMinLength(shape, items.size(), path);
        Member element = shape.listMember();
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String p = path + "[" + i + "]";
            if (item == null) {
                out.add(null);
                continue;
            }
            out.add(value(element, item, p));
        }
        return out;
    }

    private Object map(Shape shape, Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            invalidType(path, value, "a map (a Map)");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Member valueRef = shape.mapValue();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof CharSequence)) {
                invalidType(path + " key", e.getKey(), "a string (a String)");
                continue;
            }
            String key = e.getKey().toString();
            // The key against its shape too (a min length), as botocore validates it.
            string(shape.mapKey().shape(), key, path + " (key: " + key + ")");
            Object v = e.getValue();
            out.put(key, v == null ? null : value(valueRef, v, path + "[\"" + key + "\"]"));
        }
        return out;
    }

    private Object string(Shape shape, Object value, String path) {
        if (!(value instanceof CharSequence cs)) {
            invalidType(path, value, "a string (a String)");
            return null;
        }
        String s = cs.toString();
        // In characters (code points), as Python's len() counts: an emoji is one, not two.
        checkMinLength(shape, s.codePointCount(0, s.length()), path);
        return s;
    }

    private Object bool(Object value, String path) {
        if (value instanceof Boolean) {
            return value;
        }
        invalidType(path, value, "a boolean (a Boolean)");
        return null;
    }

    private Object integral(Shape shape, Object value, String path, boolean isLong) {
        long v;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigInteger bi && bi.bitLength() < 64) {
            v = bi.longValue();
        } else {
            invalidType(path, value, isLong ? "a long (a Long or Integer)" : "an integer (an Integer)");
            return null;
        }
        if (!isLong && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            problem(path, "Invalid value for parameter " + path + ": " + v + " does not fit an integer");
            return null;
        }
        checkMinValue(shape, v, path);
        return isLong ? (Object) v : (Object) (int) v;
    }

    private Object floating(Shape shape, Object value, String path) {
        if (!(value instanceof Number n)) {
            invalidType(path, value, "a number (a Number)");
            return null;
        }
        checkMinValue(shape, n.doubleValue(), path);
        return shape.type() == io.boto4j.core.model.ShapeType.FLOAT ? (Object) n.floatValue() : (Object) n.doubleValue();
    }

    private Object decimal(Object value, String path) {
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return value instanceof Double || value instanceof Float ? BigDecimal.valueOf(n.doubleValue())
                    : new BigDecimal(n.toString());
        }
        invalidType(path, value, "a big decimal (a BigDecimal or Number)");
        return null;
    }

    private Object bigInteger(Object value, String path) {
        if (value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        invalidType(path, value, "a big integer (a BigInteger or integral Number)");
        return null;
    }

    private Object blob(Object value, String path) {
        if (value instanceof byte[]) {
            return value;
        }
        if (value instanceof ByteBuffer bb) {
            ByteBuffer dup = bb.duplicate();
            byte[] b = new byte[dup.remaining()];
            dup.get(b);
            return b;
        }
        if (value instanceof CharSequence cs) {
            return cs.toString().getBytes(StandardCharsets.UTF_8);
        }
        invalidType(path, value, "a blob (byte[], ByteBuffer or String)");
        return null;
    }

    private Object timestamp(Object value, String path) {
        if (value instanceof Instant) {
            return value;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof TemporalAccessor t) {
            try {
                return Instant.from(t);
            } catch (RuntimeException e) {
                invalidType(path, value, "a timestamp with a zone or offset");
                return null;
            }
        }
        if (value instanceof Number n && !(value instanceof Float) && !(value instanceof Double)) {
            return Instant.ofEpochSecond(n.longValue());
        }
        if (value instanceof Number n) {
            return Timestamps.fromEpochSeconds(n.doubleValue());
        }
        if (value instanceof CharSequence cs) {
            try {
                return Timestamps.parse(cs.toString());
            } catch (DateTimeParseException | NumberFormatException e) {
                problem(path, "Invalid timestamp for parameter " + path
                        + ": expected ISO-8601 (2024-01-31T12:00:00Z) or epoch seconds");
                return null;
            }
        }
        invalidType(path, value, "a timestamp (an Instant, Date, OffsetDateTime, ZonedDateTime, ISO-8601 String or epoch seconds)");
        return null;
    }

    private Object document(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), document(e.getValue(), path + "." + e.getKey()));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            int i = 0;
            for (Object o : c) {
                out.add(document(o, path + "[" + i++ + "]"));
            }
            return out;
        }
        invalidType(path, value, "a document (Map, List, String, Number, Boolean or null)");
        return null;
    }

    private void checkMinLength(Shape shape, int length, String path) {
        Number min = shape.min();
        if (min != null && length < min.longValue()) {
            problem(path, "Invalid length for parameter " + label(path) + ", length: " + length
                    + ", valid min length: " + min.longValue());
        }
    }

    private void checkMinValue(Shape shape, double v, String path) {
        Number min = shape.min();
        if (min != null && v < min.doubleValue()) {
            problem(path, "Invalid value for parameter " + label(path) + ", valid min value: " + min);
        }
    }

    // The value itself is left out: it may be a secret (passwords, keys are plain strings).
    private void invalidType(String path, Object value, String expected) {
        problem(path, "Invalid type for parameter " + label(path) + ": expected " + expected + ", got "
                + typeName(value));
    }
}
