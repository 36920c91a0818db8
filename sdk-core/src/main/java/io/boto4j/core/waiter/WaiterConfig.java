package io.boto4j.core.waiter;

import java.time.Duration;

/**
 * botocore's {@code WaiterConfig}: overrides of the model's delay and maximum attempts; a null
 * part keeps the model's value.
 *
 * @param delay       the time between calls, zero or more; null for the model's
 * @param maxAttempts the calls to make at most, at least 1; null for the model's
 */
public record WaiterConfig(Duration delay, Integer maxAttempts) {
    /** No overrides: the model's delay and maximum attempts. */
    public static final WaiterConfig DEFAULTS = new WaiterConfig(null, null);

    /**
     * Checks the overrides.
     *
     * @param delay       the time between calls, or null
     * @param maxAttempts the calls to make at most, or null
     * @throws IllegalArgumentException when {@code delay} is negative or {@code maxAttempts} below 1
     */
    public WaiterConfig {
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /**
     * @param d the time between calls, or null for the model's
     * @return a copy with it; this one is unchanged
     * @throws IllegalArgumentException when {@code d} is negative
     */
    public WaiterConfig withDelay(Duration d) {
        return new WaiterConfig(d, maxAttempts);
    }

    /**
     * @param max the calls to make at most, or null for the model's
     * @return a copy with it; this one is unchanged
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public WaiterConfig withMaxAttempts(Integer max) {
        return new WaiterConfig(delay, max);
    }
}
