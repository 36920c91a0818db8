package io.boto4j.core.typed;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a layer contributes to a typed view: which return types tell the truth about it, and
 * how a call's result reaches the caller (a value for the blocking layer, a {@code Future} for
 * the Vert.x layer).
 */
public interface TypedLayer {

    /** {@return the layer's name for messages: {@code blocking}, {@code async}} */
    String name();

    /**
     * The type of the value a method's result carries (the {@code T} of {@code Future<T>} for an
     * async layer, the return type itself for a blocking one), or null when this layer cannot
     * honour the method's return type; then {@link #returnTypeAdvice()} says why.
     *
     * @param method a method of the user's view interface
     * @return the result's value type, or null
     */
    Type valueType(Method method);

    /** {@return why a return type was refused, e.g. "methods of a blocking view return the value, not a Future"} */
    String returnTypeAdvice();

    /**
     * Starts a call and hands its converted result to the caller in this layer's form. The layer
     * starts it ({@code call.get()}) on the caller's thread, when it is ready to serve the call:
     * the blocking layer first prepares the caller's thread to run the call's I/O.
     *
     * @param <V> the call's raw result type (an output map, a custom method's result)
     * @param call starts the call and returns its future
     * @param convert turns the raw result into the method's return type
     * @return what the view's method returns: the converted value (blocking), or a future of it (async)
     */
    <V> Object deliver(Supplier<CompletableFuture<V>> call, Function<V, Object> convert);

    /**
     * A layer-specific argument type turned into an input map (e.g. a Vert.x JsonObject).
     *
     * @param argument the view method's argument
     * @return the input, or null when the argument is not of a type this layer knows (the default)
     */
    default Map<String, Object> inputOf(Object argument) {
        return null;
    }

    /**
     * A layer-specific result type (e.g. a Vert.x JsonObject) made from an output.
     *
     * @param output the operation's output
     * @param type the view method's value type
     * @return the result, or null when {@code type} is not one this layer knows (the default)
     */
    default Object outputAs(Map<String, Object> output, Type type) {
        return null;
    }
}
