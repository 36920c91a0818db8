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

    /** The name of the active profile. */
    public String profileName() {
        return profileName;
    }

    /** The active profile (both files merged); empty when {@code default} is absent. */
    public Profile profile() {
        return profile;
    }

    public ProfileFile profileFile() {
        return profileFile;
    }

    public ConfigEnvironment environment() {
        return env;
    }

    /** The setting as a string, from the first source that has it. */
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

    /** A boolean setting: like botocore, only the text {@code true} (any case) is true. */
    public Optional<Boolean> getBoolean(ConfigSetting setting) {
        Object value = explicit.get(setting);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        return get(setting).map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true"));
    }

    public boolean isTrue(ConfigSetting setting) {
        return getBoolean(setting).orElse(false);
    }

    /** An integer setting; a value that is not an integer is a {@link ConfigException}. */
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

    public Optional<String> region() {
        return get(ConfigSetting.REGION);
    }

    public Optional<Integer> maxAttempts() {
        return getInt(ConfigSetting.MAX_ATTEMPTS);
    }

    public String retryMode() {
        return get(ConfigSetting.RETRY_MODE).orElseThrow();
    }

    /** The configured defaults mode as written ({@code legacy}, {@code standard}, {@code auto}, ...). */
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

    public static final class Builder {
        private ConfigEnvironment env;
        private ProfileFile profileFile;
        private String profileName;
        private SdkDefaults sdkDefaults = SdkDefaults.none();
        private final Map<ConfigSetting, Object> explicit = new EnumMap<>(ConfigSetting.class);

        private Builder() {
        }

        public Builder environment(ConfigEnvironment environment) {
            this.env = environment;
            return this;
        }

        public Builder profileFile(ProfileFile file) {
            this.profileFile = file;
            return this;
        }

        /** An explicitly chosen profile; it beats {@code AWS_PROFILE} and must exist. */
        public Builder profileName(String name) {
            this.profileName = name;
            return this;
        }

        public Builder sdkDefaults(SdkDefaults defaults) {
            this.sdkDefaults = Objects.requireNonNull(defaults);
            return this;
        }

        /** An explicit value (from client options): beats every other source. */
        public Builder set(ConfigSetting setting, Object value) {
            if (value == null) {
                explicit.remove(setting);
            } else {
                explicit.put(setting, value);
            }
            return this;
        }

        public ConfigResolver build() {
            return new ConfigResolver(this);
        }
    }
}
