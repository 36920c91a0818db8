package io.boto4j.core.client;

import io.boto4j.core.auth.credentials.CredentialsProvider;
import io.boto4j.core.auth.token.TokenProvider;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.ServicePlugin;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a user sets in code for a client. Anything left unset comes from the environment, then
 * the shared config files, then botocore's defaults, when the client is built
 * (by {@code ServiceRuntimeBuilder}). Immutable; {@link #toString()} shows no secrets.
 */
public final class ClientConfig {
    private final String region;
    private final URI endpointUrl;
    private final CredentialsProvider credentialsProvider;
    private final TokenProvider tokenProvider;
    private final String authSchemePreference;
    private final boolean anonymous;
    private final String profile;
    private final String retryMode;
    private final Integer maxAttempts;
    private final Duration connectTimeout;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final Integer maxConnections;
    private final Duration idleTimeout;
    private final URI proxy;
    private final Path caBundle;
    private final boolean insecureTrustAllCertificates;
    private final String userAgentSuffix;
    private final String requestChecksumCalculation;
    private final String responseChecksumValidation;
    private final List<Path> modelDirectories;
    private final ConfigEnvironment environment;
    private final Clock clock;
    private final Boolean useFips;
    private final Boolean useDualStack;
    private final Map<String, Object> clientContextParams;
    private final Boolean disableRequestCompression;
    private final Integer requestMinCompressionSizeBytes;
    private final Boolean disableHostPrefixInjection;
    private final String apiVersion;
    private final Map<ClientOption<?>, Object> options;
    private final List<Hook> hooks;
    private final List<ServicePlugin> plugins;
    private final Set<String> excludedPlugins;
    private final boolean discoverPlugins;

    private ClientConfig(Builder b) {
        region = b.region;
        endpointUrl = b.endpointUrl;
        credentialsProvider = b.credentialsProvider;
        tokenProvider = b.tokenProvider;
        authSchemePreference = b.authSchemePreference;
        anonymous = b.anonymous;
        profile = b.profile;
        retryMode = b.retryMode;
        maxAttempts = b.maxAttempts;
        connectTimeout = b.connectTimeout;
        attemptTimeout = b.attemptTimeout;
        callTimeout = b.callTimeout;
        maxConnections = b.maxConnections;
        idleTimeout = b.idleTimeout;
        proxy = b.proxy;
        caBundle = b.caBundle;
        insecureTrustAllCertificates = b.insecureTrustAllCertificates;
        userAgentSuffix = b.userAgentSuffix;
        requestChecksumCalculation = b.requestChecksumCalculation;
        responseChecksumValidation = b.responseChecksumValidation;
        modelDirectories = List.copyOf(b.modelDirectories);
        environment = b.environment;
        clock = b.clock;
        useFips = b.useFips;
        useDualStack = b.useDualStack;
        clientContextParams = Map.copyOf(b.clientContextParams);
        disableRequestCompression = b.disableRequestCompression;
        requestMinCompressionSizeBytes = b.requestMinCompressionSizeBytes;
        disableHostPrefixInjection = b.disableHostPrefixInjection;
        apiVersion = b.apiVersion;
        options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
        hooks = List.copyOf(b.hooks);
        plugins = List.copyOf(b.plugins);
        excludedPlugins = Set.copyOf(b.excludedPlugins);
        discoverPlugins = b.discoverPlugins;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything from the environment and config files. */
    public static ClientConfig defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.region = region;
        b.endpointUrl = endpointUrl;
        b.credentialsProvider = credentialsProvider;
        b.tokenProvider = tokenProvider;
        b.authSchemePreference = authSchemePreference;
        b.anonymous = anonymous;
        b.profile = profile;
        b.retryMode = retryMode;
        b.maxAttempts = maxAttempts;
        b.connectTimeout = connectTimeout;
        b.attemptTimeout = attemptTimeout;
        b.callTimeout = callTimeout;
        b.maxConnections = maxConnections;
        b.idleTimeout = idleTimeout;
        b.proxy = proxy;
        b.caBundle = caBundle;
        b.insecureTrustAllCertificates = insecureTrustAllCertificates;
        b.userAgentSuffix = userAgentSuffix;
        b.requestChecksumCalculation = requestChecksumCalculation;
        b.responseChecksumValidation = responseChecksumValidation;
        b.modelDirectories.addAll(modelDirectories);
        b.environment = environment;
        b.clock = clock;
        b.useFips = useFips;
        b.useDualStack = useDualStack;
        b.clientContextParams.putAll(clientContextParams);
        b.disableRequestCompression = disableRequestCompression;
        b.requestMinCompressionSizeBytes = requestMinCompressionSizeBytes;
        b.disableHostPrefixInjection = disableHostPrefixInjection;
        b.apiVersion = apiVersion;
        b.options.putAll(options);
        b.hooks.addAll(hooks);
        b.plugins.addAll(plugins);
        b.excludedPlugins.addAll(excludedPlugins);
        b.discoverPlugins = discoverPlugins;
        return b;
    }

    public String region() { return region; }
    public URI endpointUrl() { return endpointUrl; }
    public CredentialsProvider credentialsProvider() { return credentialsProvider; }
    /** The bearer token source set in code, or null for botocore's chain (environment, then SSO). */
    public TokenProvider tokenProvider() { return tokenProvider; }
    /** The auth scheme preference set in code (comma-separated, e.g. {@code "httpBearerAuth,sigv4"}), or null. */
    public String authSchemePreference() { return authSchemePreference; }
    /** Send requests unsigned (like the AWS CLI's {@code --no-sign-request}). */
    public boolean anonymous() { return anonymous; }
    public String profile() { return profile; }
    public String retryMode() { return retryMode; }
    public Integer maxAttempts() { return maxAttempts; }
    /**
     * How long opening a connection may take: TCP connect, TLS handshake, a proxy's tunnel
     * (botocore's {@code connect_timeout}); null for the default, 60 s.
     */
    public Duration connectTimeout() { return connectTimeout; }
    /**
     * How long the service may take to answer one attempt (null for the default, 60 s, botocore's
     * {@code read_timeout}): each wait for the server to take more of the request body; the
     * response, from the request sent to the last byte of any body the SDK reads itself; and,
     * once a streaming output is handed over, each wait for more bytes while the caller waits
     * for them (its time between reads never counts). See {@link io.boto4j.core.transport} for
     * the details both layers share.
     */
    public Duration attemptTimeout() { return attemptTimeout; }
    /**
     * How long a whole call may take, every attempt and the back-off between them included,
     * until its result is returned (a streaming output's body is read after that); null for no
     * limit, the default.
     */
    public Duration callTimeout() { return callTimeout; }
    /**
     * Connections per endpoint, in use or idle, on both layers (botocore's
     * {@code max_pool_connections}): calls beyond it wait for a connection to come back, within the
     * connect timeout. Unlike botocore, whose pool opens extra connections it then throws away, the
     * bound holds. Default 10.
     */
    public Integer maxConnections() { return maxConnections; }
    /** How long a pooled connection may stay unused before it is closed; null for the default, 60 s. */
    public Duration idleTimeout() { return idleTimeout; }
    public URI proxy() { return proxy; }
    public Path caBundle() { return caBundle; }
    /**
     * Whether TLS certificate and host name checks are off (never by default): see
     * {@link Builder#insecureTrustAllCertificates(boolean)}.
     */
    public boolean insecureTrustAllCertificates() { return insecureTrustAllCertificates; }
    public String userAgentSuffix() { return userAgentSuffix; }
    public String requestChecksumCalculation() { return requestChecksumCalculation; }
    public String responseChecksumValidation() { return responseChecksumValidation; }
    public List<Path> modelDirectories() { return modelDirectories; }
    public ConfigEnvironment environment() { return environment; }
    /** The clock the signer uses (fixed for reproducible dry runs); null for the system clock. */
    public Clock clock() { return clock; }
    public Boolean useFips() { return useFips; }
    public Boolean useDualStack() { return useDualStack; }
    /** Values for the endpoint rule set's client context parameters (e.g. S3's {@code ForcePathStyle}). */
    public Map<String, Object> clientContextParams() { return clientContextParams; }
    public Boolean disableRequestCompression() { return disableRequestCompression; }
    public Integer requestMinCompressionSizeBytes() { return requestMinCompressionSizeBytes; }
    /**
     * Send to the endpoint as resolved, without the operations' host prefixes (botocore's
     * {@code inject_host_prefix=False}; also {@code AWS_DISABLE_HOST_PREFIX_INJECTION} and the
     * profile's {@code disable_host_prefix_injection}). Null: from the environment.
     */
    public Boolean disableHostPrefixInjection() { return disableHostPrefixInjection; }
    public String apiVersion() { return apiVersion; }

    /** A plugin or core option set in code, or null when it is left to the environment, config file or default. */
    public <T> T option(ClientOption<T> option) {
        return option.type().cast(options.get(option));
    }

    /** Every option set in code. */
    public Map<ClientOption<?>, Object> options() { return options; }

    /** Hooks added to every call of the client, after the plugins' (by {@link Hook#order()}). */
    public List<Hook> hooks() { return hooks; }

    /** Plugins added by hand, beside those found through {@link java.util.ServiceLoader}. */
    public List<ServicePlugin> plugins() { return plugins; }

    /** Names of discovered plugins this client does without ({@link ServicePlugin#name()}). */
    public Set<String> excludedPlugins() { return excludedPlugins; }

    /** Whether plugins are found through {@link java.util.ServiceLoader} (default true). */
    public boolean discoverPlugins() { return discoverPlugins; }

    @Override
    public String toString() {
        return "ClientConfig[region=" + region + ", endpointUrl=" + endpointUrl + ", profile=" + profile
                + ", retryMode=" + retryMode + ", maxAttempts=" + maxAttempts
                + (anonymous ? ", anonymous" : "")
                + (insecureTrustAllCertificates ? ", INSECURE: TLS certificates and host names not checked" : "") + "]";
    }

    /** Builder; every setting optional. */
    public static final class Builder {
        private String region;
        private URI endpointUrl;
        private CredentialsProvider credentialsProvider;
        private TokenProvider tokenProvider;
        private String authSchemePreference;
        private boolean anonymous;
        private String profile;
        private String retryMode;
        private Integer maxAttempts;
        private Duration connectTimeout;
        private Duration attemptTimeout;
        private Duration callTimeout;
        private Integer maxConnections;
        private Duration idleTimeout;
        private URI proxy;
        private Path caBundle;
        private boolean insecureTrustAllCertificates;
        private String userAgentSuffix;
        private String requestChecksumCalculation;
        private String responseChecksumValidation;
        private final List<Path> modelDirectories = new ArrayList<>();
        private ConfigEnvironment environment;
        private Clock clock;
        private Boolean useFips;
        private Boolean useDualStack;
        private final Map<String, Object> clientContextParams = new LinkedHashMap<>();
        private Boolean disableRequestCompression;
        private Integer requestMinCompressionSizeBytes;
        private Boolean disableHostPrefixInjection;
        private String apiVersion;
        private final Map<ClientOption<?>, Object> options = new LinkedHashMap<>();
        private final List<Hook> hooks = new ArrayList<>();
        private final List<ServicePlugin> plugins = new ArrayList<>();
        private final Set<String> excludedPlugins = new LinkedHashSet<>();
        private boolean discoverPlugins = true;

        private Builder() {
        }

        public Builder region(String region) { this.region = region; return this; }
        public Builder endpointUrl(URI endpointUrl) { this.endpointUrl = endpointUrl; return this; }
        public Builder endpointUrl(String endpointUrl) { return endpointUrl(endpointUrl == null ? null : URI.create(endpointUrl)); }
        public Builder credentialsProvider(CredentialsProvider p) { this.credentialsProvider = p; return this; }

        /**
         * Where operations with bearer auth ({@code smithy.api#httpBearerAuth}) get their token,
         * instead of botocore's chain ({@code AWS_BEARER_TOKEN_<SIGNING NAME>}, then the profile's
         * sso-session). It supplies the token only: whether an operation uses bearer auth is the
         * model's, the auth scheme preference's and (for Bedrock) the environment token's choice.
         */
        public Builder tokenProvider(TokenProvider p) { this.tokenProvider = p; return this; }

        /**
         * botocore's {@code auth_scheme_preference}: the auth schemes to prefer when an operation
         * offers several, most preferred first, comma-separated and without their namespace
         * ({@code sigv4}, {@code sigv4a}, {@code httpBearerAuth}, {@code noAuth}; unknown names are
         * ignored). Set here it wins over {@code AWS_AUTH_SCHEME_PREFERENCE} and the profile, and
         * over the pull of {@code AWS_BEARER_TOKEN_BEDROCK} toward bearer auth.
         */
        public Builder authSchemePreference(String preference) { this.authSchemePreference = preference; return this; }
        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }
        public Builder profile(String profile) { this.profile = profile; return this; }
        public Builder retryMode(String retryMode) { this.retryMode = retryMode; return this; }
        public Builder maxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; return this; }
        public Builder connectTimeout(Duration d) { this.connectTimeout = positive("connectTimeout", d); return this; }
        public Builder attemptTimeout(Duration d) { this.attemptTimeout = positive("attemptTimeout", d); return this; }
        public Builder callTimeout(Duration d) { this.callTimeout = positive("callTimeout", d); return this; }
        public Builder maxConnections(Integer n) {
            if (n != null && n < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + n);
            }
            this.maxConnections = n;
            return this;
        }
        public Builder idleTimeout(Duration d) { this.idleTimeout = positive("idleTimeout", d); return this; }

        private static Duration positive(String name, Duration d) {
            if (d != null && (d.isZero() || d.isNegative())) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
        public Builder proxy(URI proxy) { this.proxy = proxy; return this; }
        /** A PEM file of the CA certificates to trust instead of the JDK's (botocore's {@code ca_bundle}). */
        public Builder caBundle(Path caBundle) { this.caBundle = caBundle; return this; }

        /**
         * DANGEROUS: turns off TLS certificate and host name verification, so that anyone on the
         * network path can impersonate the service and read or change every request, credentials
         * included. Both checks are on unless this is set; meant only for a local test server
         * with a self-signed certificate (prefer {@link #caBundle(Path)} with that certificate).
         * Every client built with it logs a WARNING.
         */
        public Builder insecureTrustAllCertificates(boolean insecure) {
            this.insecureTrustAllCertificates = insecure;
            return this;
        }

        /** Text added to the User-Agent header; printable characters only (it goes into a header). */
        public Builder userAgentSuffix(String suffix) {
            if (suffix != null && suffix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException("userAgentSuffix must not contain control characters such as CR or LF");
            }
            this.userAgentSuffix = suffix;
            return this;
        }
        public Builder requestChecksumCalculation(String v) { this.requestChecksumCalculation = v; return this; }
        public Builder responseChecksumValidation(String v) { this.responseChecksumValidation = v; return this; }
        public Builder addModelDirectory(Path dir) { this.modelDirectories.add(Objects.requireNonNull(dir)); return this; }
        /** The environment and home directory to read settings from (tests); the process's by default. */
        public Builder environment(ConfigEnvironment env) { this.environment = env; return this; }
        public Builder clock(Clock clock) { this.clock = clock; return this; }
        public Builder useFips(Boolean v) { this.useFips = v; return this; }
        public Builder useDualStack(Boolean v) { this.useDualStack = v; return this; }
        public Builder clientContextParam(String name, Object value) { this.clientContextParams.put(name, value); return this; }
        public Builder disableRequestCompression(Boolean v) { this.disableRequestCompression = v; return this; }
        public Builder requestMinCompressionSizeBytes(Integer v) { this.requestMinCompressionSizeBytes = v; return this; }
        public Builder disableHostPrefixInjection(Boolean v) { this.disableHostPrefixInjection = v; return this; }
        public Builder apiVersion(String v) { this.apiVersion = v; return this; }

        /**
         * Sets a plugin's (or the core's) option in code, which wins over the environment and the
         * config file; null unsets it. Text options with a fixed set of values are checked here.
         */
        public <T> Builder option(ClientOption<T> option, T value) {
            Objects.requireNonNull(option, "option");
            if (value == null) {
                options.remove(option);
            } else {
                options.put(option, option.check(value));
            }
            return this;
        }

        /** Adds a hook to every call of the client, as a plugin would. */
        public Builder addHook(Hook hook) { this.hooks.add(Objects.requireNonNull(hook, "hook")); return this; }

        /** Adds a plugin by hand (it still answers {@link ServicePlugin#appliesTo} for each client). */
        public Builder addPlugin(ServicePlugin plugin) { this.plugins.add(Objects.requireNonNull(plugin, "plugin")); return this; }

        /** Leaves out a plugin that {@link java.util.ServiceLoader} finds, by its {@link ServicePlugin#name()}. */
        public Builder excludePlugin(String name) { this.excludedPlugins.add(Objects.requireNonNull(name, "name")); return this; }

        /** Whether to find plugins through {@link java.util.ServiceLoader} (default true; the core's built-ins stay). */
        public Builder discoverPlugins(boolean discover) { this.discoverPlugins = discover; return this; }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
