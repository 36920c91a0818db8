package io.boto4j.core.eventstream;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * Encodes messages in the binary event stream framing: what a test server sends, and what
 * input event streams will send.
 */
public final class MessageEncoder {
    private MessageEncoder() {
    }

    /**
     * The framed bytes of {@code message}: prelude, prelude CRC, headers, payload, message CRC.
     *
     * @param message the message to frame
     * @return a new array holding the whole frame
     * @throws IllegalArgumentException when a header or the message exceeds the format's limits
     */
    public static byte[] encode(EventStreamMessage message) {
        return encode(message.headers(), message.payload());
    }

    /**
     * The framed bytes of a message of these headers (in iteration order) and payload.
     *
     * @param headers the headers by name, written in the map's iteration order
     * @param payload the payload bytes (empty for none)
     * @return a new array holding the whole frame
     * @throws IllegalArgumentException when a header or the message exceeds the format's limits
     */
    public static byte[] encode(Map<String, HeaderValue> headers, byte[] payload) {
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
        HeaderCodec.encode(headers, headerBytes);
        int headersLength = headerBytes.size();
        if (headersLength > Framing.MAX_HEADERS_LENGTH) {
            throw new IllegalArgumentException("headers of " + headersLength + " bytes exceed "
                    + Framing.MAX_HEADERS_LENGTH);
        }
        long total = (long) Framing.MIN_MESSAGE_LENGTH + headersLength + payload.length;
        if (total > Framing.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("message of " + total + " bytes exceeds " + Framing.MAX_MESSAGE_LENGTH);
        }
        byte[] out = new byte[(int) total];
        writeInt(out, 0, (int) total);
        writeInt(out, 4, headersLength);
        writeInt(out, 8, (int) Framing.crc32(out, 0, 8));
        System.arraycopy(headerBytes.toByteArray(), 0, out, Framing.PRELUDE_LENGTH, headersLength);
        System.arraycopy(payload, 0, out, Framing.PRELUDE_LENGTH + headersLength, payload.length);
        int crcOffset = out.length - Framing.TRAILER_LENGTH;
        writeInt(out, crcOffset, (int) Framing.crc32(out, 0, crcOffset));
        return out;
    }

    private static void writeInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
