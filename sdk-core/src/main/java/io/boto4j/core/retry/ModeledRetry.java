package io.boto4j.core.retry;

/** What an error shape's {@code retryable} trait says about it. */
public enum ModeledRetry {
    /** No modeled error with the {@code retryable} trait matches the error code. */
    NONE,
    /** {@code "retryable": {}} or {@code {"throttling": false}}. */
    TRANSIENT,
    /** {@code "retryable": {"throttling": true}}. */
    THROTTLING
}
