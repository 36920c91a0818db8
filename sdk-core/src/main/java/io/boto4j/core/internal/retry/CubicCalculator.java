package io.boto4j.core.internal.retry;

/**
 * botocore's {@code CubicCalculator} (CUBIC congestion control applied to request rates):
 * after a throttle the rate drops to {@code beta} times the rate that failed, then grows back
 * along {@code C * (t - K)^3 + Wmax}. Not thread-safe; {@link ClientRateLimiter} guards it.
 */
final class CubicCalculator {
    static final double SCALE_CONSTANT = 0.4;
    static final double BETA = 0.7;

    private double wMax;
    private double k;
    private double lastFail;

    CubicCalculator(double startingMaxRate, double startTime) {
        this.wMax = startingMaxRate;
        this.k = zeroPoint();
        this.lastFail = startTime;
    }

    private double zeroPoint() {
        // Python's x ** (1 / 3.0), not Math.cbrt, to keep the same rounding as botocore.
        return Math.pow(wMax * (1 - BETA) / SCALE_CONSTANT, 1 / 3.0);
    }

    double successReceived(double timestamp) {
        double dt = timestamp - lastFail;
        return SCALE_CONSTANT * Math.pow(dt - k, 3) + wMax;
    }

    double errorReceived(double currentRate, double timestamp) {
        wMax = currentRate;
        k = zeroPoint();
        lastFail = timestamp;
        return currentRate * BETA;
    }
}
