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

    /** {@return a new builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A configuration that sets nothing in code, so every setting comes from the environment,
     * the shared config files or botocore's defaults when a client is built.
     *
     * @return an empty configuration (new instance; equivalent to {@code builder().build()})
     */
    public static ClientConfig defaults() {
        return builder().build();
    }

    /** {@return a new builder holding every setting of this configuration, to derive a changed copy} */
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

    /** {@return the region set in code (e.g. {@code eu-west-1}), or null for {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, then the profile's {@code region}} */
    public String region() { return region; }
    /**
     * {@return the endpoint URL set in code (botocore's {@code endpoint_url}), which replaces the
     * rule set's URL, or null for {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code AWS_ENDPOINT_URL}, the
     * profile's {@code endpoint_url}, then the endpoint rules}
     */
    public URI endpointUrl() { return endpointUrl; }
    /** {@return the credentials source set in code, or null for botocore's default credential chain} */
    public CredentialsProvider credentialsProvider() { return credentialsProvider; }
    /** {@return the bearer token source set in code, or null for botocore's chain (environment, then SSO)} */
    public TokenProvider tokenProvider() { return tokenProvider; }
    /**
     * {@return the auth scheme preference set in code (comma-separated, e.g.
     * {@code "httpBearerAuth,sigv4"}), or null to read it from the environment and profile}
     */
    public String authSchemePreference() { return authSchemePreference; }
    /** {@return whether requests are sent unsigned (like the AWS CLI's {@code --no-sign-request}); false by default} */
    public boolean anonymous() { return anonymous; }
    /** {@return the shared config profile's name set in code, or null for {@code AWS_DEFAULT_PROFILE}, {@code AWS_PROFILE}, then {@code default}} */
    public String profile() { return profile; }
    /** {@return the retry mode set in code ({@code legacy}, {@code standard} or {@code adaptive}), or null to resolve it} */
    public String retryMode() { return retryMode; }
    /**
     * {@return the total attempts per call set in code, the first included (botocore's
     * {@code total_max_attempts}, {@code AWS_MAX_ATTEMPTS}), or null for the mode's default}
     */
    public Integer maxAttempts() { return maxAttempts; }
    /**
     * How long opening a connection may take: TCP connect, TLS handshake, a proxy's tunnel
     * (botocore's {@code connect_timeout}); null for the default, 60 s.
     *
     * @return the connect timeout set in code, or null
     */
    public Duration connectTimeout() { return connectTimeout; }
    /**
     * How long the service may take to answer one attempt (null for the default, 60 s, botocore's
     * {@code read_timeout}): each wait for the server to take more of the request body; the
     * response, from the request sent to the last byte of any body the SDK reads itself; and,
     * once a streaming output is handed over, each wait for more bytes while the caller waits
     * for them (its time between reads never counts). See {@link io.boto4j.core.transport} for
     * the details both layers share.
     *
     * @return the attempt timeout set in code, or null
     */
    public Duration attemptTimeout() { return attemptTimeout; }
    /**
     * How long a whole call may take, every attempt and the back-off between them included,
     * until its result is returned (a streaming output's body is read after that); null for no
     * limit, the default.
     *
     * @return the call timeout set in code, or null
     */
    public Duration callTimeout() { return callTimeout; }
    /**
     * Connections per endpoint, in use or idle, on both layers (botocore's
     * {@code max_pool_connections}): calls beyond it wait for a connection to come back, within the
     * connect timeout. Unlike botocore, whose pool opens extra connections it then throws away, the
     * bound holds. Default 10.
     *
     * @return the connection limit set in code, or null for the default
     */
    public Integer maxConnections() { return maxConnections; }
    /** {@return how long a pooled connection may stay unused before it is closed; null for the default, 60 s} */
    public Duration idleTimeout() { return idleTimeout; }
    /** {@return the proxy every request goes through (e.g. {@code http://proxy.example.com:3128}), or null for none} */
    public URI proxy() { return proxy; }
    /** {@return the PEM file of trusted CA certificates set in code, or null (see {@link Builder#caBundle(Path)})} */
    public Path caBundle() { return caBundle; }
    /**
     * Whether TLS certificate and host name checks are off (never by default): see
     * {@link Builder#insecureTrustAllCertificates(boolean)}.
     *
     * @return true only when the checks were turned off in code
     */
    public boolean insecureTrustAllCertificates() { return insecureTrustAllCertificates; }
    /** {@return the text added to the User-Agent header, or null for none} */
    public String userAgentSuffix() { return userAgentSuffix; }
    /** {@return botocore's {@code request_checksum_calculation} set in code ({@code when_supported} or {@code when_required}), or null} */
    public String requestChecksumCalculation() { return requestChecksumCalculation; }
    /** {@return botocore's {@code response_checksum_validation} set in code ({@code when_supported} or {@code when_required}), or null} */
    public String responseChecksumValidation() { return responseChecksumValidation; }
    /** {@return extra directories of botocore-layout service models, in the order added; immutable, empty by default} */
    public List<Path> modelDirectories() { return modelDirectories; }
    /** {@return the environment settings are read from, or null for the process's ({@link ConfigEnvironment#system()})} */
    public ConfigEnvironment environment() { return environment; }
    /** {@return the clock the signer uses (fixed for reproducible dry runs); null for the system clock} */
    public Clock clock() { return clock; }
    /** {@return whether to use FIPS endpoints (the rule set's {@code UseFIPS}), or null for {@code AWS_USE_FIPS_ENDPOINT} and the profile, else false} */
    public Boolean useFips() { return useFips; }
    /** {@return whether to use dual-stack (IPv6) endpoints (the rule set's {@code UseDualStack}), or null for {@code AWS_USE_DUALSTACK_ENDPOINT} and the profile, else false} */
    public Boolean useDualStack() { return useDualStack; }
    /**
     * {@return values for the endpoint rule set's client context parameters (e.g. S3's
     * {@code ForcePathStyle}), by parameter name; immutable, empty when none were set}
     */
    public Map<String, Object> clientContextParams() { return clientContextParams; }
    /** {@return whether request compression is off (botocore's {@code disable_request_compression}), or null to resolve it (default false)} */
    public Boolean disableRequestCompression() { return disableRequestCompression; }
    /** {@return the smallest body in bytes that is compressed (botocore's {@code request_min_compression_size_bytes}), or null for the default, 10240} */
    public Integer requestMinCompressionSizeBytes() { return requestMinCompressionSizeBytes; }
    /**
     * Send to the endpoint as resolved, without the operations' host prefixes (botocore's
     * {@code inject_host_prefix=False}; also {@code AWS_DISABLE_HOST_PREFIX_INJECTION} and the
     * profile's {@code disable_host_prefix_injection}). Null: from the environment.
     *
     * @return the setting made in code, or null
     */
    public Boolean disableHostPrefixInjection() { return disableHostPrefixInjection; }
    /** {@return the service model's API version to load (e.g. {@code 2012-11-05}), or null for the newest bundled} */
    public String apiVersion() { return apiVersion; }

    /**
     * A plugin or core option set in code.
     *
     * @param <T> the option's value type
     * @param option the option, e.g. one a plugin declares
     * @return its value, or null when it is left to the environment, config file or default
     */
    public <T> T option(ClientOption<T> option) {
        return option.type().cast(options.get(option));
    }

    /** {@return every option set in code, in the order they were first set; immutable} */
    public Map<ClientOption<?>, Object> options() { return options; }

    /** {@return hooks added to every call of the client, after the plugins' (by {@link Hook#order()}); immutable} */
    public List<Hook> hooks() { return hooks; }

    /** {@return plugins added by hand, beside those found through {@link java.util.ServiceLoader}; immutable} */
    public List<ServicePlugin> plugins() { return plugins; }

    /** {@return names of discovered plugins this client does without ({@link ServicePlugin#name()}); immutable} */
    public Set<String> excludedPlugins() { return excludedPlugins; }

    /** {@return whether plugins are found through {@link java.util.ServiceLoader} (default true)} */
    public boolean discoverPlugins() { return discoverPlugins; }

    @Override
    public String toString() {
        return "ClientConfig[region=" + region + ", endpointUrl=" + endpointUrl + ", profile=" + profile
                + ", retryMode=" + retryMode + ", maxAttempts=" + maxAttempts
                + (anonymous ? ", anonymous" : "")
                + (insecureTrustAllCertificates ? ", INSECURE: TLS certificates and host names not checked" : "") + "]";
    }

    /**
     * Builder; every setting optional, and a setting left null is resolved when the client is
     * built. Not thread-safe; {@link #build()} copies, so the builder may be reused.
     */
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

        /**
         * Sets the region calls go to and are signed for.
         *
         * @param region the region, e.g. {@code eu-west-1}; null for {@code AWS_REGION}, {@code AWS_DEFAULT_REGION},
         *               then the profile's {@code region}
         * @return this builder
         */
        public Builder region(String region) { this.region = region; return this; }
        /**
         * Sends every request to this URL instead of the one the endpoint rules give (botocore's {@code endpoint_url}).
         *
         * @param endpointUrl the URL, e.g. {@code http://127.0.0.1:9000}; null to resolve it
         * @return this builder
         */
        public Builder endpointUrl(URI endpointUrl) { this.endpointUrl = endpointUrl; return this; }
        /**
         * Like {@link #endpointUrl(URI)}, from text.
         *
         * @param endpointUrl the URL, or null to resolve it
         * @return this builder
         * @throws IllegalArgumentException when the text is not a valid URI
         */
        public Builder endpointUrl(String endpointUrl) { return endpointUrl(endpointUrl == null ? null : URI.create(endpointUrl)); }
        /**
         * Sets where calls get their AWS credentials, instead of botocore's default credential chain.
         *
         * @param p the credentials source, asked on each call; null for botocore's chain (environment,
         *          shared files, container and instance metadata...)
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider p) { this.credentialsProvider = p; return this; }

        /**
         * Where operations with bearer auth ({@code smithy.api#httpBearerAuth}) get their token,
         * instead of botocore's chain ({@code AWS_BEARER_TOKEN_<SIGNING NAME>}, then the profile's
         * sso-session). It supplies the token only: whether an operation uses bearer auth is the
         * model's, the auth scheme preference's and (for Bedrock) the environment token's choice.
         *
         * @param p the token source, or null for botocore's chain
         * @return this builder
         */
        public Builder tokenProvider(TokenProvider p) { this.tokenProvider = p; return this; }

        /**
         * botocore's {@code auth_scheme_preference}: the auth schemes to prefer when an operation
         * offers several, most preferred first, comma-separated and without their namespace
         * ({@code sigv4}, {@code sigv4a}, {@code httpBearerAuth}, {@code noAuth}; unknown names are
         * ignored). Set here it wins over {@code AWS_AUTH_SCHEME_PREFERENCE} and the profile, and
         * over the pull of {@code AWS_BEARER_TOKEN_BEDROCK} toward bearer auth.
         *
         * @param preference e.g. {@code "sigv4a,sigv4"}, or null to read it from the environment and profile
         * @return this builder
         */
        public Builder authSchemePreference(String preference) { this.authSchemePreference = preference; return this; }
        /**
         * Sends requests unsigned, like the AWS CLI's {@code --no-sign-request}; for public resources.
         *
         * @param anonymous true to send requests unsigned, with no credentials looked up; false (the default) to sign
         * @return this builder
         */
        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }
        /**
         * Selects the shared config profile to read settings and credentials from.
         *
         * @param profile the profile's name, e.g. {@code dev}; null for {@code AWS_DEFAULT_PROFILE},
         *                {@code AWS_PROFILE}, then {@code default}
         * @return this builder
         */
        public Builder profile(String profile) { this.profile = profile; return this; }
        /**
         * Sets the retry mode (botocore's {@code retry_mode}).
         *
         * @param retryMode {@code legacy}, {@code standard} or {@code adaptive} (see {@link io.boto4j.core.retry.RetryMode});
         *                  null for {@code AWS_RETRY_MODE}, the profile, then {@code legacy}. An unknown name fails
         *                  the client's build.
         * @return this builder
         */
        public Builder retryMode(String retryMode) { this.retryMode = retryMode; return this; }
        /**
         * Sets how many attempts a call makes at most, the first included.
         *
         * @param maxAttempts total attempts per call (botocore's {@code total_max_attempts}); null for
         *                    {@code AWS_MAX_ATTEMPTS}, the profile, then the mode's default. Below 1 fails the client's build.
         * @return this builder
         */
        public Builder maxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; return this; }
        /**
         * Sets how long opening a connection may take (botocore's {@code connect_timeout}).
         *
         * @param d the timeout, positive (see {@link ClientConfig#connectTimeout()}); null for the default, 60 s
         * @return this builder
         * @throws IllegalArgumentException when {@code d} is zero or negative
         */
        public Builder connectTimeout(Duration d) { this.connectTimeout = positive("connectTimeout", d); return this; }
        /**
         * Sets how long the service may take to answer one attempt (botocore's {@code read_timeout}).
         *
         * @param d the timeout, positive (see {@link ClientConfig#attemptTimeout()}); null for the default, 60 s
         * @return this builder
         * @throws IllegalArgumentException when {@code d} is zero or negative
         */
        public Builder attemptTimeout(Duration d) { this.attemptTimeout = positive("attemptTimeout", d); return this; }
        /**
         * Sets how long a whole call may take, every attempt and back-off included.
         *
         * @param d the timeout, positive (see {@link ClientConfig#callTimeout()}); null for no limit, the default
         * @return this builder
         * @throws IllegalArgumentException when {@code d} is zero or negative
         */
        public Builder callTimeout(Duration d) { this.callTimeout = positive("callTimeout", d); return this; }
        /**
         * Sets the most connections per endpoint (botocore's {@code max_pool_connections}).
         *
         * @param n the limit, at least 1 (see {@link ClientConfig#maxConnections()}); null for the default, 10
         * @return this builder
         * @throws IllegalArgumentException when {@code n} is below 1
         */
        public Builder maxConnections(Integer n) {
            if (n != null && n < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + n);
            }
            this.maxConnections = n;
            return this;
        }
        /**
         * Sets how long a pooled connection may stay unused before it is closed.
         *
         * @param d the timeout, positive (see {@link ClientConfig#idleTimeout()}); null for the default, 60 s
         * @return this builder
         * @throws IllegalArgumentException when {@code d} is zero or negative
         */
        public Builder idleTimeout(Duration d) { this.idleTimeout = positive("idleTimeout", d); return this; }

        private static Duration positive(String name, Duration d) {
            if (d != null && (d.isZero() || d.isNegative())) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
        /**
         * A proxy for every request. Credentials in the URI's user info are sent as Basic auth.
         *
         * @param proxy e.g. {@code http://proxy.example.com:3128}; null for none
         * @return this builder
         */
        public Builder proxy(URI proxy) { this.proxy = proxy; return this; }
        /**
         * A PEM file of the CA certificates to trust instead of the JDK's (botocore's {@code ca_bundle}).
         *
         * @param caBundle the file, or null for {@code AWS_CA_BUNDLE}, the profile's {@code ca_bundle}, then the JDK's
         * @return this builder
         */
        public Builder caBundle(Path caBundle) { this.caBundle = caBundle; return this; }

        /**
         * DANGEROUS: turns off TLS certificate and host name verification, so that anyone on the
         * network path can impersonate the service and read or change every request, credentials
         * included. Both checks are on unless this is set; meant only for a local test server
         * with a self-signed certificate (prefer {@link #caBundle(Path)} with that certificate).
         * Every client built with it logs a WARNING.
         *
         * @param insecure true to turn both checks off
         * @return this builder
         */
        public Builder insecureTrustAllCertificates(boolean insecure) {
            this.insecureTrustAllCertificates = insecure;
            return this;
        }

        /**
         * Text added to the User-Agent header (botocore's {@code user_agent_extra}); printable
         * characters only (it goes into a header).
         *
         * @param suffix the text, appended after a space; null for none
         * @return this builder
         * @throws IllegalArgumentException when {@code suffix} holds a control character (CR, LF, ...)
         */
        public Builder userAgentSuffix(String suffix) {
            if (suffix != null && suffix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException("userAgentSuffix must not contain control characters such as CR or LF");
            }
            this.userAgentSuffix = suffix;
            return this;
        }
        /**
         * Sets when request checksums are computed (botocore's {@code request_checksum_calculation}).
         *
         * @param v {@code when_supported} (for every operation that supports one) or {@code when_required}
         *          (only where the operation requires one); null to resolve it
         * @return this builder
         */
        public Builder requestChecksumCalculation(String v) { this.requestChecksumCalculation = v; return this; }
        /**
         * Sets when response checksums are validated (botocore's {@code response_checksum_validation}).
         *
         * @param v {@code when_supported} (whenever the response carries one) or {@code when_required}
         *          (only when the request asked for it); null to resolve it
         * @return this builder
         */
        public Builder responseChecksumValidation(String v) { this.responseChecksumValidation = v; return this; }
        /**
         * Adds a directory of botocore-layout service models ({@code <service>/<api-version>/service-2.json},
         * top-level files such as {@code _retry.json}). The directories are searched in the order
         * added, before {@code AWS_DATA_PATH}, {@code ~/.aws/models} and the bundled models, file
         * by file; ignored when the runtime is given its own {@code ModelLoader}.
         *
         * @param dir the directory, not null
         * @return this builder
         */
        public Builder addModelDirectory(Path dir) { this.modelDirectories.add(Objects.requireNonNull(dir)); return this; }
        /**
         * The environment and home directory to read settings from (tests); the process's by default.
         *
         * @param env the variables and home directory, or null for {@link ConfigEnvironment#system()}
         * @return this builder
         */
        public Builder environment(ConfigEnvironment env) { this.environment = env; return this; }
        /**
         * Sets the clock requests are signed with, e.g. a fixed one for reproducible dry runs.
         *
         * @param clock the clock the signer reads the signing time from; null for the system clock
         * @return this builder
         */
        public Builder clock(Clock clock) { this.clock = clock; return this; }
        /**
         * Selects FIPS endpoints (the endpoint rule set's {@code UseFIPS}).
         *
         * @param v whether to use FIPS endpoints; null for {@code AWS_USE_FIPS_ENDPOINT}, the profile, then false
         * @return this builder
         */
        public Builder useFips(Boolean v) { this.useFips = v; return this; }
        /**
         * Selects dual-stack (IPv4 and IPv6) endpoints (the endpoint rule set's {@code UseDualStack}).
         *
         * @param v whether to use dual-stack endpoints; null for {@code AWS_USE_DUALSTACK_ENDPOINT}, the profile, then false
         * @return this builder
         */
        public Builder useDualStack(Boolean v) { this.useDualStack = v; return this; }
        /**
         * Sets one of the endpoint rule set's client context parameters.
         *
         * @param name the parameter's name in the model, e.g. {@code ForcePathStyle}
         * @param value its value ({@code Boolean} or {@code String}, as the model declares)
         * @return this builder
         */
        public Builder clientContextParam(String name, Object value) { this.clientContextParams.put(name, value); return this; }
        /**
         * Turns request body compression off (botocore's {@code disable_request_compression}).
         *
         * @param v true to never compress request bodies; null to resolve it (default false)
         * @return this builder
         */
        public Builder disableRequestCompression(Boolean v) { this.disableRequestCompression = v; return this; }
        /**
         * Sets the smallest request body that is compressed, for operations that support compression
         * (botocore's {@code request_min_compression_size_bytes}).
         *
         * @param v the size in bytes; null for the environment, profile, then 10240
         * @return this builder
         */
        public Builder requestMinCompressionSizeBytes(Integer v) { this.requestMinCompressionSizeBytes = v; return this; }
        /**
         * Sends to the endpoint as resolved, without the operations' host prefixes (botocore's
         * {@code inject_host_prefix=False}).
         *
         * @param v true to leave host prefixes out (see {@link ClientConfig#disableHostPrefixInjection()}); null to resolve it
         * @return this builder
         */
        public Builder disableHostPrefixInjection(Boolean v) { this.disableHostPrefixInjection = v; return this; }
        /**
         * Selects which API version of the service model to load, when several are available.
         *
         * @param v the API version, e.g. {@code 2012-11-05}; null for the newest bundled
         * @return this builder
         */
        public Builder apiVersion(String v) { this.apiVersion = v; return this; }

        /**
         * Sets a plugin's (or the core's) option in code, which wins over the environment and the
         * config file; null unsets it. Text options with a fixed set of values are checked here.
         *
         * @param <T> the option's value type
         * @param option the option, e.g. one a plugin declares
         * @param value its value, or null to unset it
         * @return this builder
         * @throws NullPointerException when {@code option} is null
         * @throws IllegalArgumentException when {@code value} is not one the option allows
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

        /**
         * Adds a hook to every call of the client, as a plugin would.
         *
         * @param hook the hook, not null
         * @return this builder
         */
        public Builder addHook(Hook hook) { this.hooks.add(Objects.requireNonNull(hook, "hook")); return this; }

        /**
         * Adds a plugin by hand (it still answers {@link ServicePlugin#appliesTo} for each client).
         *
         * @param plugin the plugin, not null
         * @return this builder
         */
        public Builder addPlugin(ServicePlugin plugin) { this.plugins.add(Objects.requireNonNull(plugin, "plugin")); return this; }

        /**
         * Leaves out a plugin that {@link java.util.ServiceLoader} finds.
         *
         * @param name the plugin's {@link ServicePlugin#name()}, not null
         * @return this builder
         */
        public Builder excludePlugin(String name) { this.excludedPlugins.add(Objects.requireNonNull(name, "name")); return this; }

        /**
         * Whether to find plugins through {@link java.util.ServiceLoader}.
         *
         * @param discover false to use only the plugins added by hand (the core's built-ins stay); default true
         * @return this builder
         */
        public Builder discoverPlugins(boolean discover) { this.discoverPlugins = discover; return this; }

        /** {@return an immutable configuration holding the settings made so far} */
        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
