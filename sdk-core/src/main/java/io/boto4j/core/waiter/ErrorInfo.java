package io.boto4j.core.waiter;

/**
 * What a waiter needs to know of a failed call: the service error code (as in the error
 * acceptors' {@code expected}), its message, and the HTTP status (for status acceptors).
 */
public record ErrorInfo(String code, String message, int statusCode) {
}
