package io.boto4j.core.waiter;

/**
 * What a waiter needs to know of a failed call: the service error code (as in the error
 * acceptors' {@code expected}), its message, and the HTTP status (for status acceptors).
 *
 * @param code       the service error code, e.g. {@code ResourceNotFoundException}, or null
 * @param message    the error's message, or null
 * @param statusCode the HTTP status of the error response
 */
public record ErrorInfo(String code, String message, int statusCode) {
}
