package io.boto4j.core.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves settings with botocore's precedence: explicit value &gt; environment variable &gt;
 * the active profile of the config file &gt; the defaults mode's value from
 * {@code sdk-default-configuration.json} &gt; botocore's built-in default. Pure: the profile
 * files are loaded beforehand (see {@link ProfileFile#loadAsync}), so resolving never does I/O.
 */
public final class ConfigResolver {
    private final ConfigEnvironment env;
    private final ProfileFile profileFile;
    private final String profileName;
    private final Profile profile;
    private final Map<ConfigSetting, Object> explicit;
    private final Map<String, String> modeDefaults;

    private ConfigResolver(Builder b) {
        this.env = Objects.requireNonNull(b.env, "environment");
        this.profileFile = b.profileFile != null ? b.profileFile : ProfileFile.empty();
        this.profileName = ProfileFile.activeProfileName(env, b.profileName);
        this.profile = findProfile();
        this.explicit = new EnumMap<>(b.explicit);
        this.modeDefaults = b.sdkDefaults.valuesFor(concreteDefaultsMode(b.sdkDefaults));
    }

    /** {@return a new builder; only {@link Builder#environment} is required} */
    public static Builder builder() {
        return new Builder();
    }

    private Profile findProfile() {
        Optional<Profile> found = profileFile.profile(profileName);
        if (found.isPresent()) {
            return found.get();
        }
        if (profileName.equals("default")) {
            // No [default] profile is fine: botocore then uses an empty one.
            return new Profile("default", Map.of());
        }
        throw new ProfileNotFoundException(profileName);
    }

    /** {@return the name of the active profile: the builder's, else {@code AWS_DEFAULT_PROFILE}, {@code AWS_PROFILE}, else {@code default}} */
    public String profileName() {
        return profileName;
    }

    /** {@return the active profile (both files merged); an empty one when {@code default} is absent} */
    public Profile profile() {
        return profile;
    }

    /** {@return the loaded config and credentials files; empty when the builder had none} */
    public ProfileFile profileFile() {
        return profileFile;
    }

    /** {@return the environment variables and home directory settings are read from} */
    public ConfigEnvironment environment() {
        return env;
    }

    /**
     * The setting as a string, from the first source that has it.
     *
     * @param setting the setting to resolve
     * @return its value as written (explicit values through {@code String.valueOf}), or empty when
     *         no source has it and it has no default
     */
    public Optional<String> get(ConfigSetting setting) {
        Object value = explicit.get(setting);
        if (value != null) {
            return Optional.of(String.valueOf(value));
        }
        return fromEnvironmentOrProfile(setting)
                .or(() -> Optional.ofNullable(setting.defaultsKey() == null ? null : modeDefaults.get(setting.defaultsKey())))
                .or(() -> Optional.ofNullable(setting.builtInDefault()));
    }

    private Optional<String> fromEnvironmentOrProfile(ConfigSetting setting) {
        return lookup(setting.configKeys(), setting.environmentVariables());
    }

    /**
     * A setting that is not one of {@link ConfigSetting}'s (a plugin's option): the first of
     * {@code environmentVariables} that is set, else the first of {@code configKeys} in the active
     * profile ({@code a.b} names key {@code b} of the profile's nested block {@code a}).
     * Empty environment variables count as unset, as in botocore.
     *
     * @param configKeys the profile keys to try, in order
     * @param environmentVariables the environment variables to try, in order, before any key
     * @return the first value found, or empty (no defaults apply)
     */
    public Optional<String> lookup(List<String> configKeys, List<String> environmentVariables) {
        for (String variable : environmentVariables) {
            String value = env.nonEmpty(variable);
            if (value != null) {
                return Optional.of(value);
            }
        }
        for (String key : configKeys) {
            int dot = key.indexOf('.');
            Optional<String> value = dot < 0 ? profile.get(key) : profile.get(key.substring(0, dot), key.substring(dot + 1));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * A boolean setting: like botocore, only the text {@code true} (any case) is true.
     *
     * @param setting the setting to resolve
     * @return its value, or empty when no source has it and it has no default
     */
    public Optional<Boolean> getBoolean(ConfigSetting setting) {
        Object value = explicit.get(setting);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        return get(setting).map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true"));
    }

    /**
     * Whether a boolean setting resolves to true, from the first source that has it; unset counts
     * as false, like any text other than {@code true} (any case, surrounding spaces ignored).
     *
     * @param setting a boolean setting, e.g. {@link ConfigSetting#IGNORE_CONFIGURED_ENDPOINT_URLS}
     * @return true only when it resolves to true
     */
    public boolean isTrue(ConfigSetting setting) {
        return getBoolean(setting).orElse(false);
    }

    /**
     * An integer setting.
     *
     * @param setting the setting to resolve
     * @return its value, or empty when no source has it and it has no default
     * @throws ConfigException naming the setting when its value is not an integer
     */
    public Optional<Integer> getInt(ConfigSetting setting) {
        return get(setting).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException("Invalid value '" + v + "' for " + describe(setting) + ": expected an integer");
            }
        });
    }

    private static String describe(ConfigSetting setting) {
        return setting.configKeys().isEmpty() ? String.join("/", setting.environmentVariables())
                : setting.configKeys().get(0);
    }

    /** {@return the region ({@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's {@code region}), or empty} */
    public Optional<String> region() {
        return get(ConfigSetting.REGION);
    }

    /**
     * {@return the total attempts ({@code AWS_MAX_ATTEMPTS}, the profile's {@code max_attempts}), or empty}
     *
     * @throws ConfigException when the value is not an integer
     */
    public Optional<Integer> maxAttempts() {
        return getInt(ConfigSetting.MAX_ATTEMPTS);
    }

    /** {@return the retry mode as written ({@code legacy} unless the environment, the profile or the defaults mode says otherwise); never null} */
    public String retryMode() {
        return get(ConfigSetting.RETRY_MODE).orElseThrow();
    }

    /**
     * {@return the configured defaults mode in lower case ({@code legacy}, {@code standard},
     * {@code auto}, ...); {@code legacy} when none is configured}
     */
    public String defaultsMode() {
        return get(ConfigSetting.DEFAULTS_MODE).orElseThrow().toLowerCase(Locale.ROOT);
    }

    /**
     * The endpoint URL configured for a service (its model {@code serviceId}), in botocore's
     * order: {@code AWS_ENDPOINT_URL_<ID>}, {@code AWS_ENDPOINT_URL}, the service's block in the
     * profile's {@code [services]} section, the profile's {@code endpoint_url}. Nothing when
     * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} / {@code ignore_configured_endpoint_urls} is true.
     * An endpoint URL passed to the client explicitly takes precedence over all of these and
     * is the caller's business.
     *
     * @param serviceId the model's {@code serviceId}, e.g. {@code Elastic Beanstalk}
     * @return the configured URL, or empty
     * @throws ConfigException when the profile names a {@code [services]} section that does not exist
     */
    public Optional<String> endpointUrl(String serviceId) {
        if (isTrue(ConfigSetting.IGNORE_CONFIGURED_ENDPOINT_URLS)) {
            return Optional.empty();
        }
        String serviceVariable = env.nonEmpty(ServiceIds.endpointUrlVariable(serviceId));
        if (serviceVariable != null) {
            return Optional.of(serviceVariable);
        }
        String global = env.nonEmpty("AWS_ENDPOINT_URL");
        if (global != null) {
            return Optional.of(global);
        }
        Optional<String> servicesName = profile.get("services");
        if (servicesName.isPresent()) {
            Profile services = profileFile.services(servicesName.get()).orElseThrow(() -> new ConfigException(
                    "The profile is configured to use the services section but the \"" + servicesName.get()
                            + "\" services configuration does not exist."));
            Optional<String> perService = services.get(ServiceIds.snakeCase(serviceId), "endpoint_url");
            if (perService.isPresent()) {
                return perService;
            }
        }
        return profile.get("endpoint_url");
    }

    private String concreteDefaultsMode(SdkDefaults defaults) {
        String mode = get(ConfigSetting.DEFAULTS_MODE).orElse(SdkDefaults.LEGACY).toLowerCase(Locale.ROOT);
        if (!mode.equals(SdkDefaults.AUTO)) {
            return mode;
        }
        // botocore's auto mode: inside AWS (AWS_EXECUTION_ENV) compare the client's region with
        // the environment's. It may also ask IMDS for the region; boto4j does not block on that
        // here and falls back to "standard", which botocore also does when IMDS has no answer.
        String executionEnv = env.nonEmpty("AWS_EXECUTION_ENV");
        String envRegion = env.nonEmpty("AWS_REGION") != null ? env.nonEmpty("AWS_REGION") : env.nonEmpty("AWS_DEFAULT_REGION");
        Optional<String> clientRegion = get(ConfigSetting.REGION);
        if (executionEnv != null && envRegion != null && clientRegion.isPresent()) {
            return clientRegion.get().equals(envRegion) ? "in-region" : "cross-region";
        }
        return "standard";
    }

    /** Builder of a {@link ConfigResolver}; not thread-safe. */
    public static final class Builder {
        private ConfigEnvironment env;
        private ProfileFile profileFile;
        private String profileName;
        private SdkDefaults sdkDefaults = SdkDefaults.none();
        private final Map<ConfigSetting, Object> explicit = new EnumMap<>(ConfigSetting.class);

        private Builder() {
        }

        /**
         * Sets the environment variables and home directory to read settings from; required, usually
         * {@link ConfigEnvironment#system()} (tests pass their own).
         *
         * @param environment the variables and home directory to read
         * @return this builder
         */
        public Builder environment(ConfigEnvironment environment) {
            this.env = environment;
            return this;
        }

        /**
         * Sets the shared config and credentials files the profile is read from.
         *
         * @param file the loaded files; null for none ({@link ProfileFile#empty()})
         * @return this builder
         */
        public Builder profileFile(ProfileFile file) {
            this.profileFile = file;
            return this;
        }

        /**
         * An explicitly chosen profile; it beats {@code AWS_DEFAULT_PROFILE} and {@code AWS_PROFILE} and must exist.
         *
         * @param name the profile's name, or null for {@code AWS_DEFAULT_PROFILE}, {@code AWS_PROFILE}, then {@code default}
         * @return this builder
         */
        public Builder profileName(String name) {
            this.profileName = name;
            return this;
        }

        /**
         * Sets the defaults that the defaults mode ({@code defaults_mode}) draws on.
         *
         * @param defaults the {@code sdk-default-configuration.json} defaults, not null; {@link SdkDefaults#none()}
         *                 unless set, which makes every mode behave like {@code legacy}
         * @return this builder
         * @throws NullPointerException when {@code defaults} is null
         */
        public Builder sdkDefaults(SdkDefaults defaults) {
            this.sdkDefaults = Objects.requireNonNull(defaults);
            return this;
        }

        /**
         * An explicit value (from client options): beats every other source.
         *
         * @param setting the setting
         * @param value its value (a {@code String}, {@code Boolean} or number), or null to remove it
         * @return this builder
         */
        public Builder set(ConfigSetting setting, Object value) {
            if (value == null) {
                explicit.remove(setting);
            } else {
                explicit.put(setting, value);
            }
            return this;
        }

        /**
         * Picks the active profile and the defaults mode's values.
         *
         * @return the resolver
         * @throws NullPointerException when no environment was given
         * @throws ProfileNotFoundException when the chosen profile (other than {@code default}) is in neither file
         * @throws ConfigException when the defaults mode is not one the defaults document defines
         */
        public ConfigResolver build() {
            return new ConfigResolver(this);
        }
    }
}
