package io.boto4j.core.waiter;

import java.util.Map;

/**
 * The outcome of one call: its output, or the service error it failed with.
 *
 * @param output the output map; null when the call failed
 * @param error the service error; null when the call succeeded
 */
public record Attempt(Map<String, Object> output, ErrorInfo error) {

    /** {@return the HTTP status: the error's, or {@code ResponseMetadata.HTTPStatusCode} of the output, else 200} */
    public int statusCode() {
        if (error != null) {
            return error.statusCode();
        }
        if (output != null && output.get("ResponseMetadata") instanceof Map<?, ?> metadata
                && metadata.get("HTTPStatusCode") instanceof Number status) {
            return status.intValue();
        }
        return 200;
    }

    /** {@return whether the call failed with a service error} */
    public boolean failed() {
        return error != null;
    }
}
