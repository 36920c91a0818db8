package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.auth.credentials.CredentialsProvider;
import io.boto4j.core.auth.credentials.DefaultCredentialsChain;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.ConfigSetting;
import io.boto4j.core.config.ProfileFile;
import io.boto4j.core.config.SdkDefaults;
import io.boto4j.core.endpoints.BuiltIns;
import io.boto4j.core.endpoints.EndpointRuleSet;
import io.boto4j.core.endpoints.LegacySigningRegion;
import io.boto4j.core.endpoints.Partitions;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.retry.RetryConfig;
import io.boto4j.core.retry.RetryStrategies;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.transport.HttpTransport;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds a {@link ServiceRuntime}: loads the model (once per process), reads the environment
 * and config files once, and resolves every setting with botocore's precedence (code &gt;
 * environment &gt; config file &gt; defaults). Reads files: the async layer runs it off the event loop.
 */
public final class ServiceRuntimeBuilder {
    private static final Map<Object, EndpointRuleSet> RULE_SETS = new ConcurrentHashMap<>();
    private static final String VERSION = "0.1.0";

    private String serviceName;
    private ClientConfig config = ClientConfig.defaults();
    private HttpTransport transportValue;
    private Delayer delayerValue = Delayer.jdk();
    private ModelLoader loader;
    private final List<Interceptor> extraInterceptors = new ArrayList<>();

    // Resolved state handed to the runtime.
    ServiceModel model;
    ProtocolCodec codec;
    EndpointRuleSet ruleSet;
    final Map<String, Object> builtIns = new LinkedHashMap<>();
    final Map<String, Object> clientContextParams = new LinkedHashMap<>();
    CredentialsProvider credentials;
    boolean anonymous;
    String region;
    String signingRegion;
    RetryStrategy retryStrategy;
    HttpTransport transport;
    Delayer delayer;
    Clock clock;
    Duration attemptTimeout;
    Duration callTimeout;
    String userAgent;
    RequestCompression compression;
    RequestChecksums checksums;
    EndpointDiscovery discovery;
    Function<String, Optional<JsonNode>> documents;
    final List<Interceptor> interceptors = new ArrayList<>();

    ServiceRuntimeBuilder() {
    }

    /** The service by its botocore name ({@code s3}, {@code dynamodb}, {@code sts}, ...). */
    public ServiceRuntimeBuilder service(String serviceName) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        return this;
    }

    public ServiceRuntimeBuilder config(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    public ServiceRuntimeBuilder transport(HttpTransport transport) {
        this.transportValue = Objects.requireNonNull(transport, "transport");
        return this;
    }

    public ServiceRuntimeBuilder delayer(Delayer delayer) {
        this.delayerValue = Objects.requireNonNull(delayer, "delayer");
        return this;
    }

    /** The model loader; by default the process-wide one with the config's model directories. */
    public ServiceRuntimeBuilder loader(ModelLoader loader) {
        this.loader = loader;
        return this;
    }

    public ServiceRuntimeBuilder addInterceptor(Interceptor interceptor) {
        this.extraInterceptors.add(Objects.requireNonNull(interceptor));
        return this;
    }

    public ServiceRuntime build() {
        Objects.requireNonNull(serviceName, "service");
        Objects.requireNonNull(transportValue, "transport");
        ConfigEnvironment env = config.environment() != null ? config.environment() : ConfigEnvironment.system();
        ModelLoader models = loader != null ? loader : loaderFor(env);
        model = config.apiVersion() != null ? models.serviceModel(serviceName, config.apiVersion())
                : models.serviceModel(serviceName);
        codec = Protocols.forService(model);

        ProfileFile profiles = ProfileFile.load(env);
        ConfigResolver settings = ConfigResolver.builder()
                .environment(env)
                .profileFile(profiles)
                .profileName(config.profile())
                .sdkDefaults(SdkDefaults.of(models.sdkDefaultConfiguration()))
                .build();

        region = config.region() != null ? config.region() : settings.region().orElse(null);
        anonymous = config.anonymous();
        if (anonymous) {
            credentials = null;
        } else if (config.credentialsProvider() != null) {
            credentials = config.credentialsProvider();
        } else {
            CredentialServices services = new CredentialServices(transportValue, delayerValue, models, env, region,
                    ProviderContext.defaultExecutor());
            credentials = DefaultCredentialsChain.create(ProviderContext.builder()
                    .environment(env).profileName(config.profile()).profileFile(profiles)
                    .stsClient(services).ssoClient(services).build());
        }

        String endpointUrl = config.endpointUrl() != null ? config.endpointUrl().toString()
                : model.serviceId() == null ? null : settings.endpointUrl(model.serviceId()).orElse(null);
        builtIns(settings, endpointUrl);
        signingRegion = endpointUrl != null ? region : models.endpoints()
                .flatMap(e -> LegacySigningRegion.of(e, model.endpointPrefix(), region)).orElse(region);
        clientContextParams.putAll(config.clientContextParams());
        ruleSet = models.endpointRuleSet(serviceName, model.apiVersion())
                .map(json -> RULE_SETS.computeIfAbsent(json, j -> EndpointRuleSet.parse(json,
                        Partitions.parse(models.partitions()))))
                .orElse(null);

        RetryConfig retry = RetryConfig.builder()
                .mode(config.retryMode() != null ? config.retryMode() : settings.retryMode())
                .totalMaxAttempts(config.maxAttempts() != null ? config.maxAttempts()
                        : settings.maxAttempts().orElse(null))
                .build();
        retryStrategy = RetryStrategies.create(retry, model, models.retryConfig());

        transport = transportValue;
        delayer = delayerValue;
        clock = config.clock() != null ? config.clock() : Clock.systemUTC();
        attemptTimeout = config.attemptTimeout() != null ? config.attemptTimeout() : Duration.ofSeconds(60);
        callTimeout = config.callTimeout();
        userAgent = userAgent(settings);
        boolean noCompression = config.disableRequestCompression() != null ? config.disableRequestCompression()
                : settings.isTrue(ConfigSetting.DISABLE_REQUEST_COMPRESSION);
        int minSize = config.requestMinCompressionSizeBytes() != null ? config.requestMinCompressionSizeBytes()
                : settings.getInt(ConfigSetting.REQUEST_MIN_COMPRESSION_SIZE_BYTES).orElse(RequestCompression.DEFAULT_MIN_SIZE);
        compression = new RequestCompression(noCompression, minSize);
        checksums = new RequestChecksums(config.requestChecksumCalculation() != null
                ? config.requestChecksumCalculation()
                : settings.get(ConfigSetting.REQUEST_CHECKSUM_CALCULATION).orElse(RequestChecksums.WHEN_SUPPORTED));
        discovery = new EndpointDiscovery(model, settings.get(ConfigSetting.ENDPOINT_DISCOVERY_ENABLED).orElse("auto"),
                endpointUrl != null);
        String apiVersion = model.apiVersion();
        documents = type -> models.serviceData(serviceName, type, apiVersion);
        boolean noHostPrefix = config.disableHostPrefixInjection() != null ? config.disableHostPrefixInjection()
                : settings.isTrue(ConfigSetting.DISABLE_HOST_PREFIX_INJECTION);
        if (noHostPrefix) {
            interceptors.add(WithoutHostPrefix.INSTANCE);
        }
        interceptors.addAll(extraInterceptors);
        return new ServiceRuntime(this);
    }

    private static ModelLoader loaderFor(ConfigEnvironment env) {
        return ModelLoader.builder().environment(env.variables()).home(env.home()).build();
    }

    private void builtIns(ConfigResolver settings, String endpointUrl) {
        put(BuiltIns.REGION, region);
        put(BuiltIns.USE_FIPS, config.useFips() != null ? config.useFips()
                : settings.getBoolean(ConfigSetting.USE_FIPS_ENDPOINT).orElse(false));
        put(BuiltIns.USE_DUAL_STACK, config.useDualStack() != null ? config.useDualStack()
                : settings.getBoolean(ConfigSetting.USE_DUALSTACK_ENDPOINT).orElse(false));
        put(BuiltIns.ENDPOINT, endpointUrl);
        put(BuiltIns.STS_USE_GLOBAL_ENDPOINT, settings.get(ConfigSetting.STS_REGIONAL_ENDPOINTS)
                .map(v -> v.equalsIgnoreCase("legacy")).orElse(false));
        put(BuiltIns.S3_USE_GLOBAL_ENDPOINT, settings.get(ConfigSetting.S3_US_EAST_1_REGIONAL_ENDPOINT)
                .map(v -> v.equalsIgnoreCase("legacy")).orElse(false));
        boolean accelerate = settings.getBoolean(ConfigSetting.S3_USE_ACCELERATE_ENDPOINT).orElse(false);
        String addressing = settings.get(ConfigSetting.S3_ADDRESSING_STYLE).orElse("auto");
        // botocore: a custom endpoint URL means path-style addressing unless "virtual" is asked
        // for (local S3 servers rarely resolve bucket subdomains).
        boolean forcePathStyle = accelerate ? false
                : endpointUrl != null && !isS3AccelerateUrl(endpointUrl) ? !addressing.equalsIgnoreCase("virtual")
                : addressing.equalsIgnoreCase("path");
        put(BuiltIns.S3_FORCE_PATH_STYLE, forcePathStyle);
        put(BuiltIns.S3_ACCELERATE, accelerate);
        put(BuiltIns.S3_USE_ARN_REGION, settings.getBoolean(ConfigSetting.S3_USE_ARN_REGION).orElse(true));
        put(BuiltIns.S3_CONTROL_USE_ARN_REGION, settings.getBoolean(ConfigSetting.S3_USE_ARN_REGION).orElse(true));
        put(BuiltIns.S3_DISABLE_MULTI_REGION_ACCESS_POINTS,
                settings.getBoolean(ConfigSetting.S3_DISABLE_MULTIREGION_ACCESS_POINTS).orElse(false));
        settings.get(ConfigSetting.ACCOUNT_ID_ENDPOINT_MODE).ifPresent(v -> put(BuiltIns.ACCOUNT_ID_ENDPOINT_MODE, v));
    }

    /** botocore's is_s3_accelerate_url: s3-accelerate[.dualstack].amazonaws.com over http(s). */
    static boolean isS3AccelerateUrl(String url) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || !host.endsWith(".amazonaws.com")
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return false;
        }
        String[] parts = host.substring(0, host.length() - ".amazonaws.com".length()).split("\\.");
        if (!parts[0].equals("s3-accelerate")) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].equals("dualstack") || !seen.add(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private void put(String builtIn, Object value) {
        if (value != null) {
            builtIns.put(builtIn, value);
        }
    }

    private String userAgent(ConfigResolver settings) {
        StringBuilder ua = new StringBuilder("boto4j/").append(VERSION).append(" ua/2.1 os/")
                .append(System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replace(' ', '_'))
                .append(" lang/java#").append(Runtime.version().feature())
                .append(" md/service#").append(serviceName);
        settings.get(ConfigSetting.SDK_UA_APP_ID).ifPresent(id -> ua.append(" app/").append(id));
        if (config.userAgentSuffix() != null) {
            ua.append(' ').append(config.userAgentSuffix());
        }
        return ua.toString();
    }
}
