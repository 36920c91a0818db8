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
    /** The header saying what a message is: {@code event}, {@code exception} or {@code error}. */
    public static final String MESSAGE_TYPE = ":message-type";
    /** The header naming an event's member of the event stream union, e.g. {@code Records}. */
    public static final String EVENT_TYPE = ":event-type";
    /** The header naming a modeled exception's member of the event stream union. */
    public static final String EXCEPTION_TYPE = ":exception-type";
    /** The header holding an unmodeled error's code. */
    public static final String ERROR_CODE = ":error-code";
    /** The header holding an unmodeled error's message. */
    public static final String ERROR_MESSAGE = ":error-message";
    /** The header giving the payload's media type, e.g. {@code application/json}. */
    public static final String CONTENT_TYPE = ":content-type";

    private final Map<String, HeaderValue> headers;
    private final byte[] payload;

    /**
     * A message of the given headers (kept in iteration order) and payload. The header map is
     * copied; the payload array is not.
     *
     * @param headers the headers by name, each name unique
     * @param payload the payload bytes, not null (empty for none)
     * @throws NullPointerException when {@code payload} is null
     */
    public EventStreamMessage(Map<String, HeaderValue> headers, byte[] payload) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.payload = Objects.requireNonNull(payload);
    }

    /**
     * The headers in their order on the wire.
     *
     * @return an unmodifiable map from header name to value
     */
    public Map<String, HeaderValue> headers() {
        return headers;
    }

    /**
     * One header's value.
     *
     * @param name the header name, e.g. {@link #EVENT_TYPE}
     * @return the value, or null when the message has no such header
     */
    public HeaderValue header(String name) {
        return headers.get(name);
    }

    /**
     * The value of a string header, or null when it is absent or not a string.
     *
     * @param name the header name, e.g. {@link #MESSAGE_TYPE}
     * @return the text, or null
     */
    public String stringHeader(String name) {
        HeaderValue h = headers.get(name);
        return h == null ? null : h.stringValue();
    }

    /**
     * The payload bytes as received (not copied: do not modify).
     *
     * @return the payload, empty when the message has none; never null
     */
    public byte[] payload() {
        return payload;
    }

    /**
     * {@code :message-type}; a message without one counts as an event, as botocore treats it.
     *
     * @return {@code event}, {@code exception}, {@code error} or whatever other string the header holds
     */
    public String messageType() {
        String t = stringHeader(MESSAGE_TYPE);
        return t == null ? "event" : t;
    }

    @Override
    public String toString() {
        return "EventStreamMessage[" + headers + ", " + payload.length + " payload bytes]";
    }
}
