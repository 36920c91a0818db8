package io.boto4j.services.internal.sqs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS computes over what it stores, as its documentation defines them: of a
 * message body, its UTF-8 bytes; of message attributes, each attribute in the order of its name,
 * as its name, its data type and its value, each as a 4-byte big-endian length and the bytes,
 * with a byte between type and value saying whether the value is text (1) or binary (2).
 * Lower-case hex, as SQS returns them.
 */
public final class MessageDigests {
    private static final byte STRING_VALUE = 1;
    private static final byte BINARY_VALUE = 2;

    private MessageDigests() {
    }

    /** The MD5 of a body. */
    public static String ofBody(String body) {
        return hex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The MD5 of message (or message system) attributes, each a map with {@code DataType} and
     * {@code StringValue} or {@code BinaryValue} (text or bytes) as the model spells them.
     */
    public static String ofAttributes(Map<String, ?> attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, ?> attribute : new TreeMap<>(attributes).entrySet()) {
            Map<?, ?> value = attribute.getValue() instanceof Map<?, ?> m ? m : Map.of();
            lengthPrefixed(out, utf8(attribute.getKey()));
            lengthPrefixed(out, utf8(String.valueOf(value.get("DataType"))));
            if (value.get("StringValue") instanceof String text) {
                out.write(STRING_VALUE);
                lengthPrefixed(out, utf8(text));
            } else if (value.get("BinaryValue") != null) {
                out.write(BINARY_VALUE);
                lengthPrefixed(out, bytes(value.get("BinaryValue")));
            }
        }
        return hex(md5().digest(out.toByteArray()));
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] bytes(Object blob) {
        if (blob instanceof byte[] b) {
            return b;
        }
        if (blob instanceof ByteBuffer buffer) {
            byte[] b = new byte[buffer.remaining()];
            buffer.duplicate().get(b);
            return b;
        }
        return utf8(String.valueOf(blob));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
