package io.boto4j.core.plugin;

import io.boto4j.core.pipeline.ServiceRuntime;

import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What a {@link CustomMethod}'s implementation is given: its checked arguments and the client it
 * runs on. Implemented by the core once for both layers; an implementation never blocks (file
 * I/O goes to {@link #blockingExecutor()}).
 */
public interface MethodCall {

    /** The method called. */
    CustomMethod<?> method();

    /** The arguments, checked against the method's parameters and converted to their types. */
    Map<String, Object> arguments();

    /** An argument, or null when it was not given. */
    default <T> T argument(String name, Class<T> type) {
        return type.cast(arguments().get(name));
    }

    /** An argument, or {@code fallback} when it was not given. */
    default <T> T argument(String name, Class<T> type, T fallback) {
        T value = argument(name, type);
        return value == null ? fallback : value;
    }

    /** The client's runtime: operations ({@code invoke}), presigning, the model, the region. */
    ServiceRuntime runtime();

    /** The value of a client option. */
    <T> T option(ClientOption<T> option);

    /**
     * Where to run blocking work such as file reads and writes: a worker pool of the layer's
     * (Vert.x's worker pool on the async layer), never an event loop.
     */
    Executor blockingExecutor();

    /**
     * Where to run the caller's callbacks (progress listeners): the caller's Vert.x context on
     * the async layer, the calling thread's side on the blocking one (callbacks must be quick).
     */
    Executor callbackExecutor();
}
