package io.boto4j.sync.internal;

import io.boto4j.core.typed.TypedLayer;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/** Typed views for the blocking layer: a method returns its value; futures are refused. */
public final class BlockingTypedLayer implements TypedLayer {
    public static final BlockingTypedLayer INSTANCE = new BlockingTypedLayer();

    private BlockingTypedLayer() {
    }

    @Override
    public String name() {
        return "blocking";
    }

    @Override
    public Type valueType(Method method) {
        Class<?> r = method.getReturnType();
        return CompletionStage.class.isAssignableFrom(r) || Future.class.isAssignableFrom(r)
                ? null : method.getGenericReturnType();
    }

    @Override
    public String returnTypeAdvice() {
        return "methods of a blocking view return the value itself, not a future (use the async layer for futures)";
    }

    @Override
    public <V> Object deliver(Supplier<CompletableFuture<V>> call, Function<V, Object> convert) {
        return convert.apply(Blocking.await(call));
    }
}
