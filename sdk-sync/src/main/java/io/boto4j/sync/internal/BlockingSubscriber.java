package io.boto4j.sync.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The buffering half of reading a {@link Flow.Publisher} from a blocking thread: items queue as
 * they arrive, a single reader waits for the head, and demand is renewed one item at a time as
 * the reader consumes them, so memory stays bounded by {@code prefetch} items. Waiting uses a
 * {@link ReentrantLock}, so virtual threads unmount while they wait.
 */
public final class BlockingSubscriber<T> implements Flow.Subscriber<T> {
    private final int prefetch;
    private final Predicate<T> keep;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private boolean ended;
    private Throwable failure;
    private boolean closed;

    /**
     * @param prefetch items asked for ahead of the reader
     * @param keep     which items to queue (others, e.g. empty buffers, are skipped)
     */
    public BlockingSubscriber(int prefetch, Predicate<T> keep) {
        this.prefetch = prefetch;
        this.keep = keep;
    }

    /**
     * The head item, waiting for one; null when the stream ended or was closed (then see
     * {@link #isClosed()} and {@link #takeFailure()}). The head stays queued until {@link #consumeHead()}.
     */
    public T awaitHead() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty() && !ended && !closed) {
                changed.await();
            }
            return closed ? null : items.peek();
        } finally {
            lock.unlock();
        }
    }

    /** Peeks without waiting. */
    public T head() {
        lock.lock();
        try {
            return closed ? null : items.peek();
        } finally {
            lock.unlock();
        }
    }

    /** Drops the head the reader has finished with and asks for one more item. */
    public void consumeHead() {
        Flow.Subscription s;
        lock.lock();
        try {
            items.poll();
            s = subscription;
        } finally {
            lock.unlock();
        }
        // Outside the lock: the publisher may deliver the next item on this thread.
        s.request(1);
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** The failure that ended the stream, or null for a normal end (or none yet). */
    public Throwable failure() {
        lock.lock();
        try {
            return failure;
        } finally {
            lock.unlock();
        }
    }

    /** The failure that ended the stream, handed out once; null for a normal end. */
    public Throwable takeFailure() {
        lock.lock();
        try {
            Throwable f = failure;
            failure = null;
            return f;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops reading. Returns true when this abandons a stream that had not ended: the caller
     * then releases the connection.
     */
    public boolean close() {
        boolean abandon;
        Flow.Subscription s;
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            closed = true;
            abandon = !ended;
            items.clear();
            s = subscription;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (abandon && s != null) {
            s.cancel();
        }
        return abandon;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        lock.lock();
        try {
            subscription = s;
            cancel = closed;
        } finally {
            lock.unlock();
        }
        if (cancel) {
            s.cancel();
        } else {
            s.request(prefetch);
        }
    }

    @Override
    public void onNext(T item) {
        boolean kept;
        lock.lock();
        try {
            kept = keep.test(item);
            if (!closed && kept) {
                items.add(item);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (!kept) {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable t) {
        end(t);
    }

    @Override
    public void onComplete() {
        end(null);
    }

    private void end(Throwable t) {
        lock.lock();
        try {
            ended = true;
            failure = t;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
