package io.boto4j.core.pipeline;

import io.boto4j.core.SdkException;
import io.boto4j.core.auth.signer.AuthSchemeResolver;
import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.ContextKey;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The pipeline's state of one call: the {@link CallContext} hooks see, plus what only the runtime keeps. */
final class Call implements CallContext {
    private final ServiceRuntime runtime;
    private final OperationModel operation;
    private final OperationPlan plan;
    private final boolean presign;
    private Map<String, Object> input;
    private final Map<String, Object> endpointParameters = new LinkedHashMap<>(4);
    private Endpoint endpoint;
    private SdkHttpRequest request;
    private Map<ContextKey<?>, Object> state;
    private SdkException error;

    /** The streaming payload taken out of the input before serialization, kept for a restart. */
    RequestBody streamingPayload;
    /** How the call is signed, chosen once the endpoint is known. */
    AuthSchemeResolver.Choice auth;
    /** The signing identity, or null when the call goes unsigned. */
    Credentials credentials;
    /** The bearer token of a call with bearer auth, else null. */
    BearerToken token;
    /** Whether a hook already restarted the call (honoured once). */
    boolean restarted;
    /** Where this call's waits and blocking I/O run, as its layer chose when it started. */
    final CallScheduler scheduler;
    /** When the call timeout passes, in {@link System#nanoTime()} terms; only with a call timeout. */
    private final long deadline;
    private final boolean hasDeadline;
    /** The send in flight, so that a call timeout or cancellation can stop it. */
    volatile CompletableFuture<?> inFlight;
    /** The current attempt's response, so that a call timeout or cancellation can close its connection. */
    volatile RawResponse response;
    /** Set when the caller gave up on the call: no further attempt starts. */
    volatile boolean cancelled;

    /** @param callTimeout the client's call timeout, or null for none; the clock starts now */
    Call(ServiceRuntime runtime, OperationPlan plan, Map<String, Object> input, boolean presign,
         CallScheduler scheduler, Duration callTimeout) {
        this.runtime = runtime;
        this.plan = plan;
        this.operation = plan.operation();
        this.input = input;
        this.presign = presign;
        this.scheduler = scheduler;
        this.hasDeadline = callTimeout != null;
        this.deadline = hasDeadline ? System.nanoTime() + callTimeout.toNanos() : 0;
    }

    /** What is left of the call timeout (zero once it passed), or null without one. */
    Duration timeLeft() {
        return hasDeadline ? Duration.ofNanos(Math.max(0, deadline - System.nanoTime())) : null;
    }

    /** Whether the call timeout has passed. */
    boolean pastDeadline() {
        return hasDeadline && deadline - System.nanoTime() <= 0;
    }

    OperationPlan plan() {
        return plan;
    }

    void input(Map<String, Object> validated) {
        this.input = validated;
    }

    void endpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    void request(SdkHttpRequest request) {
        this.request = request;
    }

    /**
     * Stops what is in flight, wherever it is: the send (connecting, sending, waiting for the
     * headers) or the response's body. The call's future has already failed or been cancelled.
     */
    void cancel() {
        cancelled = true;
        CompletableFuture<?> f = inFlight;
        if (f != null) {
            f.cancel(true);
        }
        abortResponse();
    }

    /** Closes the connection of the current attempt's response unless its body was read to the end. */
    void abortResponse() {
        RawResponse r = response;
        if (r != null) {
            r.abort();
        }
    }

    @Override
    public ServiceModel service() {
        return operation.service();
    }

    @Override
    public OperationModel operation() {
        return operation;
    }

    @Override
    public String region() {
        return runtime.region();
    }

    @Override
    public boolean isPresign() {
        return presign;
    }

    @Override
    public Map<String, Object> input() {
        return input;
    }

    @Override
    public Map<String, Object> endpointParameters() {
        return endpointParameters;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public SdkHttpRequest request() {
        return request;
    }

    @Override
    public <T> T option(ClientOption<T> option) {
        return runtime.option(option);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(ContextKey<T> key) {
        return state == null ? null : (T) state.get(key);
    }

    @Override
    public <T> void put(ContextKey<T> key, T value) {
        if (value == null) {
            if (state != null) {
                state.remove(key);
            }
            return;
        }
        if (state == null) {
            state = new IdentityHashMap<>(4);
        }
        state.put(key, value);
    }

    @Override
    public ServiceRuntime runtime() {
        return runtime;
    }

    @Override
    public SdkException error() {
        return error;
    }

    @Override
    public void error(SdkException replacement) {
        this.error = java.util.Objects.requireNonNull(replacement, "replacement");
    }

    @Override
    public String toString() {
        return "Call[" + operation.service().serviceName() + "." + operation.name() + "]";
    }
}
