package io.boto4j.async.internal;

import io.boto4j.core.typed.TypedLayer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed views for the Vert.x layer: every method returns {@code Future<T>}, completed on the
 * calling context; a {@link JsonObject} may stand for the input or the output.
 */
public final class FutureTypedLayer implements TypedLayer {
    private final Vertx vertx;

    public FutureTypedLayer(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public String name() {
        return "async";
    }

    @Override
    public Type valueType(Method method) {
        if (method.getReturnType() != Future.class) {
            return null;
        }
        Type type = method.getGenericReturnType();
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    @Override
    public String returnTypeAdvice() {
        return "methods of an async view return io.vertx.core.Future<T> (use the blocking layer for plain values)";
    }

    @Override
    public <V> Object deliver(Supplier<CompletableFuture<V>> call, Function<V, Object> convert) {
        Context context = vertx.getOrCreateContext();
        return Future.fromCompletionStage(call.get(), context).map(convert::apply).recover(t -> Future.failedFuture(
                t instanceof CompletionException && t.getCause() != null ? t.getCause() : t));
    }

    @Override
    public Map<String, Object> inputOf(Object argument) {
        return argument instanceof JsonObject json ? JsonValues.plainMap(json) : null;
    }

    @Override
    public Object outputAs(Map<String, Object> output, Type type) {
        return type == JsonObject.class ? new JsonObject(output) : null;
    }
}
