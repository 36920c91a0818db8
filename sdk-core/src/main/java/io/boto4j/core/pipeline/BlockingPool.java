package io.boto4j.core.pipeline;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default home of blocking work when nobody else can do it: custom methods' file I/O when
 * the layer brings no pool, the blocking layer's exchanges when their caller is busy with
 * another one. Daemon threads started as needed and retired after a minute idle, so that an
 * idle process holds none.
 */
public final class BlockingPool {
    private static final Executor SHARED = create();

    private BlockingPool() {
    }

    /**
     * The process-wide pool.
     *
     * @return an unbounded pool of daemon threads named {@code boto4j-blocking-N}; never shut down
     */
    public static Executor shared() {
        return SHARED;
    }

    private static Executor create() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "boto4j-blocking-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
