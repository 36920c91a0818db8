package io.boto4j.core.loader;

import java.util.function.Supplier;

/**
 * A value computed at most once, on first use, even when many threads ask at the same time.
 * A failed computation is not remembered, so a later call tries again.
 */
final class Once<T> {
    private Supplier<? extends T> supplier;
    private volatile T value;

    Once(Supplier<? extends T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (value == null) {
                value = supplier.get();
                supplier = null; // let what it captured (sources, loaders) be collected
            }
            return value;
        }
    }
}
