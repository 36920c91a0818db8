package io.boto4j.core.internal.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * botocore's {@code RetryQuota}: a client-wide budget of retry capacity (500) that retries
 * spend and successful calls refund, so a struggling service is not hammered by every client
 * retrying every call. Lock-free.
 */
public final class RetryQuota {
    public static final int INITIAL_CAPACITY = 500;

    private final int maxCapacity;
    private final AtomicInteger available;

    public RetryQuota() {
        this(INITIAL_CAPACITY);
    }

    public RetryQuota(int capacity) {
        this.maxCapacity = capacity;
        this.available = new AtomicInteger(capacity);
    }

    /** Takes {@code amount} if that much is available; false (and nothing taken) otherwise. */
    public boolean acquire(int amount) {
        while (true) {
            int current = available.get();
            if (amount > current) {
                return false;
            }
            if (available.compareAndSet(current, current - amount)) {
                return true;
            }
        }
    }

    /** Gives {@code amount} back, never beyond the initial capacity. */
    public void release(int amount) {
        available.accumulateAndGet(amount, (current, add) -> Math.min(maxCapacity, current + add));
    }

    public int available() {
        return available.get();
    }
}
