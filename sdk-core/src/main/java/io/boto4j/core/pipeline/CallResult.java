package io.boto4j.core.pipeline;

import io.boto4j.core.http.Headers;

import java.util.Map;

/**
 * The outcome of a successful call: the output value, and what the response said about itself.
 *
 * @param output     the parsed output in the SDK's value model; a streaming member holds a
 *                   {@link ResponseStream} (bytes) or an {@link EventStream} until the layer converts it
 * @param statusCode the HTTP status of the final attempt
 * @param headers    its headers
 * @param requestId  the request id ({@code x-amzn-requestid}, {@code x-amz-request-id}) or null
 * @param attempts   how many attempts the call took
 */
public record CallResult(Map<String, Object> output, int statusCode, Headers headers, String requestId,
                         int attempts) {

    /**
     * The streaming member's body, or null when the operation does not stream its output.
     *
     * @return the first {@link ResponseStream} among the output's values, or null
     */
    public ResponseStream stream() {
        for (Object v : output.values()) {
            if (v instanceof ResponseStream s) {
                return s;
            }
        }
        return null;
    }

    /**
     * The output event stream, or null when the operation does not stream events.
     *
     * @return the first {@link EventStream} among the output's values, or null
     */
    public EventStream events() {
        for (Object v : output.values()) {
            if (v instanceof EventStream s) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "CallResult[" + statusCode + ", request id " + requestId + ", " + attempts + " attempt(s), output "
                + output.keySet() + "]";
    }
}
