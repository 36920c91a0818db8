package io.boto4j.core.internal.retry;

/**
 * botocore's {@code RateClocker}: the client's measured send rate, updated in half-second
 * buckets and smoothed exponentially. Not thread-safe; {@link ClientRateLimiter} guards it.
 */
final class RateClocker {
    static final double SMOOTHING = 0.8;
    static final double TIME_BUCKET_SCALE = 1 / 0.5;

    private double measuredRate;
    private double lastBucket;
    private long count;

    RateClocker(double now) {
        // botocore starts from the whole second, not the half-second bucket.
        this.lastBucket = Math.floor(now);
    }

    double record(double now) {
        double bucket = Math.floor(now * TIME_BUCKET_SCALE) / TIME_BUCKET_SCALE;
        count++;
        if (bucket > lastBucket) {
            double currentRate = count / (bucket - lastBucket);
            measuredRate = currentRate * SMOOTHING + measuredRate * (1 - SMOOTHING);
            count = 0;
            lastBucket = bucket;
        }
        return measuredRate;
    }

    double measuredRate() {
        return measuredRate;
    }
}
