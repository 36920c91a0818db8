package io.boto4j.core.retry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** botocore's retry modes ({@code retries.mode}, {@code AWS_RETRY_MODE}, {@code retry_mode}). */
public enum RetryMode {
    /** Per-service policies from {@code _retry.json}; botocore's default mode. */
    LEGACY,
    /** The cross-SDK standard mode: 3 attempts, jittered exponential backoff, retry quota. */
    STANDARD,
    /** Standard plus a client-side rate limiter that slows down after throttling errors. */
    ADAPTIVE;

    /** {@return the configuration spelling ({@code legacy}, {@code standard}, {@code adaptive})} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a configured mode name (exact, lower case, as botocore requires).
     *
     * @param name the configured value, e.g. {@code standard}
     * @return the mode
     * @throws IllegalArgumentException naming the valid modes when {@code name} is not one
     */
    public static RetryMode fromConfigName(String name) {
        for (RetryMode mode : values()) {
            if (mode.configName().equals(name)) {
                return mode;
            }
        }
        String valid = Arrays.stream(values()).map(RetryMode::configName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "Invalid value provided to retry \"mode\": \"" + name + "\" must be one of: " + valid);
    }
}
