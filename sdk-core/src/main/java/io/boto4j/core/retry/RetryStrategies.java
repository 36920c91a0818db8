package io.boto4j.core.retry;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.internal.retry.AdaptiveRetryStrategy;
import io.boto4j.core.internal.retry.ClientRateLimiter;
import io.boto4j.core.internal.retry.LegacyRetryConfig;
import io.boto4j.core.internal.retry.LegacyRetryStrategy;
import io.boto4j.core.internal.retry.RetryQuota;
import io.boto4j.core.internal.retry.StandardRetryStrategy;
import io.boto4j.core.model.ServiceModel;

import java.time.InstantSource;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Creates {@link RetryStrategy} instances: {@link #create} for a client, or one mode directly
 * with an injected random source and clock (tests, reproducible runs).
 */
public final class RetryStrategies {
    private static final DoubleSupplier SYSTEM_RANDOM = () -> ThreadLocalRandom.current().nextDouble();

    private RetryStrategies() {
    }

    /**
     * The strategy a client of {@code service} uses under {@code config}.
     *
     * @param retryFile botocore's {@code _retry.json} document, used by legacy mode only. When it
     *                  is null or empty legacy mode never retries, as botocore does without it.
     * @param config    the client's resolved retry settings
     * @param service   the service's model (its name and endpoint prefix pick special cases and the
     *                  {@code _retry.json} entry)
     * @return a new strategy with fresh client-wide state, using the system clock and random source
     */
    public static RetryStrategy create(RetryConfig config, ServiceModel service, JsonNode retryFile) {
        return switch (config.mode()) {
            case LEGACY -> retryFile == null || retryFile.isEmpty()
                    ? new LegacyRetryStrategy(LegacyRetryConfig.noRetries(), SYSTEM_RANDOM)
                    : legacy(retryFile, service.endpointPrefix(), config.totalMaxAttempts(), SYSTEM_RANDOM);
            case STANDARD -> standard(service.serviceName(), config.standardMaxAttempts(), SYSTEM_RANDOM);
            case ADAPTIVE -> adaptive(service.serviceName(), config.standardMaxAttempts(), SYSTEM_RANDOM,
                    InstantSource.system());
        };
    }

    /**
     * Standard mode.
     *
     * @param serviceName the model's service name (botocore special-cases {@code sts} and {@code dynamodb})
     * @param maxAttempts total attempts per call, the first included
     * @param random      uniform values in [0, 1) for the backoff jitter
     * @return a new strategy with its own retry quota
     */
    public static RetryStrategy standard(String serviceName, int maxAttempts, DoubleSupplier random) {
        return new StandardRetryStrategy(serviceName, maxAttempts, random, new RetryQuota());
    }

    /**
     * Adaptive mode: standard mode plus a client-side rate limiter.
     *
     * @param serviceName the model's service name
     * @param maxAttempts total attempts per call, the first included
     * @param random      uniform values in [0, 1) for the backoff jitter
     * @param clock       drives the rate limiter
     * @return a new strategy with its own retry quota and rate limiter
     */
    public static RetryStrategy adaptive(String serviceName, int maxAttempts, DoubleSupplier random,
                                         InstantSource clock) {
        return new AdaptiveRetryStrategy(serviceName, maxAttempts, random, new RetryQuota(),
                new ClientRateLimiter(clock));
    }

    /**
     * Legacy mode for the service with {@code endpointPrefix}, from the whole {@code _retry.json}.
     *
     * @param retryFile        botocore's whole {@code _retry.json} document
     * @param endpointPrefix   the model's {@code endpointPrefix}, which names the service's entry
     * @param totalMaxAttempts the client's total attempts, or empty for the file's value
     * @param random           uniform values in [0, 1) for the backoff's random base
     * @return a new strategy
     */
    public static RetryStrategy legacy(JsonNode retryFile, String endpointPrefix, OptionalInt totalMaxAttempts,
                                       DoubleSupplier random) {
        return new LegacyRetryStrategy(LegacyRetryConfig.from(retryFile, endpointPrefix, totalMaxAttempts), random);
    }
}
