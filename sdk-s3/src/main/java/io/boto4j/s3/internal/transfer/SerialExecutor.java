package io.boto4j.s3.internal.transfer;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks one at a time, in the order given, on a target executor: the state of a transfer
 * (its part scheduling, its listener's calls) is then touched by one thread at a time without
 * locks. With {@code Runnable::run} as target, tasks run on the thread that submits them, or on
 * the one already draining the queue; submitting from within a task queues rather than
 * recursing, so a long run of parts never deepens the stack.
 */
final class SerialExecutor implements Executor {
    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    private final Executor target;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();

    SerialExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (pending.getAndIncrement() == 0) {
            target.execute(this::drain);
        }
    }

    private void drain() {
        do {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // A task's failure must not stop the tasks queued behind it.
                LOG.log(System.Logger.Level.WARNING, "transfer task failed", e);
            }
        } while (pending.decrementAndGet() != 0);
    }
}
