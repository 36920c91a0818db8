package io.boto4j.core.eventstream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message of an {@code application/vnd.amazon.eventstream} body: ordered, uniquely named
 * typed headers and an opaque payload.
 */
public final class EventStreamMessage {
    public static final String MESSAGE_TYPE = ":message-type";
    public static final String EVENT_TYPE = ":event-type";
    public static final String EXCEPTION_TYPE = ":exception-type";
    public static final String ERROR_CODE = ":error-code";
    public static final String ERROR_MESSAGE = ":error-message";
    public static final String CONTENT_TYPE = ":content-type";

    private final Map<String, HeaderValue> headers;
    private final byte[] payload;

    /** A message of the given headers (kept in iteration order) and payload; nothing is copied. */
    public EventStreamMessage(Map<String, HeaderValue> headers, byte[] payload) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.payload = Objects.requireNonNull(payload);
    }

    public Map<String, HeaderValue> headers() {
        return headers;
    }

    public HeaderValue header(String name) {
        return headers.get(name);
    }

    /** The value of a string header, or null when it is absent or not a string. */
    public String stringHeader(String name) {
        HeaderValue h = headers.get(name);
        return h == null ? null : h.stringValue();
    }

    /** The payload bytes as received (not copied: do not modify). */
    public byte[] payload() {
        return payload;
    }

    /** {@code :message-type}; a message without one counts as an event, as botocore treats it. */
    public String messageType() {
        String t = stringHeader(MESSAGE_TYPE);
        return t == null ? "event" : t;
    }

    @Override
    public String toString() {
        return "EventStreamMessage[" + headers + ", " + payload.length + " payload bytes]";
    }
}
