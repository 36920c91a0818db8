package io.boto4j.async;

import io.boto4j.core.http.Headers;
import io.vertx.core.json.JsonObject;

import java.util.Map;

/**
 * A call's output with what the response said about itself.
 *
 * @param output     the output in the SDK's value model (a streaming member holds a {@link BodyStream})
 * @param statusCode the HTTP status of the final attempt
 * @param headers    its headers
 * @param requestId  the AWS request id, or null
 * @param attempts   how many attempts the call took
 */
public record AsyncResponse(Map<String, Object> output, int statusCode, Headers headers, String requestId,
                            int attempts) {

    /**
     * The output as a {@link JsonObject} (see {@link AsyncClient#callJson}).
     *
     * @return a new {@code JsonObject} wrapping the output map, not a copy
     */
    public JsonObject json() {
        return new JsonObject(output);
    }

    /**
     * The streaming output body, the same stream as the one in {@link #output()}.
     *
     * @return the body, to be read to its end or aborted; null when the operation has none
     */
    public BodyStream body() {
        return AsyncClient.body(output);
    }

    @Override
    public String toString() {
        return "AsyncResponse[" + statusCode + ", request id " + requestId + ", " + attempts + " attempt(s), output "
                + output.keySet() + "]";
    }
}
