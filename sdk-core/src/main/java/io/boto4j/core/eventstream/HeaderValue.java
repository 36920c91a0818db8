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
        /** The boolean {@code true}, tag 0; no value bytes follow. */
        BOOLEAN_TRUE(0),
        /** The boolean {@code false}, tag 1; no value bytes follow. */
        BOOLEAN_FALSE(1),
        /** A signed 8-bit integer, tag 2. */
        BYTE(2),
        /** A signed 16-bit big-endian integer, tag 3. */
        SHORT(3),
        /** A signed 32-bit big-endian integer, tag 4. */
        INTEGER(4),
        /** A signed 64-bit big-endian integer, tag 5. */
        LONG(5),
        /** Opaque bytes with a 16-bit length prefix, tag 6. */
        BYTE_ARRAY(6),
        /** UTF-8 text with a 16-bit length prefix, tag 7. */
        STRING(7),
        /** Milliseconds since the epoch as a signed 64-bit integer, tag 8. */
        TIMESTAMP(8),
        /** A 16-byte UUID, tag 9. */
        UUID(9);

        private final int tag;

        Type(int tag) {
            this.tag = tag;
        }

        /**
         * The tag byte that precedes a value of this type on the wire.
         *
         * @return the tag, 0 to 9
         */
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

    /**
     * A boolean value; the wire encodes it in the type tag alone.
     *
     * @param v the value
     * @return a {@link Type#BOOLEAN_TRUE} or {@link Type#BOOLEAN_FALSE} header value
     */
    public static HeaderValue ofBoolean(boolean v) {
        return new HeaderValue(v ? Type.BOOLEAN_TRUE : Type.BOOLEAN_FALSE, v);
    }

    /**
     * A signed 8-bit value.
     *
     * @param v the value
     * @return a {@link Type#BYTE} header value
     */
    public static HeaderValue ofByte(byte v) {
        return new HeaderValue(Type.BYTE, v);
    }

    /**
     * A signed 16-bit value.
     *
     * @param v the value
     * @return a {@link Type#SHORT} header value
     */
    public static HeaderValue ofShort(short v) {
        return new HeaderValue(Type.SHORT, v);
    }

    /**
     * A signed 32-bit value.
     *
     * @param v the value
     * @return an {@link Type#INTEGER} header value
     */
    public static HeaderValue ofInt(int v) {
        return new HeaderValue(Type.INTEGER, v);
    }

    /**
     * A signed 64-bit value.
     *
     * @param v the value
     * @return a {@link Type#LONG} header value
     */
    public static HeaderValue ofLong(long v) {
        return new HeaderValue(Type.LONG, v);
    }

    /**
     * A byte array value (at most 65535 bytes); the array is copied.
     *
     * @param v the bytes, not null
     * @return a {@link Type#BYTE_ARRAY} header value
     */
    public static HeaderValue ofBytes(byte[] v) {
        return new HeaderValue(Type.BYTE_ARRAY, v.clone());
    }

    /**
     * A string value (at most 65535 bytes as UTF-8).
     *
     * @param v the text, not null
     * @return a {@link Type#STRING} header value
     * @throws NullPointerException when {@code v} is null
     */
    public static HeaderValue ofString(String v) {
        return new HeaderValue(Type.STRING, Objects.requireNonNull(v));
    }

    /**
     * A timestamp; the wire keeps milliseconds, so finer precision is dropped.
     *
     * @param v the instant, not null
     * @return a {@link Type#TIMESTAMP} header value holding {@code v} truncated to milliseconds
     */
    public static HeaderValue ofTimestamp(Instant v) {
        return new HeaderValue(Type.TIMESTAMP, Instant.ofEpochMilli(v.toEpochMilli()));
    }

    /**
     * A UUID value.
     *
     * @param v the UUID, not null
     * @return a {@link Type#UUID} header value
     * @throws NullPointerException when {@code v} is null
     */
    public static HeaderValue ofUuid(UUID v) {
        return new HeaderValue(Type.UUID, Objects.requireNonNull(v));
    }

    /** Wraps an already decoded array without copying (the decoder owns it). */
    static HeaderValue wrapBytes(byte[] v) {
        return new HeaderValue(Type.BYTE_ARRAY, v);
    }

    /**
     * The wire type, kept so that the value re-encodes to the same bytes.
     *
     * @return the type, never null
     */
    public Type type() {
        return type;
    }

    /**
     * The plain Java value (a byte array is returned as is: do not modify it).
     *
     * @return a {@code Boolean}, {@code Byte}, {@code Short}, {@code Integer}, {@code Long},
     *         {@code byte[]}, {@code String}, {@code Instant} or {@code UUID}; never null
     */
    public Object value() {
        return value;
    }

    /**
     * The value as text when it is a string, else null.
     *
     * @return the string, or null when the type is not {@link Type#STRING}
     */
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
