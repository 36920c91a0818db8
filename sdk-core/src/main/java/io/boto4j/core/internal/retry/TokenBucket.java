package io.boto4j.core.internal.retry;

/**
 * botocore's {@code TokenBucket}, made non-blocking: where botocore's {@code acquire()} sleeps
 * until a token has accumulated, {@link #reserve} takes the token at once (the capacity may go
 * negative) and returns how long the caller must wait for it. For one caller the bucket ends
 * in the same state as botocore's after its sleep. Not thread-safe; {@link ClientRateLimiter}
 * guards it.
 */
final class TokenBucket {
    static final double MIN_RATE = 0.5;

    private double fillRate;
    private double maxCapacity;
    private double currentCapacity;
    private double lastTimestamp = Double.NaN;

    TokenBucket(double maxRate, double now) {
        setMaxRate(maxRate, now);
    }

    double maxRate() {
        return fillRate;
    }

    double availableCapacity() {
        return currentCapacity;
    }

    void setMaxRate(double value, double now) {
        // Tokens earned so far accrue at the old rate before the new one applies.
        refill(now);
        fillRate = Math.max(value, MIN_RATE);
        maxCapacity = value >= 1 ? value : 1;
        currentCapacity = Math.min(currentCapacity, maxCapacity);
    }

    /** Takes one token; returns the seconds until it is actually available (0 when it already is). */
    double reserve(double now) {
        refill(now);
        if (currentCapacity >= 1) {
            currentCapacity -= 1;
            return 0;
        }
        double wait = (1 - currentCapacity) / fillRate;
        currentCapacity -= 1;
        return wait;
    }

    private void refill(double now) {
        if (Double.isNaN(lastTimestamp)) {
            lastTimestamp = now;
            return;
        }
        double fillAmount = (now - lastTimestamp) * fillRate;
        currentCapacity = Math.min(maxCapacity, currentCapacity + fillAmount);
        lastTimestamp = now;
    }
}
