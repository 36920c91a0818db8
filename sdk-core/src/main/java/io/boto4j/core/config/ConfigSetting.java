package io.boto4j.core.config;

import java.util.List;

/**
 * The settings boto4j reads from the environment and the shared config file, with the names
 * botocore gives them. A config key written {@code s3.addressing_style} lives in the profile's
 * nested {@code s3 =} block. {@code defaultsKey} names the entry of
 * {@code sdk-default-configuration.json} that supplies a default for non-legacy defaults modes.
 */
public enum ConfigSetting {
    REGION(List.of("region"), List.of("AWS_REGION", "AWS_DEFAULT_REGION"), null, null),
    USE_FIPS_ENDPOINT(List.of("use_fips_endpoint"), List.of("AWS_USE_FIPS_ENDPOINT"), null, null),
    USE_DUALSTACK_ENDPOINT(List.of("use_dualstack_endpoint"), List.of("AWS_USE_DUALSTACK_ENDPOINT"), null, null),
    IGNORE_CONFIGURED_ENDPOINT_URLS(List.of("ignore_configured_endpoint_urls"),
            List.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), null, null),
    MAX_ATTEMPTS(List.of("max_attempts"), List.of("AWS_MAX_ATTEMPTS"), null, null),
    RETRY_MODE(List.of("retry_mode"), List.of("AWS_RETRY_MODE"), "legacy", "retryMode"),
    DEFAULTS_MODE(List.of("defaults_mode"), List.of("AWS_DEFAULTS_MODE"), "legacy", null),
    REQUEST_CHECKSUM_CALCULATION(List.of("request_checksum_calculation"),
            List.of("AWS_REQUEST_CHECKSUM_CALCULATION"), "when_supported", null),
    RESPONSE_CHECKSUM_VALIDATION(List.of("response_checksum_validation"),
            List.of("AWS_RESPONSE_CHECKSUM_VALIDATION"), "when_supported", null),
    CA_BUNDLE(List.of("ca_bundle"), List.of("AWS_CA_BUNDLE"), null, null),
    DATA_PATH(List.of("data_path"), List.of("AWS_DATA_PATH"), null, null),
    /** botocore reads this one from the environment only. */
    EC2_METADATA_DISABLED(List.of(), List.of("AWS_EC2_METADATA_DISABLED"), "false", null),
    EC2_METADATA_V1_DISABLED(List.of("ec2_metadata_v1_disabled"), List.of("AWS_EC2_METADATA_V1_DISABLED"),
            "false", null),
    EC2_METADATA_SERVICE_ENDPOINT(List.of("ec2_metadata_service_endpoint"),
            List.of("AWS_EC2_METADATA_SERVICE_ENDPOINT"), null, null),
    EC2_METADATA_SERVICE_ENDPOINT_MODE(List.of("ec2_metadata_service_endpoint_mode"),
            List.of("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"), null, null),
    METADATA_SERVICE_TIMEOUT(List.of("metadata_service_timeout"), List.of("AWS_METADATA_SERVICE_TIMEOUT"), "1", null),
    METADATA_SERVICE_NUM_ATTEMPTS(List.of("metadata_service_num_attempts"),
            List.of("AWS_METADATA_SERVICE_NUM_ATTEMPTS"), "1", null),
    STS_REGIONAL_ENDPOINTS(List.of("sts_regional_endpoints"), List.of("AWS_STS_REGIONAL_ENDPOINTS"),
            "regional", "stsRegionalEndpoints"),
    S3_US_EAST_1_REGIONAL_ENDPOINT(List.of("s3_us_east_1_regional_endpoint", "s3.us_east_1_regional_endpoint"),
            List.of("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"), null, "s3UsEast1RegionalEndpoints"),
    S3_ADDRESSING_STYLE(List.of("s3.addressing_style"), List.of(), null, null),
    S3_USE_ACCELERATE_ENDPOINT(List.of("s3.use_accelerate_endpoint"), List.of(), null, null),
    S3_USE_DUALSTACK_ENDPOINT(List.of("s3.use_dualstack_endpoint"), List.of(), null, null),
    S3_PAYLOAD_SIGNING_ENABLED(List.of("s3.payload_signing_enabled"), List.of(), null, null),
    S3_USE_ARN_REGION(List.of("s3_use_arn_region", "s3.use_arn_region"), List.of("AWS_S3_USE_ARN_REGION"), null, null),
    S3_DISABLE_MULTIREGION_ACCESS_POINTS(List.of("s3.s3_disable_multiregion_access_points"),
            List.of("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"), null, null),
    REQUEST_MIN_COMPRESSION_SIZE_BYTES(List.of("request_min_compression_size_bytes"),
            List.of("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"), "10240", null),
    DISABLE_REQUEST_COMPRESSION(List.of("disable_request_compression"), List.of("AWS_DISABLE_REQUEST_COMPRESSION"),
            "false", null),
    SIGV4A_SIGNING_REGION_SET(List.of("sigv4a_signing_region_set"), List.of("AWS_SIGV4A_SIGNING_REGION_SET"),
            null, null),
    ACCOUNT_ID_ENDPOINT_MODE(List.of("account_id_endpoint_mode"), List.of("AWS_ACCOUNT_ID_ENDPOINT_MODE"),
            "preferred", null),
    ENDPOINT_DISCOVERY_ENABLED(List.of("endpoint_discovery_enabled"), List.of("AWS_ENDPOINT_DISCOVERY_ENABLED"),
            "auto", null),
    SDK_UA_APP_ID(List.of("sdk_ua_app_id"), List.of("AWS_SDK_UA_APP_ID"), null, null),
    DISABLE_HOST_PREFIX_INJECTION(List.of("disable_host_prefix_injection"),
            List.of("AWS_DISABLE_HOST_PREFIX_INJECTION"), null, null),
    AUTH_SCHEME_PREFERENCE(List.of("auth_scheme_preference"), List.of("AWS_AUTH_SCHEME_PREFERENCE"), null, null),
    /** Only the defaults mode sets these two. */
    CONNECT_TIMEOUT_MILLIS(List.of(), List.of(), null, "connectTimeoutInMillis"),
    TLS_NEGOTIATION_TIMEOUT_MILLIS(List.of(), List.of(), null, "tlsNegotiationTimeoutInMillis");

    private final List<String> configKeys;
    private final List<String> environmentVariables;
    private final String builtInDefault;
    private final String defaultsKey;

    ConfigSetting(List<String> configKeys, List<String> environmentVariables, String builtInDefault,
                  String defaultsKey) {
        this.configKeys = configKeys;
        this.environmentVariables = environmentVariables;
        this.builtInDefault = builtInDefault;
        this.defaultsKey = defaultsKey;
    }

    /** Keys in the profile, first found wins; {@code a.b} is key {@code b} of nested block {@code a}. */
    public List<String> configKeys() {
        return configKeys;
    }

    /** Environment variables, first set wins. */
    public List<String> environmentVariables() {
        return environmentVariables;
    }

    /** botocore's hard-coded default, or null. */
    public String builtInDefault() {
        return builtInDefault;
    }

    /** The key in {@code sdk-default-configuration.json}, or null. */
    public String defaultsKey() {
        return defaultsKey;
    }
}
