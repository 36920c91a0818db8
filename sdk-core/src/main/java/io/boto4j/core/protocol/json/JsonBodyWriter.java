package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.support.Timestamps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes SDK values as a JSON body, driven by the model shapes: structure members under their
 * wire names ({@code locationName}, else the member name), blobs as base64, timestamps as epoch
 * seconds unless the member's {@code timestampFormat} says otherwise, NaN and infinities as
 * strings, documents as plain JSON. Null structure members are left out.
 *
 * <p>Stateless and thread-safe. The scalar hooks are protected so that a format with the same
 * data model but other scalars (CBOR) can reuse the walk.
 */
public class JsonBodyWriter {
    /** The shared instance for JSON bodies. */
    public static final JsonBodyWriter INSTANCE = new JsonBodyWriter();

    private static final JsonFactory JSON = new JsonFactory();

    /** Matches every member: for protocols whose body is the whole input (json, CBOR). */
    public static final Predicate<Member> ALL_MEMBERS = m -> true;

    /** Matches members without an HTTP location: the body members of rest-json. */
    public static final Predicate<Member> BODY_MEMBERS = m -> m.location() == null;

    /** For subclasses that write another format through a Jackson generator; JSON uses {@link #INSTANCE}. */
    protected JsonBodyWriter() {
    }

    /**
     * The JSON text of a structure restricted to the members {@code include} accepts; {@code {}}
     * for a null or empty value.
     *
     * @param shape   the structure's shape
     * @param value   the structure value by member name, or null
     * @param include which members to write, e.g. {@link #BODY_MEMBERS}
     * @return the encoded body, UTF-8 JSON for this class
     * @throws IllegalArgumentException when a value does not fit its shape, or a union has not
     *         exactly one member set
     */
    public byte[] writeStructure(Shape shape, Map<String, Object> value, Predicate<Member> include) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = factory().createGenerator(out)) {
            writeStructure(g, shape, value, include);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JSON text of any value of {@code member}'s shape (e.g. a rest-json payload member).
     *
     * @param member the member, whose shape and traits drive the writing
     * @param value  the value, or null for JSON null
     * @return the encoded value
     * @throws IllegalArgumentException when the value does not fit the shape
     */
    public byte[] writeValue(Member member, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = factory().createGenerator(out)) {
            writeValue(g, member, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The factory of the generators the byte[] methods write with.
     *
     * @return a shared factory; a plain JSON one here
     */
    protected JsonFactory factory() {
        return JSON;
    }

    /**
     * Whether to announce container sizes to the generator (CBOR then writes definite lengths);
     * JSON has no use for them, so it skips counting structure members.
     *
     * @return true to count a structure's members before writing them
     */
    protected boolean writesContainerSizes() {
        return false;
    }

    /**
     * Writes a structure object holding only the members {@code include} accepts.
     *
     * @param g       the generator, positioned where a value may go
     * @param shape   the structure's shape
     * @param value   the structure value by member name; null writes {@code {}}
     * @param include which members to write
     * @throws IOException when the generator fails to write
     * @throws IllegalArgumentException when a value does not fit its shape, or a union has not
     *         exactly one member set
     */
    public void writeStructure(JsonGenerator g, Shape shape, Map<String, ?> value, Predicate<Member> include)
            throws IOException {
        if (value != null && shape.isUnion()) {
            checkUnion(shape, value);
        }
        if (writesContainerSizes()) {
            g.writeStartObject(value, value == null ? 0 : countWritten(shape, value, include));
        } else {
            g.writeStartObject(value);
        }
        if (value != null) {
            for (Member m : shape.members().values()) {
                Object v = value.get(m.name());
                if (v != null && include.test(m)) {
                    g.writeFieldName(m.wireName());
                    writeValue(g, m, v);
                }
            }
        }
        g.writeEndObject();
    }

    /**
     * Writes one value of {@code member}'s shape; the member supplies traits such as timestampFormat.
     *
     * @param g      the generator, positioned where a value may go
     * @param member the member, whose shape and traits drive the writing
     * @param value  the value; null writes JSON null
     * @throws IOException when the generator fails to write
     * @throws IllegalArgumentException when the value does not fit the shape
     */
    public void writeValue(JsonGenerator g, Member member, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        Shape shape = member.shape();
        if (shape.isDocument()) {
            writeDocument(g, value);
            return;
        }
        switch (shape.type()) {
            case STRUCTURE:
                writeStructure(g, shape, asMap(member, value), ALL_MEMBERS);
                break;
            case LIST:
                writeList(g, shape, value);
                break;
            case MAP:
                writeMap(g, shape, asMap(member, value));
                break;
            case STRING:
                writeString(g, member, value);
                break;
            case BOOLEAN:
                g.writeBoolean(value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()));
                break;
            case BYTE:
            case SHORT:
            case INTEGER:
            case LONG:
                writeInteger(g, value);
                break;
            case BIGINTEGER:
                g.writeNumber(value instanceof BigInteger bi ? bi : new BigInteger(value.toString()));
                break;
            case BIGDECIMAL:
                g.writeNumber(value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString()));
                break;
            case FLOAT:
                writeFloat(g, toFloat(value));
                break;
            case DOUBLE:
                writeDouble(g, toDouble(value));
                break;
            case BLOB:
                writeBlob(g, blobBytes(value));
                break;
            case TIMESTAMP:
                writeTimestamp(g, Timestamps.toInstant(value), member.timestampFormat());
                break;
            default:
                throw new IllegalStateException("unhandled shape type " + shape.type());
        }
    }

    private void writeList(JsonGenerator g, Shape shape, Object value) throws IOException {
        if (!(value instanceof Collection<?> items)) {
            throw new IllegalArgumentException("list " + shape.name() + " needs a List, got "
                    + value.getClass().getSimpleName());
        }
        Member element = shape.listMember();
        g.writeStartArray(items, items.size());
        for (Object item : items) {
            writeValue(g, element, item);
        }
        g.writeEndArray();
    }

    private void writeMap(JsonGenerator g, Shape shape, Map<String, ?> value) throws IOException {
        Member valueRef = shape.mapValue();
        g.writeStartObject(value, value.size());
        for (Map.Entry<String, ?> e : value.entrySet()) {
            g.writeFieldName(String.valueOf(e.getKey()));
            // Nulls in maps are written: botocore sends them, and sparse maps mean them.
            writeValue(g, valueRef, e.getValue());
        }
        g.writeEndObject();
    }

    private void writeString(JsonGenerator g, Member member, Object value) throws IOException {
        if (member.isJsonValue() && !(value instanceof String)) {
            // A jsonvalue string carries JSON text; accept a plain value and encode it.
            g.writeString(DocumentValues.toJsonText(value));
        } else {
            g.writeString(value.toString());
        }
    }

    private static void writeInteger(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigInteger bi) {
            g.writeNumber(bi);
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeNumber(Long.parseLong(value.toString()));
        }
    }

    /**
     * Writes a float; JSON has no NaN or infinities, so AWS spells them as strings.
     *
     * @param g the generator
     * @param f the value
     * @throws IOException when the generator fails to write
     */
    protected void writeFloat(JsonGenerator g, float f) throws IOException {
        if (Float.isFinite(f)) {
            g.writeNumber(f);
        } else {
            g.writeString(nonFiniteName(f));
        }
    }

    /**
     * Writes a double; NaN and infinities as strings, as {@link #writeFloat} does.
     *
     * @param g the generator
     * @param d the value
     * @throws IOException when the generator fails to write
     */
    protected void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            g.writeString(nonFiniteName(d));
        }
    }

    /**
     * Base64 text (standard alphabet, padded), as JSON carries binary.
     *
     * @param g     the generator
     * @param bytes the blob
     * @throws IOException when the generator fails to write
     */
    protected void writeBlob(JsonGenerator g, byte[] bytes) throws IOException {
        g.writeBinary(bytes);
    }

    /**
     * A timestamp in {@code format} ({@code timestampFormat} trait, may be null): epoch seconds
     * as a number by default, with a fraction (to the microsecond) only when it has one.
     *
     * @param g      the generator
     * @param t      the instant
     * @param format the member's {@code timestampFormat}, or null for epoch seconds
     * @throws IOException when the generator fails to write
     */
    protected void writeTimestamp(JsonGenerator g, Instant t, String format) throws IOException {
        if (format == null || Timestamps.UNIX.equalsIgnoreCase(format)) {
            g.writeNumber(new BigDecimal(Timestamps.unixSeconds(t)));
        } else {
            g.writeString(Timestamps.format(t, format));
        }
    }

    /**
     * Writes a document (plain Java: Map, List, String, Number, Boolean, null) as plain JSON.
     *
     * @param g     the generator
     * @param value the document value, or null
     * @throws IOException when the generator fails to write
     */
    protected void writeDocument(JsonGenerator g, Object value) throws IOException {
        DocumentValues.write(g, value);
    }

    static String nonFiniteName(double d) {
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /**
     * A float input value as a float.
     *
     * @param value a {@code Number}, or text such as {@code 1.5}, {@code NaN}, {@code -Infinity}
     * @return the value, narrowed to float
     * @throws NumberFormatException when text is not a number
     */
    protected static float toFloat(Object value) {
        if (value instanceof Number n) {
            return n.floatValue();
        }
        return (float) parseDouble(value.toString());
    }

    /**
     * A double input value as a double.
     *
     * @param value a {@code Number}, or text such as {@code 1.5}, {@code NaN}, {@code -Infinity}
     * @return the value
     * @throws NumberFormatException when text is not a number
     */
    protected static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return parseDouble(value.toString());
    }

    /** Accepts the names AWS uses for non-finite values besides Java's spelling. */
    static double parseDouble(String s) {
        switch (s) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    /**
     * Blob input: bytes, a buffer, or text sent as UTF-8.
     *
     * @param value a {@code byte[]} (used as is), a {@code ByteBuffer} (its remaining bytes,
     *              position untouched) or a {@code CharSequence}
     * @return the bytes
     * @throws IllegalArgumentException for any other type
     */
    protected static byte[] blobBytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof ByteBuffer buf) {
            ByteBuffer dup = buf.duplicate();
            byte[] b = new byte[dup.remaining()];
            dup.get(b);
            return b;
        }
        if (value instanceof CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("blob needs byte[], ByteBuffer or String, got "
                + value.getClass().getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Member member, Object value) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(member.shape().type().modelName() + " " + member.shape().name()
                + " needs a Map, got " + value.getClass().getSimpleName());
    }

    private static int countWritten(Shape shape, Map<String, ?> value, Predicate<Member> include) {
        int n = 0;
        for (Member m : shape.members().values()) {
            if (value.get(m.name()) != null && include.test(m)) {
                n++;
            }
        }
        return n;
    }

    private static void checkUnion(Shape shape, Map<String, ?> value) {
        int set = 0;
        for (Member m : shape.members().values()) {
            if (value.get(m.name()) != null) {
                set++;
            }
        }
        if (set != 1) { // botocore's validator refuses an empty union as well as a crowded one
            throw new IllegalArgumentException("union " + shape.name() + " must have exactly one member set, got "
                    + set + " (its members: " + String.join(", ", shape.members().keySet()) + ")");
        }
    }
}
