package io.boto4j.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigResolverTest {
    private static final Path HOME = Path.of("/nonexistent-home");
    private static final String DEFAULTS = """
            {"version": 1,
             "base": {"retryMode": "standard", "stsRegionalEndpoints": "regional",
                      "s3UsEast1RegionalEndpoints": "regional", "connectTimeoutInMillis": 1100,
                      "tlsNegotiationTimeoutInMillis": 1100},
             "modes": {"standard": {"connectTimeoutInMillis": {"override": 3100}},
                       "in-region": {},
                       "cross-region": {"connectTimeoutInMillis": {"multiply": 2}},
                       "mobile": {"connectTimeoutInMillis": {"add": 100}}}}
            """;

    private static ConfigResolver.Builder resolver(String config, String... env) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < env.length; i += 2) {
            vars.put(env[i], env[i + 1]);
        }
        return ConfigResolver.builder().environment(ConfigEnvironment.of(vars, HOME))
                .profileFile(ProfileFile.parse("config", config, "credentials", null));
    }

    private static SdkDefaults defaults() throws Exception {
        JsonNode node = new ObjectMapper().readTree(DEFAULTS);
        return SdkDefaults.of(node);
    }

    @Test
    void precedenceExplicitThenEnvironmentThenProfileThenDefault() {
        String config = "[default]\nregion = from-config\nretry_mode = adaptive\n";
        assertEquals("from-config", resolver(config).build().region().orElseThrow());
        assertEquals("from-default-region", resolver(config, "AWS_DEFAULT_REGION", "from-default-region").build().region().orElseThrow());
        assertEquals("from-aws-region", resolver(config, "AWS_DEFAULT_REGION", "x", "AWS_REGION", "from-aws-region")
                .build().region().orElseThrow());
        assertEquals("explicit", resolver(config, "AWS_REGION", "env").set(ConfigSetting.REGION, "explicit")
                .build().region().orElseThrow());
        assertEquals("adaptive", resolver(config).build().retryMode());
        assertEquals("legacy", resolver("").build().retryMode(), "botocore's built-in default");
        assertEquals("standard", resolver("", "AWS_RETRY_MODE", "standard").build().retryMode());
    }

    @Test
    void emptyEnvironmentValueIsIgnored() {
        assertEquals("cfg", resolver("[default]\nregion = cfg\n", "AWS_REGION", "").build().region().orElseThrow());
    }

    @Test
    void defaultsModeSuppliesValuesBelowConfiguredOnes() throws Exception {
        ConfigResolver standard = resolver("[default]\ndefaults_mode = standard\n").sdkDefaults(defaults()).build();
        assertEquals("standard", standard.retryMode());
        assertEquals("3100", standard.get(ConfigSetting.CONNECT_TIMEOUT_MILLIS).orElseThrow());
        assertEquals("regional", standard.get(ConfigSetting.S3_US_EAST_1_REGIONAL_ENDPOINT).orElseThrow());
        ConfigResolver legacy = resolver("").sdkDefaults(defaults()).build();
        assertEquals("legacy", legacy.retryMode());
        assertTrue(legacy.get(ConfigSetting.CONNECT_TIMEOUT_MILLIS).isEmpty());
        ConfigResolver configured = resolver("[default]\nretry_mode = adaptive\n", "AWS_DEFAULTS_MODE", "standard")
                .sdkDefaults(defaults()).build();
        assertEquals("adaptive", configured.retryMode());
        assertEquals("2200", resolver("", "AWS_DEFAULTS_MODE", "cross-region").sdkDefaults(defaults()).build()
                .get(ConfigSetting.CONNECT_TIMEOUT_MILLIS).orElseThrow());
        assertEquals("1200", resolver("", "AWS_DEFAULTS_MODE", "mobile").sdkDefaults(defaults()).build()
                .get(ConfigSetting.CONNECT_TIMEOUT_MILLIS).orElseThrow());
        assertEquals("1100", resolver("[default]\nregion = us-east-1\n", "AWS_DEFAULTS_MODE", "auto",
                "AWS_EXECUTION_ENV", "AWS_Lambda_java17", "AWS_REGION", "us-east-1").sdkDefaults(defaults()).build()
                .get(ConfigSetting.CONNECT_TIMEOUT_MILLIS).orElseThrow(), "auto in the same region is in-region");
        assertThrows(ConfigException.class,
                () -> resolver("", "AWS_DEFAULTS_MODE", "bogus").sdkDefaults(defaults()).build());
    }

    @Test
    void defaultsAcceptAPlainMap() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new ObjectMapper().readValue(DEFAULTS, Map.class);
        assertEquals("standard", resolver("", "AWS_DEFAULTS_MODE", "in-region").sdkDefaults(SdkDefaults.of(map)).build().retryMode());
    }

    @Test
    void s3NestedAndTopLevelSettings() {
        ConfigResolver r = resolver("""
                [default]
                s3 =
                  addressing_style = path
                  use_arn_region = false
                  us_east_1_regional_endpoint = legacy
                s3_use_arn_region = true
                """).build();
        assertEquals("path", r.get(ConfigSetting.S3_ADDRESSING_STYLE).orElseThrow());
        assertEquals(Optional.of(true), r.getBoolean(ConfigSetting.S3_USE_ARN_REGION), "top-level key is looked up first");
        assertEquals("legacy", r.get(ConfigSetting.S3_US_EAST_1_REGIONAL_ENDPOINT).orElseThrow());
        ConfigResolver env = resolver("[default]\ns3 =\n  use_arn_region = true\n", "AWS_S3_USE_ARN_REGION", "false",
                "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "regional").build();
        assertEquals(Optional.of(false), env.getBoolean(ConfigSetting.S3_USE_ARN_REGION));
        assertEquals("regional", env.get(ConfigSetting.S3_US_EAST_1_REGIONAL_ENDPOINT).orElseThrow());
    }

    @Test
    void booleansAndNumbersParseLikeBotocore() {
        ConfigResolver r = resolver("[default]\nuse_fips_endpoint = TRUE\nuse_dualstack_endpoint = yes\nmax_attempts = 7\n"
                + "request_min_compression_size_bytes = 100\ndisable_request_compression = true\n"
                + "sigv4a_signing_region_set = us-east-1,us-west-2\naccount_id_endpoint_mode = required\n").build();
        assertEquals(Optional.of(true), r.getBoolean(ConfigSetting.USE_FIPS_ENDPOINT));
        assertEquals(Optional.of(false), r.getBoolean(ConfigSetting.USE_DUALSTACK_ENDPOINT), "only 'true' is true");
        assertEquals(Optional.of(7), r.maxAttempts());
        assertEquals(Optional.of(100), r.getInt(ConfigSetting.REQUEST_MIN_COMPRESSION_SIZE_BYTES));
        assertTrue(r.isTrue(ConfigSetting.DISABLE_REQUEST_COMPRESSION));
        assertEquals("us-east-1,us-west-2", r.get(ConfigSetting.SIGV4A_SIGNING_REGION_SET).orElseThrow());
        assertEquals("required", r.get(ConfigSetting.ACCOUNT_ID_ENDPOINT_MODE).orElseThrow());
        assertEquals("preferred", resolver("").build().get(ConfigSetting.ACCOUNT_ID_ENDPOINT_MODE).orElseThrow());
        assertEquals(Optional.of(10240), resolver("").build().getInt(ConfigSetting.REQUEST_MIN_COMPRESSION_SIZE_BYTES));
        ConfigException bad = assertThrows(ConfigException.class, () -> resolver("", "AWS_MAX_ATTEMPTS", "many").build().maxAttempts());
        assertTrue(bad.getMessage().contains("max_attempts"), bad.getMessage());
        assertEquals("/certs.pem", resolver("", "AWS_CA_BUNDLE", "/certs.pem").build().get(ConfigSetting.CA_BUNDLE).orElseThrow());
        assertTrue(resolver("", "AWS_EC2_METADATA_DISABLED", "true").build().isTrue(ConfigSetting.EC2_METADATA_DISABLED));
        assertEquals("legacy", resolver("", "AWS_STS_REGIONAL_ENDPOINTS", "legacy").build()
                .get(ConfigSetting.STS_REGIONAL_ENDPOINTS).orElseThrow());
        assertEquals("when_required", resolver("", "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required").build()
                .get(ConfigSetting.REQUEST_CHECKSUM_CALCULATION).orElseThrow());
        assertEquals("when_supported", resolver("").build().get(ConfigSetting.RESPONSE_CHECKSUM_VALIDATION).orElseThrow());
    }

    @Test
    void endpointUrlLookupOrder() {
        String config = """
                [default]
                endpoint_url = http://profile-global
                services = local
                [services local]
                s3 =
                  endpoint_url = http://services-s3
                cloudwatch_logs =
                  endpoint_url = http://services-logs
                """;
        assertEquals("http://services-s3", resolver(config).build().endpointUrl("S3").orElseThrow());
        assertEquals("http://services-logs", resolver(config).build().endpointUrl("CloudWatch Logs").orElseThrow());
        assertEquals("http://profile-global", resolver(config).build().endpointUrl("DynamoDB").orElseThrow());
        assertEquals("http://env-global", resolver(config, "AWS_ENDPOINT_URL", "http://env-global").build()
                .endpointUrl("S3").orElseThrow());
        assertEquals("http://env-logs", resolver(config, "AWS_ENDPOINT_URL", "http://env-global",
                "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "http://env-logs").build().endpointUrl("CloudWatch Logs").orElseThrow());
        assertEquals("http://env-api", resolver("", "AWS_ENDPOINT_URL_API_GATEWAY", "http://env-api").build()
                .endpointUrl("API Gateway").orElseThrow());
        assertFalse(resolver(config, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", "AWS_ENDPOINT_URL", "http://x")
                .build().endpointUrl("S3").isPresent());
        assertFalse(resolver(config + "[profile ign]\nignore_configured_endpoint_urls = true\nendpoint_url = http://x\n")
                .profileName("ign").build().endpointUrl("S3").isPresent());
        ConfigException missing = assertThrows(ConfigException.class,
                () -> resolver("[default]\nservices = nope\n").build().endpointUrl("S3"));
        assertTrue(missing.getMessage().contains("nope"));
    }

    @Test
    void serviceIdTransformation() {
        assertEquals("AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2", ServiceIds.endpointUrlVariable("Elastic Load Balancing v2"));
        assertEquals("cognito_identity_provider", ServiceIds.snakeCase("Cognito Identity Provider"));
        assertEquals("iot_data_plane", ServiceIds.snakeCase("IoT Data Plane"));
        assertEquals("sagemaker_runtime", ServiceIds.snakeCase("sagemaker-runtime"));
    }

    @Test
    void profileSelection() {
        String config = "[default]\nregion = d\n[profile p]\nregion = p\n";
        assertEquals("p", resolver(config, "AWS_PROFILE", "p").build().region().orElseThrow());
        assertEquals("d", resolver(config, "AWS_PROFILE", "p").profileName("default").build().region().orElseThrow());
        ProfileNotFoundException e = assertThrows(ProfileNotFoundException.class,
                () -> resolver(config, "AWS_PROFILE", "missing").build());
        assertEquals("missing", e.profileName());
        assertTrue(resolver("").build().region().isEmpty(), "no [default] at all is fine");
    }
}
