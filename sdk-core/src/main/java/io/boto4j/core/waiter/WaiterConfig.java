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
     * Returns a copy with another delay between calls, the maximum attempts kept.
     *
     * @param d the time between calls, zero or more, or null for the model's
     * @return a new configuration; this one is unchanged
     * @throws IllegalArgumentException when {@code d} is negative
     */
    public WaiterConfig withDelay(Duration d) {
        return new WaiterConfig(d, maxAttempts);
    }

    /**
     * Returns a copy with another maximum number of calls, the delay kept.
     *
     * @param max the calls to make at most, the first included, or null for the model's
     * @return a new configuration; this one is unchanged
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public WaiterConfig withMaxAttempts(Integer max) {
        return new WaiterConfig(delay, max);
    }
}
