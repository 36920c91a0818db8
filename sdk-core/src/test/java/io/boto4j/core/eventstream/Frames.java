package io.boto4j.core.eventstream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds test frames with the encoder under test. */
final class Frames {
    private Frames() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, HeaderValue> headers(Object... nameValuePairs) {
        Map<String, HeaderValue> h = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object v = nameValuePairs[i + 1];
            h.put((String) nameValuePairs[i], v instanceof HeaderValue hv ? hv : HeaderValue.ofString((String) v));
        }
        return h;
    }

    /** An {@code event} message of {@code eventType} with extra headers after the standard ones. */
    static byte[] event(String eventType, byte[] payload, Object... extraHeaders) {
        Map<String, HeaderValue> h = headers(":message-type", "event", ":event-type", eventType);
        h.putAll(headers(extraHeaders));
        return MessageEncoder.encode(h, payload);
    }

    static byte[] event(String eventType, String payload, Object... extraHeaders) {
        return event(eventType, utf8(payload), extraHeaders);
    }

    static byte[] exception(String exceptionType, String payload) {
        return MessageEncoder.encode(headers(":message-type", "exception", ":exception-type", exceptionType,
                ":content-type", "application/json"), utf8(payload));
    }

    static byte[] error(String code, String message) {
        return MessageEncoder.encode(headers(":message-type", "error", ":error-code", code,
                ":error-message", message), new byte[0]);
    }

    static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }
}
