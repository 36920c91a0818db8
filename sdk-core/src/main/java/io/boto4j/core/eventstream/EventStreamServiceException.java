package io.boto4j.core.eventstream;

import io.boto4j.core.SdkException;
import io.boto4j.core.model.Shape;

import java.util.Map;

/**
 * An error the service sent inside an event stream: a modeled exception event
 * ({@code :message-type exception}, code from {@code :exception-type}, the exception shape's
 * members parsed from the payload) or a plain error message ({@code :message-type error}, code
 * and message from {@code :error-code} / {@code :error-message}). It ends the stream.
 */
public final class EventStreamServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String errorMessage;
    private final transient Shape shape;
    private final transient Map<String, Object> fields;

    EventStreamServiceException(String code, String errorMessage, Shape shape, Map<String, Object> fields) {
        super("event stream error (" + (code == null || code.isEmpty() ? "Unknown" : code) + "): "
                + (errorMessage == null ? "" : errorMessage));
        this.code = code;
        this.errorMessage = errorMessage;
        this.shape = shape;
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The error code ({@code :exception-type} or {@code :error-code}); may be empty, never null. */
    public String code() {
        return code;
    }

    /** The service's message, or null when it sent none. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The modeled exception shape, or null for an unmodeled error. */
    public Shape shape() {
        return shape;
    }

    /** The exception shape's members read from the payload (empty when unmodeled). */
    public Map<String, Object> fields() {
        return fields;
    }
}
