package io.boto4j.core;

import io.boto4j.core.model.Shape;

import java.util.Map;

/**
 * An error the service sent inside an event stream, after the HTTP response itself succeeded:
 * a modeled exception event ({@code :message-type exception}, code from {@code :exception-type},
 * the exception shape's members parsed from the payload) or a plain error message
 * ({@code :message-type error}, code and message from {@code :error-code} /
 * {@code :error-message}). It ends the stream.
 *
 * <p>A {@link ServiceException} like any other error of the service, so one
 * {@code catch (ServiceException e)} handles both; {@link #statusCode()} is the status of the
 * response that carried the stream (200) and {@link #requestId()} is null (the request id
 * travels in that response's headers, not in the event).
 */
public final class EventStreamServiceException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * An event stream error.
     *
     * @param service      the service's name, as in {@link ServiceException#service()}
     * @param operation    the operation whose output stream carried the error
     * @param code         the error code; may be empty, never null
     * @param errorMessage the service's message, or null when it sent none
     * @param shape        the modeled exception shape, or null for an unmodeled error
     * @param fields       the exception shape's members read from the payload (empty when unmodeled)
     */
    public EventStreamServiceException(String service, String operation, String code, String errorMessage,
                                       Shape shape, Map<String, Object> fields) {
        super("An error occurred (" + (code.isEmpty() ? "Unknown" : code) + ") in the event stream of "
                        + service + "." + operation + ": " + (errorMessage == null ? "(no message)" : errorMessage),
                service, operation, code, errorMessage, 200, null, null, shape, fields, 1);
    }
}
