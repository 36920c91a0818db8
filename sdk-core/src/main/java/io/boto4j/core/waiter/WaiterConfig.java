package io.boto4j.core.waiter;

import java.time.Duration;

/**
 * botocore's {@code WaiterConfig}: overrides of the model's delay and maximum attempts; a null
 * part keeps the model's value.
 */
public record WaiterConfig(Duration delay, Integer maxAttempts) {
    public static final WaiterConfig DEFAULTS = new WaiterConfig(null, null);

    public WaiterConfig {
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    public WaiterConfig withDelay(Duration d) {
        return new WaiterConfig(d, maxAttempts);
    }

    public WaiterConfig withMaxAttempts(Integer max) {
        return new WaiterConfig(delay, max);
    }
}
