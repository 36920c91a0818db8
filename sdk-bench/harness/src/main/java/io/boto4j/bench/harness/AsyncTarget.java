package io.boto4j.bench.harness;

import java.util.function.Consumer;

/** A contender whose calls complete through a callback (an event-loop client). */
public interface AsyncTarget {

    /**
     * Starts one GetObject of the benchmark object; calls {@code done} exactly once, with null
     * when the whole body has been read and checked, or with the failure.
     */
    void send(Consumer<Throwable> done);

    /**
     * Runs {@code task} where calls should start, e.g. on an event-loop context, as a verticle
     * would. Completions start the next call wherever they run. The default: right here.
     */
    default void execute(Runnable task) {
        task.run();
    }
}
