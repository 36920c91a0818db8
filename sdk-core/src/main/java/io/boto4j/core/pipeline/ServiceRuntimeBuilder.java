package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.auth.AuthSchemePreference;
import io.boto4j.core.auth.credentials.CredentialsProvider;
import io.boto4j.core.auth.credentials.DefaultCredentialsChain;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.auth.token.DefaultTokenChain;
import io.boto4j.core.auth.token.EnvironmentTokenProvider;
import io.boto4j.core.auth.token.TokenProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.ConfigSetting;
import io.boto4j.core.config.NoRegionException;
import io.boto4j.core.config.ProfileFile;
import io.boto4j.core.config.SdkDefaults;
import io.boto4j.core.endpoints.BuiltIns;
import io.boto4j.core.endpoints.EndpointRuleSet;
import io.boto4j.core.endpoints.LegacySigningRegion;
import io.boto4j.core.endpoints.Partitions;
import io.boto4j.core.internal.hooks.BuiltInPlugin;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.retry.RetryConfig;
import io.boto4j.core.retry.RetryStrategies;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.transport.HttpTransport;

import java.nio.file.Path;
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
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds a {@link ServiceRuntime}: loads the model (once per process), reads the environment
 * and config files once, and resolves every setting with botocore's precedence (code &gt;
 * environment &gt; config file &gt; defaults). Reads files: the async layer runs it off the event loop.
 */
public final class ServiceRuntimeBuilder {
    /**
     * Parsed rule sets by their document. Keyed by identity: the loader hands out one shared tree
     * per document, and a Jackson tree hashes by walking all of it (S3's rule set took half of a
     * second client's build to hash).
     */
    private static final Map<DocumentIdentity, EndpointRuleSet> RULE_SETS = new ConcurrentHashMap<>();
    private static final String VERSION = "0.1.0";

    private String serviceName;
    private ClientConfig config = ClientConfig.defaults();
    private HttpTransport transportValue;
    private Delayer delayerValue = Delayer.jdk();
    private Supplier<? extends CallScheduler> schedulerValue;
    private ModelLoader loader;
    private Executor blockingExecutorValue;

    // Resolved state handed to the runtime.
    ServiceModel model;
    ProtocolCodec codec;
    EndpointResolver endpoints;
    private final Map<String, Object> builtIns = new LinkedHashMap<>();
    CredentialsProvider credentials;
    TokenProvider tokens;
    AuthSchemePreference authPreference;
    boolean anonymous;
    String region;
    String signingRegion;
    RetryStrategy retryStrategy;
    HttpTransport transport;
    Delayer delayer;
    Supplier<? extends CallScheduler> schedulers;
    Clock clock;
    Duration attemptTimeout;
    Duration callTimeout;
    String userAgent;
    Function<String, Optional<JsonNode>> documents;
    HookChain hookChain;
    final Map<String, CustomMethod<?>> methods = new LinkedHashMap<>();
    OptionValues options;
    Executor blockingExecutor;

    ServiceRuntimeBuilder() {
    }

    /**
     * The service by its botocore name ({@code s3}, {@code dynamodb}, {@code sts}, ...). Required.
     *
     * @param serviceName the service's name in the models' directory
     * @return this builder
     */
    public ServiceRuntimeBuilder service(String serviceName) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        return this;
    }

    /**
     * The settings given in code, which win over environment and config files.
     *
     * @param config the client's config; by default {@link ClientConfig#defaults()}
     * @return this builder
     */
    public ServiceRuntimeBuilder config(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    /**
     * How requests are sent: the layer's HTTP client. Required.
     *
     * @param transport the transport, shared by every call of the runtime
     * @return this builder
     */
    public ServiceRuntimeBuilder transport(HttpTransport transport) {
        this.transportValue = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * How waiters and custom methods wait (see {@link ServiceRuntime#delayer()}).
     *
     * @param delayer the layer's delayer; by default {@link Delayer#jdk()}
     * @return this builder
     */
    public ServiceRuntimeBuilder delayer(Delayer delayer) {
        this.delayerValue = Objects.requireNonNull(delayer, "delayer");
        return this;
    }

    /**
     * Where each call's waits and blocking I/O run: asked once per call, on the thread that
     * starts it (see {@link CallScheduler}). By default every call gets the {@link #delayer} and
     * the {@link #blockingExecutor}.
     *
     * @param perCall gives a scheduler for each call; called concurrently when calls start concurrently
     * @return this builder
     */
    public ServiceRuntimeBuilder scheduler(Supplier<? extends CallScheduler> perCall) {
        this.schedulerValue = Objects.requireNonNull(perCall, "perCall");
        return this;
    }

    /**
     * The model loader; by default the process-wide one of the environment's search path, or,
     * when the config names model directories, one that searches those first.
     *
     * @param loader the loader, or null for the default
     * @return this builder
     */
    public ServiceRuntimeBuilder loader(ModelLoader loader) {
        this.loader = loader;
        return this;
    }

    /**
     * Where custom methods run blocking work (file I/O): the layer's worker pool. By default a
     * shared pool of daemon threads that start as needed ({@link BlockingPool#shared()}).
     *
     * @param executor the layer's worker pool
     * @return this builder
     */
    public ServiceRuntimeBuilder blockingExecutor(Executor executor) {
        this.blockingExecutorValue = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * Loads the model, resolves every setting and configures the plugins. Reads files and
     * environment, so it blocks: call it off any event loop.
     *
     * @return the runtime
     * @throws NullPointerException   when the service or the transport is not set
     * @throws io.boto4j.core.model.ModelException when the service or its API version is unknown
     * @throws io.boto4j.core.config.NoRegionException when no region is configured and the service
     *                                needs one (botocore's {@code NoRegionError})
     * @throws SdkClientException     when a plugin fails to configure the client
     */
    public ServiceRuntime build() {
        Objects.requireNonNull(serviceName, "service");
        Objects.requireNonNull(transportValue, "transport");
        ConfigEnvironment env = config.environment() != null ? config.environment() : ConfigEnvironment.system();
        ModelLoader models = loader != null ? loader : loaderFor(config.modelDirectories(), env);
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
        requireRegion(models, settings);
        anonymous = config.anonymous();
        identities(env, models, profiles, settings);

        String endpointUrl = config.endpointUrl() != null ? config.endpointUrl().toString()
                : model.serviceId() == null ? null : settings.endpointUrl(model.serviceId()).orElse(null);
        builtIns(settings, endpointUrl);
        signingRegion = endpointUrl != null ? region : models.endpoints()
                .flatMap(e -> LegacySigningRegion.of(e, model.endpointPrefix(), region)).orElse(region);
        EndpointRuleSet ruleSet = models.endpointRuleSet(serviceName, model.apiVersion())
                .map(json -> RULE_SETS.computeIfAbsent(new DocumentIdentity(json), j -> EndpointRuleSet.parse(json,
                        Partitions.parse(models.partitions()))))
                .orElse(null);
        endpoints = new EndpointResolver(serviceName, ruleSet, builtIns, config.clientContextParams());

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
        String apiVersion = model.apiVersion();
        documents = type -> models.serviceData(serviceName, type, apiVersion);
        options = new OptionValues(config, settings);
        blockingExecutor = blockingExecutorValue != null ? blockingExecutorValue : BlockingPool.shared();
        if (schedulerValue != null) {
            schedulers = schedulerValue;
        } else {
            CallScheduler every = CallScheduler.of(delayer, blockingExecutor);
            schedulers = () -> every;
        }
        plugIn(settings, endpointUrl != null);
        return new ServiceRuntime(this);
    }

    /**
     * botocore's {@code NoRegionError}, raised when the client is created: without a region, only
     * a service with a partition endpoint in the legacy endpoint data (S3, IAM, STS, Route 53, ...)
     * can be called, whether or not an endpoint URL is set. A model source without that data
     * leaves the question to the endpoint rule set at the first call, and so does a service that
     * never signs with SigV4 (no credential scope to put a region in), such as one of the user's
     * own behind an endpoint URL.
     */
    private void requireRegion(ModelLoader models, ConfigResolver settings) {
        if (region != null || model.endpointPrefix() == null || !signsWithSigV4(model)) {
            return;
        }
        models.endpoints().ifPresent(endpoints -> {
            JsonNode service = endpoints.path("partitions").path(0).path("services").path(model.endpointPrefix());
            if (!service.has("partitionEndpoint")) {
                throw new NoRegionException(serviceName, settings.profileName());
            }
        });
    }

    /** Whether the service's requests may be signed with SigV4 or SigV4a, which need a region. */
    private static boolean signsWithSigV4(ServiceModel model) {
        List<String> auth = model.auth();
        if (!auth.isEmpty()) {
            return auth.stream().anyMatch(scheme -> scheme.startsWith("aws.auth#sigv4"));
        }
        String version = model.signatureVersion();
        return version == null || !(version.equals("bearer") || version.equals("none"));
    }

    /**
     * The client's identities (credentials, and bearer tokens for operations that use them) and
     * the auth scheme preference, each from the config in code, else botocore's chain and settings.
     */
    private void identities(ConfigEnvironment env, ModelLoader models, ProfileFile profiles, ConfigResolver settings) {
        String inCode = config.authSchemePreference();
        boolean setInCode = inCode != null && !inCode.isEmpty();
        authPreference = AuthSchemePreference.of(setInCode ? inCode
                        : settings.get(ConfigSetting.AUTH_SCHEME_PREFERENCE).orElse(null), setInCode,
                EnvironmentTokenProvider.token(env, model.signingName()).isPresent());
        if (anonymous) {
            credentials = null;
            tokens = null;
            return;
        }
        CredentialServices services = new CredentialServices(transportValue, delayerValue, schedulerValue, models, env, region,
                ProviderContext.defaultExecutor());
        ProviderContext context = ProviderContext.builder().environment(env).profileName(config.profile())
                .profileFile(profiles).stsClient(services).ssoClient(services).build();
        credentials = config.credentialsProvider() != null ? config.credentialsProvider()
                : DefaultCredentialsChain.create(context);
        tokens = config.tokenProvider() != null ? config.tokenProvider()
                : DefaultTokenChain.create(context, services, model.signingName());
    }

    /**
     * The built-ins first (compression, checksums, endpoint discovery, presigning), then every
     * plugin that serves the service, then the config's own hooks: all on one chain.
     */
    private void plugIn(ConfigResolver settings, boolean customEndpoint) {
        Setup setup = new Setup();
        BuiltInPlugin.of(config, settings, customEndpoint).configure(setup);
        for (ServicePlugin plugin : Plugins.forClient(model, config)) {
            try {
                plugin.configure(setup);
            } catch (RuntimeException e) {
                throw new SdkClientException("Plugin " + plugin.name() + " failed to configure a " + serviceName
                        + " client: " + e.getMessage(), e);
            }
        }
        config.hooks().forEach(setup::addHook);
        hookChain = new HookChain(setup.hooks);
    }

    /** What the plugins see of the client being built. */
    private final class Setup implements PluginSetup {
        private final List<Hook> hooks = new ArrayList<>();

        @Override
        public ServiceModel service() {
            return model;
        }

        @Override
        public String region() {
            return region;
        }

        @Override
        public <T> T option(ClientOption<T> option) {
            return options.get(option);
        }

        @Override
        public void addHook(Hook hook) {
            hooks.add(Objects.requireNonNull(hook, "hook"));
        }

        @Override
        public void addMethod(CustomMethod<?> method) {
            Objects.requireNonNull(method, "method");
            if (model.hasOperation(method.name())) {
                throw new IllegalArgumentException(serviceName + " already has an operation " + method.name());
            }
            if (methods.putIfAbsent(method.name(), method) != null) {
                throw new IllegalArgumentException(serviceName + " already has a method " + method.name());
            }
        }
    }

    /**
     * The shared loader of the environment's search path, or, when the configuration names model
     * directories, a loader searching those first (like botocore's {@code Loader}, which puts
     * the paths given to it before {@code ~/.aws/models} and the bundled data). That loader is
     * the client's own: its directories are listed when it is built, not once per process.
     */
    private static ModelLoader loaderFor(List<Path> directories, ConfigEnvironment env) {
        if (directories.isEmpty()) {
            return ModelLoader.shared(env.variables(), env.home());
        }
        return ModelLoader.builder().directories(directories).environment(env.variables()).home(env.home()).build();
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
        // botocore's default is "legacy": in us-east-1, S3 goes to the global s3.amazonaws.com.
        boolean s3Legacy = settings.get(ConfigSetting.S3_US_EAST_1_REGIONAL_ENDPOINT)
                .map(v -> v.equalsIgnoreCase("legacy")).orElse(true);
        put(BuiltIns.S3_USE_GLOBAL_ENDPOINT, s3Legacy && (region == null || region.equals("us-east-1")));
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
        // botocore defaults this one to false for S3 Control, where S3's own defaults to true.
        put(BuiltIns.S3_CONTROL_USE_ARN_REGION, settings.getBoolean(ConfigSetting.S3_USE_ARN_REGION).orElse(false));
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

    /** botocore's sanitize_user_agent_string_component: what a header cannot carry becomes '-'. */
    static String userAgentComponent(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!$%&'*+-.^_`|~,#".indexOf(c) >= 0;
            sb.append(allowed ? c : '-');
        }
        return sb.toString();
    }

    private String userAgent(ConfigResolver settings) {
        StringBuilder ua = new StringBuilder("boto4j/").append(VERSION).append(" ua/2.1 os/")
                .append(System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replace(' ', '_'))
                .append(" lang/java#").append(Runtime.version().feature())
                .append(" md/service#").append(serviceName);
        settings.get(ConfigSetting.SDK_UA_APP_ID).ifPresent(id -> ua.append(" app/").append(userAgentComponent(id)));
        if (config.userAgentSuffix() != null) {
            ua.append(' ').append(config.userAgentSuffix());
        }
        return ua.toString();
    }

    /** A document as a map key by identity: equal trees that are distinct objects are distinct keys. */
    private record DocumentIdentity(Object document) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DocumentIdentity other && other.document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document);
        }
    }
}
