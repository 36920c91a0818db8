package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The header block of a message: a sequence of (name length u8, UTF-8 name, type tag u8, value)
 * where the value's size follows from its type, or from a u16 length for byte arrays and strings.
 */
final class HeaderCodec {
    private HeaderCodec() {
    }

    static Map<String, HeaderValue> decode(byte[] b, int start, int end) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        Cursor c = new Cursor(b, start, end);
        while (c.pos < end) {
            String name = c.utf8(c.u8(), "header name");
            int tag = c.u8();
            HeaderValue.Type type = HeaderValue.Type.ofTag(tag);
            if (type == null) {
                throw new EventStreamException("event stream header '" + name + "' has unknown value type " + tag);
            }
            HeaderValue value = c.value(type, name);
            if (headers.putIfAbsent(name, value) != null) {
                throw new EventStreamException("event stream message repeats header '" + name + "'");
            }
        }
        return headers;
    }

    static void encode(Map<String, HeaderValue> headers, ByteArrayOutputStream out) {
        for (Map.Entry<String, HeaderValue> e : headers.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (name.length == 0 || name.length > Framing.MAX_HEADER_NAME_LENGTH) {
                throw new IllegalArgumentException("header name must be 1 to 255 UTF-8 bytes: '" + e.getKey() + "'");
            }
            out.write(name.length);
            out.writeBytes(name);
            HeaderValue v = e.getValue();
            out.write(v.type().tag());
            writeValue(v, out);
        }
    }

    private static void writeValue(HeaderValue v, ByteArrayOutputStream out) {
        Object value = v.value();
        switch (v.type()) {
            case BOOLEAN_TRUE, BOOLEAN_FALSE -> {
                // the tag is the value
            }
            case BYTE -> out.write((Byte) value);
            case SHORT -> writeBig(out, (Short) value, 2);
            case INTEGER -> writeBig(out, (Integer) value, 4);
            case LONG -> writeBig(out, (Long) value, 8);
            case TIMESTAMP -> writeBig(out, ((Instant) value).toEpochMilli(), 8);
            case BYTE_ARRAY -> writeSized(out, (byte[]) value);
            case STRING -> writeSized(out, ((String) value).getBytes(StandardCharsets.UTF_8));
            case UUID -> {
                UUID u = (UUID) value;
                writeBig(out, u.getMostSignificantBits(), 8);
                writeBig(out, u.getLeastSignificantBits(), 8);
            }
            default -> throw new IllegalStateException("unhandled header type " + v.type());
        }
    }

    private static void writeSized(ByteArrayOutputStream out, byte[] bytes) {
        if (bytes.length > Framing.MAX_HEADER_VALUE_LENGTH) {
            throw new IllegalArgumentException("header value of " + bytes.length + " bytes exceeds 65535");
        }
        writeBig(out, bytes.length, 2);
        out.writeBytes(bytes);
    }

    private static void writeBig(ByteArrayOutputStream out, long v, int size) {
        for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift) & 0xFF);
        }
    }

    /** Reads within [pos, end) and reports a truncated header instead of overrunning it. */
    private static final class Cursor {
        private final byte[] b;
        private final int end;
        private int pos;

        Cursor(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        private int take(int n, String what) {
            if (end - pos < n) {
                throw new EventStreamException("event stream headers end inside a " + what);
            }
            int at = pos;
            pos += n;
            return at;
        }

        int u8() {
            return b[take(1, "header")] & 0xFF;
        }

        String utf8(int len, String what) {
            int at = take(len, what);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, at, len)).toString();
            } catch (CharacterCodingException e) {
                throw new EventStreamException("event stream " + what + " is not valid UTF-8", e);
            }
        }

        HeaderValue value(HeaderValue.Type type, String name) {
            String what = "value of header '" + name + "'";
            return switch (type) {
                case BOOLEAN_TRUE -> HeaderValue.ofBoolean(true);
                case BOOLEAN_FALSE -> HeaderValue.ofBoolean(false);
                case BYTE -> HeaderValue.ofByte(b[take(1, what)]);
                case SHORT -> {
                    int at = take(2, what);
                    yield HeaderValue.ofShort((short) ((b[at] << 8) | (b[at + 1] & 0xFF)));
                }
                case INTEGER -> HeaderValue.ofInt(Framing.readInt(b, take(4, what)));
                case LONG -> HeaderValue.ofLong(Framing.readLong(b, take(8, what)));
                case TIMESTAMP -> HeaderValue.ofTimestamp(Instant.ofEpochMilli(Framing.readLong(b, take(8, what))));
                case BYTE_ARRAY -> {
                    int len = u16(what);
                    int at = take(len, what);
                    yield HeaderValue.wrapBytes(Arrays.copyOfRange(b, at, at + len));
                }
                case STRING -> HeaderValue.ofString(utf8(u16(what), what));
                case UUID -> {
                    int at = take(16, what);
                    yield HeaderValue.ofUuid(new UUID(Framing.readLong(b, at), Framing.readLong(b, at + 8)));
                }
            };
        }

        private int u16(String what) {
            int at = take(2, what);
            return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
        }
    }
}
