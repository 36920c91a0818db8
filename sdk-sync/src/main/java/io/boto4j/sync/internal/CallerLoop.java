package io.boto4j.sync.internal;

import io.boto4j.core.pipeline.BlockingPool;
import io.boto4j.core.pipeline.CallScheduler;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs a blocking call's work on the thread that made the call. The non-blocking pipeline hands
 * its transport exchanges to {@link #execute} and its waits (retry back-off, rate limiting, the
 * call timeout) to {@link #delay}; the caller, instead of parking until the call's future
 * completes, runs them itself ({@link #run}). So a blocking call connects, sends, reads, backs
 * off and retries on its own thread, with no hand-off to another thread and no shared thread
 * ever waiting on the network: the contract of {@link io.boto4j.core.transport.HttpTransport}.
 *
 * <p>Work the caller cannot do itself goes to the {@link BlockingPool}: what arrives from another
 * thread while the caller is busy with an exchange, and the rest of the queue when several
 * exchanges are ready at once (a transfer's parts run side by side). Work still queued when the
 * call has completed (a provider's background refresh, say) goes there too: nothing is stranded.
 *
 * <p>Waiting uses a {@link ReentrantLock}'s condition, so a virtual thread unmounts while it
 * waits (and its socket I/O unmounts it too).
 */
public final class CallerLoop implements CallScheduler, Executor {
    private static final System.Logger LOG = System.getLogger("io.boto4j.sync");
    private static final ThreadLocal<CallerLoop> CURRENT = new ThreadLocal<>();

    private final Thread owner = Thread.currentThread();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>(4);
    private final PriorityQueue<Wait> waits = new PriorityQueue<>();
    private boolean open = true;
    /** Above zero while the owner runs a task or a nested blocking call: it cannot take new work. */
    private int busy;
    private long sequence;

    private CallerLoop() {
    }

    /**
     * Starts a call on the current thread and runs its work here until it completes. The call is
     * started inside the loop so that everything it hands over from the start is run here.
     *
     * @return the call's future, done
     * @throws InterruptedException when the thread was interrupted; the call was cancelled
     */
    public static <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> start) throws InterruptedException {
        CallerLoop outer = CURRENT.get();
        CallerLoop loop = new CallerLoop();
        if (outer != null) {
            outer.setBusy(1);
        }
        CURRENT.set(loop);
        CompletableFuture<T> call = null;
        try {
            call = start.get();
            loop.drainUntil(call);
            return call;
        } catch (InterruptedException e) {
            if (call != null) {
                call.cancel(true);
            }
            throw e;
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
                outer.setBusy(-1);
            }
            loop.close();
        }
    }

    /**
     * The scheduler of a call starting on the current thread: the loop of the blocking call it
     * is in, or, on any other thread, the pool and the layer's timer.
     */
    public static CallScheduler forCurrentThread() {
        CallerLoop loop = CURRENT.get();
        return loop != null ? loop : SyncTimer.FALLBACK;
    }

    /** Whether the current thread is running a blocking call of this layer, and so may block on its I/O. */
    public static boolean onCallerThread() {
        return CURRENT.get() != null;
    }

    @Override
    public Executor executor() {
        return this;
    }

    /** Queues {@code task} for the caller, or runs it on the pool when the caller cannot take it. */
    @Override
    public void execute(Runnable task) {
        Thread me = Thread.currentThread();
        lock.lock();
        try {
            if (takes(me)) {
                ready.add(task);
                if (me != owner) {
                    wake.signal();
                }
                return;
            }
        } finally {
            lock.unlock();
        }
        BlockingPool.shared().execute(task);
    }

    /** A wait the caller times between its tasks; the continuation runs on the caller's thread. */
    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        Thread me = Thread.currentThread();
        lock.lock();
        try {
            if (takes(me)) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                waits.add(new Wait(System.nanoTime() + duration.toNanos(), sequence++, done));
                if (me != owner) {
                    wake.signal();
                }
                return done;
            }
        } finally {
            lock.unlock();
        }
        return SyncTimer.delay(duration);
    }

    /** Under the lock: whether work handed over by {@code me} is for the owner to run. */
    private boolean takes(Thread me) {
        return open && (busy == 0 || me == owner && CURRENT.get() == this);
    }

    private void setBusy(int delta) {
        lock.lock();
        try {
            busy += delta;
        } finally {
            lock.unlock();
        }
    }

    private void drainUntil(CompletableFuture<?> call) throws InterruptedException {
        if (call.isDone()) {
            return;
        }
        call.whenComplete((r, e) -> wakeUp());
        List<Runnable> elsewhere = new ArrayList<>();
        while (true) {
            Runnable task = next(call, elsewhere);
            for (Runnable r : elsewhere) {
                BlockingPool.shared().execute(r);
            }
            elsewhere.clear();
            if (task == null) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // A task completes its own future; one that throws is a bug, which must not hang the call.
                LOG.log(System.Logger.Level.ERROR, "a task of a blocking call failed", e);
            } finally {
                setBusy(-1);
            }
            if (owner.isInterrupted()) {
                throw new InterruptedException("interrupted while running the call");
            }
        }
    }

    /**
     * The next thing for the caller to run (a due wait first, then queued work), waiting for one;
     * null once the call is done. Marks the caller busy. Queued work beyond the first is put in
     * {@code elsewhere}: the caller runs one exchange at a time, the pool the others.
     */
    private Runnable next(CompletableFuture<?> call, List<Runnable> elsewhere) throws InterruptedException {
        lock.lock();
        try {
            while (!call.isDone()) {
                long now = System.nanoTime();
                Wait due = dueWait(now);
                if (due != null) {
                    busy++;
                    return due;
                }
                Runnable task = ready.poll();
                if (task != null) {
                    elsewhere.addAll(ready);
                    ready.clear();
                    busy++;
                    return task;
                }
                Wait first = firstPendingWait();
                if (first == null) {
                    wake.await();
                } else {
                    wake.awaitNanos(first.due - now);
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: the earliest wait that is due, removed; cancelled waits are dropped on the way. */
    private Wait dueWait(long now) {
        Wait first = firstPendingWait();
        if (first != null && first.due - now <= 0) {
            return waits.poll();
        }
        return null;
    }

    private Wait firstPendingWait() {
        Wait first;
        while ((first = waits.peek()) != null && first.done.isDone()) {
            waits.poll();
        }
        return first;
    }

    private void wakeUp() {
        lock.lock();
        try {
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The call is over: what is left goes to the pool and the timer, and later work goes there too. */
    private void close() {
        List<Runnable> left;
        List<Wait> pending = new ArrayList<>();
        lock.lock();
        try {
            open = false;
            left = new ArrayList<>(ready);
            ready.clear();
            Wait w;
            while ((w = waits.poll()) != null) {
                if (!w.done.isDone()) {
                    pending.add(w);
                }
            }
        } finally {
            lock.unlock();
        }
        left.forEach(BlockingPool.shared()::execute);
        long now = System.nanoTime();
        for (Wait w : pending) {
            SyncTimer.delay(Duration.ofNanos(Math.max(0, w.due - now))).thenRun(w);
        }
    }

    @Override
    public String toString() {
        return "CallerLoop[" + owner.getName() + "]";
    }

    /** A wait in progress, due at {@code due} ({@link System#nanoTime()}): ends by completing {@code done}. */
    private record Wait(long due, long sequence, CompletableFuture<Void> done) implements Comparable<Wait>, Runnable {
        @Override
        public int compareTo(Wait other) {
            int byDue = Long.compare(due - other.due, 0);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }

        @Override
        public void run() {
            done.complete(null);
        }
    }
}
