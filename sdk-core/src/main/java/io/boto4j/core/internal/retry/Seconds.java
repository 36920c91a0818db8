package io.boto4j.core.internal.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Conversions between botocore's float seconds and java.time. */
final class Seconds {
    private Seconds() {
    }

    /** Seconds since the epoch as a double, like Python's {@code time.time()}. */
    static double now(InstantSource clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    static Duration toDuration(double seconds) {
        if (seconds <= 0 || Double.isNaN(seconds)) {
            return Duration.ZERO;
        }
        long whole = (long) seconds;
        return Duration.ofSeconds(whole, Math.round((seconds - whole) * 1e9));
    }
}
