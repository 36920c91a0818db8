package io.boto4j.examples.demo;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;

import java.net.URI;

/**
 * An account or endpoint of the user's: credentials, region and endpoints come from the
 * environment and the shared config files as the AWS CLI reads them ({@code AWS_*} variables,
 * {@code ~/.aws}, {@code AWS_ENDPOINT_URL_S3}...), overridden by the demo's {@code --profile},
 * {@code --region} and {@code --endpoint-url}. Nothing to start or stop.
 */
final class YourAccount implements Target {
    private final ClientConfig config;

    private YourAccount(ClientConfig config) {
        this.config = config;
    }

    /** The configuration the options and {@code environment} (the process's, or a test's) make. */
    static YourAccount of(DemoOptions options, ConfigEnvironment environment) {
        ClientConfig.Builder config = ClientConfig.builder().environment(environment);
        if (options.profile() != null) {
            config.profile(options.profile());
        }
        if (options.region() != null) {
            config.region(options.region());
        }
        if (options.endpointUrl() != null) {
            config.endpointUrl(options.endpointUrl());
        }
        return new YourAccount(config.build());
    }

    /** The endpoint the user gave, or null when the configuration decides. */
    URI endpointUrl() {
        return config.endpointUrl();
    }

    /** The profile the user named, or null for the default. */
    String profile() {
        return config.profile();
    }

    @Override
    public ClientConfig s3Config() {
        // S3-compatible servers behind a given endpoint serve buckets by path (no wildcard DNS).
        return config.endpointUrl() == null ? config
                : config.toBuilder().clientContextParam("ForcePathStyle", true).build();
    }

    @Override
    public ClientConfig sqsConfig() {
        return config;
    }

    @Override
    public boolean embedded() {
        return false;
    }

    @Override
    public void close() {
        // nothing was started
    }
}
