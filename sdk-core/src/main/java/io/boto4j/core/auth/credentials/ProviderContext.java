package io.boto4j.core.auth.credentials;

import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.Profile;
import io.boto4j.core.config.ProfileFile;
import io.boto4j.core.config.ProfileNotFoundException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What credential providers share: the environment, the profile files (read once, off the
 * caller's thread), the executor for blocking work, the clock, and the STS/SSO clients that
 * the request pipeline supplies.
 */
public final class ProviderContext {
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

    private final ConfigEnvironment environment;
    private final String explicitProfileName;
    private final Executor executor;
    private final Clock clock;
    private final StsClient sts;
    private final SsoClient sso;
    private final Supplier<CompletableFuture<ProfileFile>> profileFileSource;
    private final Duration containerRetryDelay;
    private volatile CompletableFuture<ProfileFile> profileFile;
    private volatile HttpClient httpClient;

    private ProviderContext(Builder b) {
        this.environment = Objects.requireNonNull(b.environment, "environment");
        this.explicitProfileName = b.profileName;
        this.executor = b.executor != null ? b.executor : DEFAULT_EXECUTOR;
        this.clock = b.clock;
        this.sts = b.sts;
        this.sso = b.sso;
        this.containerRetryDelay = b.containerRetryDelay;
        ProfileFile given = b.profileFile;
        this.profileFileSource = given != null
                ? () -> CompletableFuture.completedFuture(given)
                : () -> ProfileFile.loadAsync(environment, executor);
    }

    /**
     * Starts a context; only the environment is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The shared executor for blocking work when none is given: cached daemon threads.
     *
     * @return the process-wide executor (threads named {@code boto4j-credentials-io-N}); do not shut it down
     */
    public static Executor defaultExecutor() {
        return DEFAULT_EXECUTOR;
    }

    /**
     * The environment variables and system properties providers read.
     *
     * @return the environment given to the builder
     */
    public ConfigEnvironment environment() {
        return environment;
    }

    /**
     * Where providers run blocking work (file reads, processes, JDK HTTP calls).
     *
     * @return the builder's executor, or {@link #defaultExecutor()}
     */
    public Executor executor() {
        return executor;
    }

    /**
     * The clock providers compare expirations with.
     *
     * @return the builder's clock; {@link Clock#systemUTC()} by default
     */
    public Clock clock() {
        return clock;
    }

    /**
     * True when the profile was chosen explicitly: botocore then skips environment credentials.
     *
     * @return true when the builder was given a non-empty profile name
     */
    public boolean hasExplicitProfile() {
        return explicitProfileName != null && !explicitProfileName.isEmpty();
    }

    /**
     * The active profile's name: the explicit one, else {@code AWS_DEFAULT_PROFILE}, else
     * {@code AWS_PROFILE}, else {@code default}.
     *
     * @return the profile name, never null
     */
    public String profileName() {
        return ProfileFile.activeProfileName(environment, explicitProfileName);
    }

    /**
     * The profile files, loaded once on the executor. A parse error fails the future.
     *
     * @return the same future on every call; it completes on the executor's thread (or at once
     *         when files were given to the builder)
     */
    public CompletableFuture<ProfileFile> profileFile() {
        CompletableFuture<ProfileFile> current = profileFile;
        if (current == null) {
            synchronized (this) {
                current = profileFile;
                if (current == null) {
                    current = profileFileSource.get();
                    profileFile = current;
                }
            }
        }
        return current;
    }

    /**
     * The active profile: empty when it is {@code default} and absent; a
     * {@link ProfileNotFoundException} when another name was asked for and is absent.
     */
    CompletableFuture<Optional<Profile>> activeProfile() {
        String name = profileName();
        return profileFile().thenApply(file -> {
            Optional<Profile> profile = file.profile(name);
            if (profile.isEmpty() && !name.equals("default")) {
                throw new ProfileNotFoundException(name);
            }
            return profile;
        });
    }

    /** The named profile, or the active one when {@code name} is null. */
    CompletableFuture<Optional<Profile>> profile(String name) {
        if (name == null) {
            return activeProfile();
        }
        return profileFile().thenApply(file -> file.profile(name));
    }

    /** The region for STS calls: the same resolution as a client's region. */
    CompletableFuture<String> region() {
        return profileFile().thenApply(file -> ConfigResolver.builder().environment(environment)
                .profileFile(file).profileName(explicitProfileName).build().region().orElse(null));
    }

    CompletableFuture<ConfigResolver> configResolver() {
        return profileFile().thenApply(file -> ConfigResolver.builder().environment(environment)
                .profileFile(file).profileName(explicitProfileName).build());
    }

    StsClient sts() {
        if (sts == null) {
            throw new CredentialsException("This profile needs AWS STS, but no STS client was configured");
        }
        return sts;
    }

    SsoClient sso() {
        if (sso == null) {
            throw new CredentialsException("This profile needs AWS SSO, but no SSO client was configured");
        }
        return sso;
    }

    HttpClient httpClient() {
        HttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                client = httpClient;
                if (client == null) {
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(2)).executor(executor).build();
                    httpClient = client;
                }
            }
        }
        return client;
    }

    Duration containerRetryDelay() {
        return containerRetryDelay;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "boto4j-credentials-io-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Configures a {@link ProviderContext}; not thread-safe. */
    public static final class Builder {
        private ConfigEnvironment environment;
        private String profileName;
        private ProfileFile profileFile;
        private Executor executor;
        private Clock clock = Clock.systemUTC();
        private StsClient sts;
        private SsoClient sso;
        private Duration containerRetryDelay = Duration.ofSeconds(1);

        private Builder() {
        }

        /**
         * Sets where environment variables and the profile files' locations come from (required).
         *
         * @param env the environment
         * @return this builder
         */
        public Builder environment(ConfigEnvironment env) {
            this.environment = env;
            return this;
        }

        /**
         * An explicitly chosen profile (beats {@code AWS_PROFILE}; disables environment credentials).
         *
         * @param name the profile name; null or empty for none
         * @return this builder
         */
        public Builder profileName(String name) {
            this.profileName = name;
            return this;
        }

        /**
         * Already-loaded profile files; otherwise they are read from the environment's locations.
         *
         * @param file the parsed config and credentials files; null to read them on first need
         * @return this builder
         */
        public Builder profileFile(ProfileFile file) {
            this.profileFile = file;
            return this;
        }

        /**
         * Where blocking work (file reads, processes) runs; e.g. a Vert.x worker pool.
         *
         * @param executor the executor; null for {@link ProviderContext#defaultExecutor()}
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Sets the clock expirations are compared with (tests fix it).
         *
         * @param clock the clock, not null; default {@link Clock#systemUTC()}
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Sets the STS client that assume-role and web identity providers call.
         *
         * @param client the client; null when none is available (such profiles then fail)
         * @return this builder
         */
        public Builder stsClient(StsClient client) {
            this.sts = client;
            return this;
        }

        /**
         * Sets the SSO client that SSO profiles call for role credentials.
         *
         * @param client the client; null when none is available (such profiles then fail)
         * @return this builder
         */
        public Builder ssoClient(SsoClient client) {
            this.sso = client;
            return this;
        }

        /**
         * The pause between container endpoint retries (botocore: one second).
         *
         * @param delay the pause, not null; default one second
         * @return this builder
         * @throws NullPointerException when {@code delay} is null
         */
        public Builder containerRetryDelay(Duration delay) {
            this.containerRetryDelay = Objects.requireNonNull(delay);
            return this;
        }

        /**
         * Builds the context; profile files are not read until a provider needs them.
         *
         * @return a new, thread-safe context
         * @throws NullPointerException when no environment was set
         */
        public ProviderContext build() {
            return new ProviderContext(this);
        }
    }
}
