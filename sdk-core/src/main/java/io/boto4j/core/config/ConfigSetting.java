package io.boto4j.core.config;

import java.util.List;

/**
 * The settings boto4j reads from the environment and the shared config file, with the names
 * botocore gives them. A config key written {@code s3.addressing_style} lives in the profile's
 * nested {@code s3 =} block. {@code defaultsKey} names the entry of
 * {@code sdk-default-configuration.json} that supplies a default for non-legacy defaults modes.
 */
public enum ConfigSetting {
    /** The region ({@code region}; {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}). */
    REGION(List.of("region"), List.of("AWS_REGION", "AWS_DEFAULT_REGION"), null, null),
    /** Whether to use FIPS endpoints ({@code true}/{@code false}). */
    USE_FIPS_ENDPOINT(List.of("use_fips_endpoint"), List.of("AWS_USE_FIPS_ENDPOINT"), null, null),
    /** Whether to use dual-stack (IPv6) endpoints. */
    USE_DUALSTACK_ENDPOINT(List.of("use_dualstack_endpoint"), List.of("AWS_USE_DUALSTACK_ENDPOINT"), null, null),
    /** When true, the environment's and profile's endpoint URLs are ignored. */
    IGNORE_CONFIGURED_ENDPOINT_URLS(List.of("ignore_configured_endpoint_urls"),
            List.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), null, null),
    /** Total attempts per call, the first included. */
    MAX_ATTEMPTS(List.of("max_attempts"), List.of("AWS_MAX_ATTEMPTS"), null, null),
    /** {@code legacy} (default), {@code standard} or {@code adaptive}. */
    RETRY_MODE(List.of("retry_mode"), List.of("AWS_RETRY_MODE"), "legacy", "retryMode"),
    /** The defaults mode: {@code legacy} (default), {@code standard}, {@code in-region}, {@code cross-region}, {@code mobile} or {@code auto}. */
    DEFAULTS_MODE(List.of("defaults_mode"), List.of("AWS_DEFAULTS_MODE"), "legacy", null),
    /** When requests get a checksum: {@code when_supported} (default) or {@code when_required}. */
    REQUEST_CHECKSUM_CALCULATION(List.of("request_checksum_calculation"),
            List.of("AWS_REQUEST_CHECKSUM_CALCULATION"), "when_supported", null),
    /** When response checksums are validated: {@code when_supported} (default) or {@code when_required}. */
    RESPONSE_CHECKSUM_VALIDATION(List.of("response_checksum_validation"),
            List.of("AWS_RESPONSE_CHECKSUM_VALIDATION"), "when_supported", null),
    /** A PEM file of CA certificates to trust instead of the JDK's. */
    CA_BUNDLE(List.of("ca_bundle"), List.of("AWS_CA_BUNDLE"), null, null),
    /** Extra directories of botocore-layout models, separated by the path separator. */
    DATA_PATH(List.of("data_path"), List.of("AWS_DATA_PATH"), null, null),
    /** botocore reads this one from the environment only. */
    EC2_METADATA_DISABLED(List.of(), List.of("AWS_EC2_METADATA_DISABLED"), "false", null),
    /** When true, the instance metadata service is never asked without a session token (IMDSv1). */
    EC2_METADATA_V1_DISABLED(List.of("ec2_metadata_v1_disabled"), List.of("AWS_EC2_METADATA_V1_DISABLED"),
            "false", null),
    /** The instance metadata service's URL, replacing the default one. */
    EC2_METADATA_SERVICE_ENDPOINT(List.of("ec2_metadata_service_endpoint"),
            List.of("AWS_EC2_METADATA_SERVICE_ENDPOINT"), null, null),
    /** {@code IPv4} or {@code IPv6}: which default address of the instance metadata service to use. */
    EC2_METADATA_SERVICE_ENDPOINT_MODE(List.of("ec2_metadata_service_endpoint_mode"),
            List.of("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"), null, null),
    /** Seconds to wait for the instance metadata service (or the container endpoint); default 1. */
    METADATA_SERVICE_TIMEOUT(List.of("metadata_service_timeout"), List.of("AWS_METADATA_SERVICE_TIMEOUT"), "1", null),
    /** Attempts per request to the instance metadata service; default 1. */
    METADATA_SERVICE_NUM_ATTEMPTS(List.of("metadata_service_num_attempts"),
            List.of("AWS_METADATA_SERVICE_NUM_ATTEMPTS"), "1", null),
    /** {@code regional} (default) or {@code legacy}: whether STS in the legacy regions uses the global endpoint. */
    STS_REGIONAL_ENDPOINTS(List.of("sts_regional_endpoints"), List.of("AWS_STS_REGIONAL_ENDPOINTS"),
            "regional", "stsRegionalEndpoints"),
    /** {@code regional} or {@code legacy}: whether S3 in {@code us-east-1} uses the global endpoint. */
    S3_US_EAST_1_REGIONAL_ENDPOINT(List.of("s3_us_east_1_regional_endpoint", "s3.us_east_1_regional_endpoint"),
            List.of("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"), null, "s3UsEast1RegionalEndpoints"),
    /** S3's {@code addressing_style}: {@code auto}, {@code virtual} or {@code path}. */
    S3_ADDRESSING_STYLE(List.of("s3.addressing_style"), List.of(), null, null),
    /** Whether S3 uses its Transfer Acceleration endpoint. */
    S3_USE_ACCELERATE_ENDPOINT(List.of("s3.use_accelerate_endpoint"), List.of(), null, null),
    /** Whether S3 uses dual-stack endpoints (the nested block's spelling). */
    S3_USE_DUALSTACK_ENDPOINT(List.of("s3.use_dualstack_endpoint"), List.of(), null, null),
    /** Whether S3 request bodies are included in the SigV4 signature instead of {@code UNSIGNED-PAYLOAD}. */
    S3_PAYLOAD_SIGNING_ENABLED(List.of("s3.payload_signing_enabled"), List.of(), null, null),
    /** Whether an S3 access point ARN's region may differ from the client's. */
    S3_USE_ARN_REGION(List.of("s3_use_arn_region", "s3.use_arn_region"), List.of("AWS_S3_USE_ARN_REGION"), null, null),
    /** When true, S3 Multi-Region Access Point ARNs are refused. */
    S3_DISABLE_MULTIREGION_ACCESS_POINTS(List.of("s3.s3_disable_multiregion_access_points"),
            List.of("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"), null, null),
    /** The smallest request body, in bytes, that is compressed; default 10240. */
    REQUEST_MIN_COMPRESSION_SIZE_BYTES(List.of("request_min_compression_size_bytes"),
            List.of("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"), "10240", null),
    /** When true, request bodies are never compressed. */
    DISABLE_REQUEST_COMPRESSION(List.of("disable_request_compression"), List.of("AWS_DISABLE_REQUEST_COMPRESSION"),
            "false", null),
    /** The regions a SigV4a signature is valid for, comma-separated (e.g. {@code *}). */
    SIGV4A_SIGNING_REGION_SET(List.of("sigv4a_signing_region_set"), List.of("AWS_SIGV4A_SIGNING_REGION_SET"),
            null, null),
    /** {@code preferred} (default), {@code required} or {@code disabled}: account-based endpoints (DynamoDB). */
    ACCOUNT_ID_ENDPOINT_MODE(List.of("account_id_endpoint_mode"), List.of("AWS_ACCOUNT_ID_ENDPOINT_MODE"),
            "preferred", null),
    /** {@code auto} (default: only when an operation requires it), {@code true} or {@code false}. */
    ENDPOINT_DISCOVERY_ENABLED(List.of("endpoint_discovery_enabled"), List.of("AWS_ENDPOINT_DISCOVERY_ENABLED"),
            "auto", null),
    /** An application id added to the User-Agent header. */
    SDK_UA_APP_ID(List.of("sdk_ua_app_id"), List.of("AWS_SDK_UA_APP_ID"), null, null),
    /** When true, operations' host prefixes are not added to the endpoint's host. */
    DISABLE_HOST_PREFIX_INJECTION(List.of("disable_host_prefix_injection"),
            List.of("AWS_DISABLE_HOST_PREFIX_INJECTION"), null, null),
    /** The auth schemes to prefer, comma-separated, most preferred first (e.g. {@code sigv4a,sigv4}). */
    AUTH_SCHEME_PREFERENCE(List.of("auth_scheme_preference"), List.of("AWS_AUTH_SCHEME_PREFERENCE"), null, null),
    /** The connect timeout in milliseconds; only the defaults mode sets it (no key or variable). */
    CONNECT_TIMEOUT_MILLIS(List.of(), List.of(), null, "connectTimeoutInMillis"),
    /** The TLS handshake timeout in milliseconds; only the defaults mode sets it. */
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

    /** {@return keys in the profile, first found wins; {@code a.b} is key {@code b} of nested block {@code a}; may be empty} */
    public List<String> configKeys() {
        return configKeys;
    }

    /** {@return environment variables, first set (non-empty) wins; may be empty} */
    public List<String> environmentVariables() {
        return environmentVariables;
    }

    /** {@return botocore's hard-coded default as text, or null when it has none} */
    public String builtInDefault() {
        return builtInDefault;
    }

    /** {@return the key in {@code sdk-default-configuration.json}, or null when no defaults mode sets it} */
    public String defaultsKey() {
        return defaultsKey;
    }
}
