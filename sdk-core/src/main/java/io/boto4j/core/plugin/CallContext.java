package io.boto4j.core.plugin;

import io.boto4j.core.SdkException;
import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.ServiceRuntime;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One call as it moves through the pipeline: what every {@link Hook} of the call sees and may
 * change. What is available grows stage by stage (the input from the start, the endpoint after
 * resolution, the request after serialization, the error on error); each accessor says from when.
 * Not thread-safe, and need not be: the stages of one call run one after another.
 */
public interface CallContext {

    /**
     * The service's model.
     *
     * @return the model of the client's service
     */
    ServiceModel service();

    /**
     * The operation called.
     *
     * @return the called operation's model
     */
    OperationModel operation();

    /**
     * The client's region (null for a global service configured without one).
     *
     * @return the region name, e.g. {@code eu-west-1}, or null
     */
    String region();

    /**
     * True when the call is not sent but turned into a presigned URL: hooks that shape the body
     * (checksums, compression, {@code Expect}) have nothing to do then.
     *
     * @return true for a presigning call, false for a call that is sent
     */
    boolean isPresign();

    /**
     * The input. In {@link Hook#beforeValidation} it is a mutable copy of what the caller passed,
     * to rewrite before it is checked; from then on, the validated input in the SDK's value types
     * (mutable too, e.g. to fill in a member the model defaults). Streaming payload members hold
     * a {@link io.boto4j.core.http.RequestBody}.
     *
     * @return the call's input, a mutable map keyed by member name
     */
    Map<String, Object> input();

    /**
     * Endpoint rule parameters that override what the runtime derives from the client and the
     * input (e.g. {@code Region} for a bucket known to live elsewhere); mutable, read when the
     * endpoint is resolved, so set them in {@link Hook#beforeEndpoint}.
     *
     * @return the mutable map of overrides, keyed by rule parameter name; empty unless a hook fills it
     */
    Map<String, Object> endpointParameters();

    /**
     * The resolved endpoint, from {@link Hook#afterSerialization} on (null before).
     *
     * @return the endpoint the call is sent to, or null before resolution
     */
    Endpoint endpoint();

    /**
     * The serialized request, from {@link Hook#afterSerialization} on (null before): method, URI,
     * headers and its one body slot. Each attempt sends a copy of it.
     *
     * @return the request, mutable; null before serialization
     */
    SdkHttpRequest request();

    /**
     * The value of a client option, as resolved when the client was built.
     *
     * @param <T>    the option's value type
     * @param option the option to read
     * @return the resolved value; the option's default (which may be null) when nothing sets it
     */
    <T> T option(ClientOption<T> option);

    /**
     * Per-call state shared by hooks, or null.
     *
     * @param <T> the type of the value
     * @param key the state's key
     * @return the value stored under {@code key} in this call, or null when there is none
     */
    <T> T get(ContextKey<T> key);

    /**
     * Sets per-call state (null removes it).
     *
     * @param <T>   the type of the value
     * @param key   the state's key
     * @param value the value to store, or null to remove the current one
     */
    <T> void put(ContextKey<T> key, T value);

    /**
     * The value, created and stored on first use.
     *
     * @param <T>    the type of the value
     * @param key    the state's key
     * @param create makes the value when the call has none yet; must not return null (else it is
     *               not stored and asked again next time)
     * @return the stored value, or the one just created
     */
    default <T> T computeIfAbsent(ContextKey<T> key, Supplier<T> create) {
        T value = get(key);
        if (value == null) {
            value = create.get();
            put(key, value);
        }
        return value;
    }

    /**
     * The client's runtime, for hooks that need calls of their own (endpoint discovery, a
     * bucket's region): {@code runtime().invoke(...)} goes through the same pipeline.
     *
     * @return the runtime of the client making this call
     */
    ServiceRuntime runtime();

    /**
     * In {@link Hook#onError}: the failure the call ends with.
     *
     * @return the failure, or null before {@link Hook#onError}
     */
    SdkException error();

    /**
     * In {@link Hook#onError}: replaces the failure the caller sees (e.g. with a clearer one).
     *
     * @param replacement the exception the call fails with instead; later hooks see it
     * @throws NullPointerException when {@code replacement} is null
     */
    void error(SdkException replacement);
}
