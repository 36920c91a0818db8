package io.boto4j.sync;

import io.boto4j.core.http.Headers;

import java.util.Map;

/**
 * A call's output together with what the response said about itself. Closing it closes the
 * streaming body, if the operation has one and the caller has not closed it already.
 *
 * @param output     the output as plain values (a streaming member is a {@link ResponseInputStream})
 * @param statusCode the HTTP status of the final attempt
 * @param headers    its headers
 * @param requestId  the service's request id, or null
 * @param attempts   how many attempts the call took (1 when not retried)
 */
public record SyncResponse(Map<String, Object> output, int statusCode, Headers headers, String requestId,
                           int attempts) implements AutoCloseable {

    /**
     * The streaming body, the same stream as the one in {@link #output()}.
     *
     * @return the body, which the caller must close; null when the operation does not stream its
     *         output
     */
    public ResponseInputStream body() {
        for (Object v : output.values()) {
            if (v instanceof ResponseInputStream in) {
                return in;
            }
        }
        return null;
    }

    @Override
    public void close() {
        ResponseInputStream body = body();
        if (body != null) {
            body.close();
        }
    }

    /** Output member names only: values may be sensitive. */
    @Override
    public String toString() {
        return "SyncResponse[" + statusCode + ", request id " + requestId + ", " + attempts + " attempt(s), output "
                + output.keySet() + "]";
    }
}
