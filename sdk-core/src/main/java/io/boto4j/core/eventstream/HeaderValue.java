package io.boto4j.core.eventstream;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One typed header value of an event stream message. The wire type is kept so that a message
 * re-encodes to the same bytes; {@link #value()} is the plain Java value: {@code Boolean},
 * {@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code byte[]}, {@code String},
 * {@code Instant} (millisecond precision) or {@code UUID}.
 */
public final class HeaderValue {

    /** The wire types, with the tag byte that precedes each value. */
    public enum Type {
        BOOLEAN_TRUE(0), BOOLEAN_FALSE(1), BYTE(2), SHORT(3), INTEGER(4), LONG(5),
        BYTE_ARRAY(6), STRING(7), TIMESTAMP(8), UUID(9);

        private final int tag;

        Type(int tag) {
            this.tag = tag;
        }

        public int tag() {
            return tag;
        }

        static Type ofTag(int tag) {
            Type[] all = values();
            return tag >= 0 && tag < all.length ? all[tag] : null;
        }
    }

    private final Type type;
    private final Object value;

    private HeaderValue(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    public static HeaderValue ofBoolean(boolean v) {
        return new HeaderValue(v ? Type.BOOLEAN_TRUE : Type.BOOLEAN_FALSE, v);
    }

    public static HeaderValue ofByte(byte v) {
        return new HeaderValue(Type.BYTE, v);
    }

    public static HeaderValue ofShort(short v) {
        return new HeaderValue(Type.SHORT, v);
    }

    public static HeaderValue ofInt(int v) {
        return new HeaderValue(Type.INTEGER, v);
    }

    public static HeaderValue ofLong(long v) {
        return new HeaderValue(Type.LONG, v);
    }

    /** A byte array value (at most 65535 bytes); the array is copied. */
    public static HeaderValue ofBytes(byte[] v) {
        return new HeaderValue(Type.BYTE_ARRAY, v.clone());
    }

    /** A string value (at most 65535 bytes as UTF-8). */
    public static HeaderValue ofString(String v) {
        return new HeaderValue(Type.STRING, Objects.requireNonNull(v));
    }

    /** A timestamp; the wire keeps milliseconds, so finer precision is dropped. */
    public static HeaderValue ofTimestamp(Instant v) {
        return new HeaderValue(Type.TIMESTAMP, Instant.ofEpochMilli(v.toEpochMilli()));
    }

    public static HeaderValue ofUuid(UUID v) {
        return new HeaderValue(Type.UUID, Objects.requireNonNull(v));
    }

    /** Wraps an already decoded array without copying (the decoder owns it). */
    static HeaderValue wrapBytes(byte[] v) {
        return new HeaderValue(Type.BYTE_ARRAY, v);
    }

    public Type type() {
        return type;
    }

    /** The plain Java value (a byte array is returned as is: do not modify it). */
    public Object value() {
        return value;
    }

    /** The value as text when it is a string, else null. */
    public String stringValue() {
        return type == Type.STRING ? (String) value : null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HeaderValue h) || h.type != type) {
            return false;
        }
        return type == Type.BYTE_ARRAY ? Arrays.equals((byte[]) value, (byte[]) h.value) : value.equals(h.value);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + (type == Type.BYTE_ARRAY ? Arrays.hashCode((byte[]) value) : value.hashCode());
    }

    @Override
    public String toString() {
        // Byte arrays may be anything; show their size only.
        Object shown = type == Type.BYTE_ARRAY ? ((byte[]) value).length + " bytes" : value;
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + shown;
    }
}
