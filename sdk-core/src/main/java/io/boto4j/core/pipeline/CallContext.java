package io.boto4j.core.pipeline;

import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.transport.RequestBody;

import java.util.HashMap;
import java.util.Map;

/** One call as it moves through the pipeline; what interceptors see and may change. */
public final class CallContext {
    private final OperationModel operation;
    private final String region;
    private Map<String, Object> input;
    private Endpoint endpoint;
    private SdkHttpRequest request;
    private RequestBody body;
    private final Map<String, Object> attributes = new HashMap<>();

    CallContext(OperationModel operation, Map<String, Object> input, String region) {
        this.operation = operation;
        this.input = input;
        this.region = region;
    }

    public OperationModel operation() {
        return operation;
    }

    /** The client's region (may be null for global services configured without one). */
    public String region() {
        return region;
    }

    /** The validated input. */
    public Map<String, Object> input() {
        return input;
    }

    public void input(Map<String, Object> input) {
        this.input = input;
    }

    /** The resolved endpoint (null before resolution). */
    public Endpoint endpoint() {
        return endpoint;
    }

    void endpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The serialized request (null before serialization). */
    public SdkHttpRequest request() {
        return request;
    }

    public void request(SdkHttpRequest request) {
        this.request = request;
    }

    /** The body to send, or null. */
    public RequestBody body() {
        return body;
    }

    public void body(RequestBody body) {
        this.body = body;
    }

    /** Free-form state shared by the interceptors of one call. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "CallContext[" + operation + "]";
    }
}
