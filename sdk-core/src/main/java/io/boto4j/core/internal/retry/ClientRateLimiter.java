package io.boto4j.core.internal.retry;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;

/**
 * botocore's {@code ClientRateLimiter} (adaptive mode): off until the first throttling
 * response, then every attempt takes a token from a bucket whose fill rate follows CUBIC:
 * cut on throttling, grown back on success, and never above twice the measured send rate.
 * Shared by all calls of a client; one short lock around pure arithmetic, nothing slow inside.
 */
public final class ClientRateLimiter {
    static final double MAX_RATE_ADJUST_SCALE = 2.0;

    /** Seconds since the epoch, as a double (botocore's {@code time.time()}). */
    private final DoubleSupplier clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final CubicCalculator rateAdjustor;
    private final RateClocker rateClocker;
    private final TokenBucket tokenBucket;
    private volatile boolean enabled;

    public ClientRateLimiter(InstantSource clock) {
        this(() -> Seconds.now(clock));
    }

    /** With a clock in float seconds, so tests can replay botocore's exact timestamps. */
    ClientRateLimiter(DoubleSupplier clock) {
        this.clock = clock;
        double now = clock.getAsDouble();
        this.rateAdjustor = new CubicCalculator(0, now);
        this.tokenBucket = new TokenBucket(1, now);
        this.rateClocker = new RateClocker(now);
    }

    /** Reserves a send token; returns how long to wait before sending (zero until enabled). */
    public Duration acquire() {
        return Seconds.toDuration(acquireSeconds());
    }

    double acquireSeconds() {
        if (!enabled) {
            return 0;
        }
        lock.lock();
        try {
            return tokenBucket.reserve(clock.getAsDouble());
        } finally {
            lock.unlock();
        }
    }

    /** Feeds one attempt's outcome (any response or failure) into the rate calculation. */
    public void onResponse(boolean throttled) {
        lock.lock();
        try {
            double now = clock.getAsDouble();
            double measuredRate = rateClocker.record(now);
            double newRate;
            if (!throttled) {
                newRate = rateAdjustor.successReceived(now);
            } else {
                double rateToUse = enabled ? Math.min(measuredRate, tokenBucket.maxRate()) : measuredRate;
                newRate = rateAdjustor.errorReceived(rateToUse, now);
                enabled = true;
            }
            tokenBucket.setMaxRate(Math.min(newRate, MAX_RATE_ADJUST_SCALE * measuredRate), now);
        } finally {
            lock.unlock();
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The token bucket's current fill rate (sends per second). */
    public double maxRate() {
        lock.lock();
        try {
            return tokenBucket.maxRate();
        } finally {
            lock.unlock();
        }
    }

    /** The smoothed measured send rate. */
    public double measuredRate() {
        lock.lock();
        try {
            return rateClocker.measuredRate();
        } finally {
            lock.unlock();
        }
    }
}
