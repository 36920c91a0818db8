package io.boto4j.core.pipeline;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default home of custom methods' blocking work (file reads and writes of transfers) when
 * the layer brings none: daemon threads started as needed and retired after a minute idle, so
 * that an idle process holds none.
 */
final class BlockingPool {
    private static final Executor SHARED = create();

    private BlockingPool() {
    }

    static Executor shared() {
        return SHARED;
    }

    private static Executor create() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "boto4j-blocking-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        return pool;
    }
}
