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

    /**
     * The method called.
     *
     * @return the declaration of the method being run
     */
    CustomMethod<?> method();

    /**
     * The arguments, checked against the method's parameters and converted to their types.
     *
     * @return the arguments by parameter name; those not given are absent
     */
    Map<String, Object> arguments();

    /**
     * An argument, or null when it was not given.
     *
     * @param <T>  the parameter's type
     * @param name the parameter's name, e.g. {@code Bucket}
     * @param type the parameter's declared type (or a supertype of it)
     * @return the argument, or null when it was not given
     * @throws ClassCastException when the argument is not of {@code type}
     */
    default <T> T argument(String name, Class<T> type) {
        return type.cast(arguments().get(name));
    }

    /**
     * An argument, or {@code fallback} when it was not given.
     *
     * @param <T>      the parameter's type
     * @param name     the parameter's name, e.g. {@code ExpiresIn}
     * @param type     the parameter's declared type (or a supertype of it)
     * @param fallback the value to use when the argument was not given
     * @return the argument, or {@code fallback}
     * @throws ClassCastException when the argument is not of {@code type}
     */
    default <T> T argument(String name, Class<T> type, T fallback) {
        T value = argument(name, type);
        return value == null ? fallback : value;
    }

    /**
     * The client's runtime: operations ({@code invoke}), presigning, the model, the region.
     *
     * @return the runtime of the client the method was called on
     */
    ServiceRuntime runtime();

    /**
     * The value of a client option.
     *
     * @param <T>    the option's value type
     * @param option the option to read
     * @return the value resolved when the client was built; the option's default (which may be null) when nothing sets it
     */
    <T> T option(ClientOption<T> option);

    /**
     * Where to run blocking work such as file reads and writes: a worker pool of the layer's
     * (Vert.x's worker pool on the async layer), never an event loop.
     *
     * @return the executor for blocking work
     */
    Executor blockingExecutor();

    /**
     * Where to run the caller's callbacks (progress listeners): the caller's Vert.x context on
     * the async layer, the calling thread's side on the blocking one (callbacks must be quick).
     *
     * @return the executor for the caller's callbacks
     */
    Executor callbackExecutor();
}
