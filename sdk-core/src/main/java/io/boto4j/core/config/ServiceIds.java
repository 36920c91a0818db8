package io.boto4j.core.config;

import java.util.Locale;

/**
 * The spellings of a service id used by configured endpoints: a model's {@code serviceId}
 * ("CloudWatch Logs") becomes {@code cloudwatch_logs} in a {@code [services]} section and
 * {@code AWS_ENDPOINT_URL_CLOUDWATCH_LOGS} in the environment. botocore gets the same result
 * from its client names through a table of hyphenated service ids; spaces and hyphens both
 * become underscores here so that either spelling works.
 */
public final class ServiceIds {
    private ServiceIds() {
    }

    /**
     * {@return the id as a {@code [services]} section's block key, e.g. {@code cloudwatch_logs}}
     *
     * @param serviceId a model's {@code serviceId}, e.g. {@code CloudWatch Logs}
     */
    public static String snakeCase(String serviceId) {
        return serviceId.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /**
     * {@return the service's endpoint URL variable, e.g. {@code AWS_ENDPOINT_URL_CLOUDWATCH_LOGS}}
     *
     * @param serviceId a model's {@code serviceId}, e.g. {@code CloudWatch Logs}
     */
    public static String endpointUrlVariable(String serviceId) {
        return "AWS_ENDPOINT_URL_" + snakeCase(serviceId).toUpperCase(Locale.ROOT);
    }
}
