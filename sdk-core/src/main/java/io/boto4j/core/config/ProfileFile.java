package io.boto4j.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The shared {@code config} and {@code credentials} files, read with botocore's rules:
 * in the config file {@code [default]} and {@code [profile NAME]} are profiles,
 * {@code [sso-session NAME]} and {@code [services NAME]} are their own kinds and other sections
 * are ignored; in the credentials file every section is a profile. A profile present in both
 * files is merged key by key, the credentials file winning.
 */
public final class ProfileFile {
    /** The environment variable that moves the config file ({@code AWS_CONFIG_FILE}). */
    public static final String CONFIG_FILE_ENV = "AWS_CONFIG_FILE";
    /** The environment variable that moves the credentials file ({@code AWS_SHARED_CREDENTIALS_FILE}). */
    public static final String CREDENTIALS_FILE_ENV = "AWS_SHARED_CREDENTIALS_FILE";

    private final Map<String, Profile> configProfiles;
    private final Map<String, Profile> credentialsProfiles;
    private final Map<String, Profile> profiles;
    private final Map<String, Profile> ssoSessions;
    private final Map<String, Profile> services;

    private ProfileFile(Map<String, Map<String, Object>> config, Map<String, Map<String, Object>> credentials) {
        Map<String, Profile> cfgProfiles = new LinkedHashMap<>();
        Map<String, Profile> sso = new LinkedHashMap<>();
        Map<String, Profile> svc = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> section : config.entrySet()) {
            String header = section.getKey();
            if (header.startsWith("profile")) {
                sectionName(header).ifPresent(n -> cfgProfiles.put(n, new Profile(n, section.getValue())));
            } else if (header.startsWith("sso-session")) {
                sectionName(header).ifPresent(n -> sso.put(n, new Profile(n, section.getValue())));
            } else if (header.startsWith("services")) {
                sectionName(header).ifPresent(n -> svc.put(n, new Profile(n, section.getValue())));
            } else if (header.equals("default")) {
                // [default] and [profile default] name the same profile; the later one wins, as in botocore.
                cfgProfiles.put("default", new Profile("default", section.getValue()));
            }
        }
        Map<String, Profile> credProfiles = new LinkedHashMap<>();
        credentials.forEach((name, values) -> credProfiles.put(name, new Profile(name, values)));
        Map<String, Profile> merged = new LinkedHashMap<>(cfgProfiles);
        credProfiles.forEach((name, p) -> merged.merge(name, p, Profile::overlaidWith));
        this.configProfiles = Collections.unmodifiableMap(cfgProfiles);
        this.credentialsProfiles = Collections.unmodifiableMap(credProfiles);
        this.profiles = Collections.unmodifiableMap(merged);
        this.ssoSessions = Collections.unmodifiableMap(sso);
        this.services = Collections.unmodifiableMap(svc);
    }

    /** {@return a profile file with no profiles, sso-sessions or services sections, as when neither file exists} */
    public static ProfileFile empty() {
        return new ProfileFile(Map.of(), Map.of());
    }

    /**
     * Parses file contents directly (tests, embedders); no I/O.
     *
     * @param configName the config file's name for error messages
     * @param configContent the config file's text, or null for no config file
     * @param credentialsName the credentials file's name for error messages
     * @param credentialsContent the credentials file's text, or null for no credentials file
     * @return both files' sections, profiles merged
     * @throws ConfigParseException naming the file and line when either text is not valid INI
     */
    public static ProfileFile parse(String configName, String configContent,
                                   String credentialsName, String credentialsContent) {
        return new ProfileFile(
                configContent == null ? Map.of() : IniParser.parse(configName, configContent),
                credentialsContent == null ? Map.of() : IniParser.parse(credentialsName, credentialsContent));
    }

    /**
     * Reads both files from the locations {@code env} names. Blocking: see {@link #loadAsync}.
     *
     * @param env where the file locations and home directory come from
     * @return both files' sections; a missing file counts as empty
     * @throws ConfigException when a file exists but cannot be read
     * @throws ConfigParseException when a file is not valid INI
     */
    public static ProfileFile load(ConfigEnvironment env) {
        return new ProfileFile(readIni(configFilePath(env)), readIni(credentialsFilePath(env)));
    }

    /**
     * Reads both files on {@code executor}, so an event-loop thread never does file I/O.
     *
     * @param env where the file locations and home directory come from
     * @param executor runs the blocking read
     * @return a future completed on {@code executor}'s thread, with the files or with
     *         {@link #load}'s exception
     */
    public static CompletableFuture<ProfileFile> loadAsync(ConfigEnvironment env, Executor executor) {
        return CompletableFuture.supplyAsync(() -> load(env), executor);
    }

    /**
     * {@return the config file's location: {@code AWS_CONFIG_FILE} (with {@code ~} expanded) or {@code ~/.aws/config}}
     *
     * @param env the environment and home directory
     */
    public static Path configFilePath(ConfigEnvironment env) {
        String configured = env.nonEmpty(CONFIG_FILE_ENV);
        return configured != null ? env.expandUser(configured) : env.home().resolve(".aws").resolve("config");
    }

    /**
     * {@return the credentials file's location: {@code AWS_SHARED_CREDENTIALS_FILE} (with {@code ~}
     * expanded) or {@code ~/.aws/credentials}}
     *
     * @param env the environment and home directory
     */
    public static Path credentialsFilePath(ConfigEnvironment env) {
        String configured = env.nonEmpty(CREDENTIALS_FILE_ENV);
        return configured != null ? env.expandUser(configured) : env.home().resolve(".aws").resolve("credentials");
    }

    /**
     * The profile to use: the explicit name if given, else {@code AWS_DEFAULT_PROFILE}, else
     * {@code AWS_PROFILE} (botocore's order), else {@code default}. Empty names count as unset.
     *
     * @param env the environment to read the variables from
     * @param explicit the name chosen in code, or null
     * @return the profile's name, never null
     */
    public static String activeProfileName(ConfigEnvironment env, String explicit) {
        if (explicit != null && !explicit.isEmpty()) {
            return explicit;
        }
        String fromEnv = env.nonEmpty("AWS_DEFAULT_PROFILE");
        if (fromEnv == null) {
            fromEnv = env.nonEmpty("AWS_PROFILE");
        }
        return fromEnv != null ? fromEnv : "default";
    }

    private static Map<String, Map<String, Object>> readIni(Path path) {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            if (!Files.exists(path)) {
                return Map.of();
            }
            throw new ConfigException("Unable to read config file " + path + ": " + e.getClass().getSimpleName(), e);
        }
        return IniParser.parse(path.toString(), content);
    }

    /** botocore splits a header like shlex does and keeps it only when it has exactly two words. */
    private static Optional<String> sectionName(String header) {
        List<String> words = shellWords(header);
        return words.size() == 2 ? Optional.of(words.get(1)) : Optional.empty();
    }

    private static List<String> shellWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * A profile from both files merged (credentials file keys win).
     *
     * @param name the profile's name without the {@code profile } prefix, e.g. {@code default}
     * @return the profile, or empty when neither file has it
     */
    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /**
     * A profile that must exist, from both files merged.
     *
     * @param name the profile's name
     * @return the profile
     * @throws ProfileNotFoundException when neither file has it
     */
    public Profile requireProfile(String name) {
        Profile p = profiles.get(name);
        if (p == null) {
            throw new ProfileNotFoundException(name);
        }
        return p;
    }

    /**
     * The profile as the config file alone defines it.
     *
     * @param name the profile's name
     * @return the profile, or empty when the config file does not have it
     */
    public Optional<Profile> configProfile(String name) {
        return Optional.ofNullable(configProfiles.get(name));
    }

    /**
     * The profile as the credentials file alone defines it.
     *
     * @param name the profile's name
     * @return the profile, or empty when the credentials file does not have it
     */
    public Optional<Profile> credentialsProfile(String name) {
        return Optional.ofNullable(credentialsProfiles.get(name));
    }

    /**
     * An {@code [sso-session NAME]} section of the config file.
     *
     * @param name the session's name, as a profile's {@code sso_session} names it
     * @return the section, or empty
     */
    public Optional<Profile> ssoSession(String name) {
        return Optional.ofNullable(ssoSessions.get(name));
    }

    /**
     * A {@code [services NAME]} section of the config file (per-service settings such as {@code endpoint_url}).
     *
     * @param name the section's name, as a profile's {@code services} names it
     * @return the section, its nested blocks keyed by snake-case service id; or empty
     */
    public Optional<Profile> services(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** {@return the names of the profiles of both files, config file's first; an unmodifiable view} */
    public Set<String> profileNames() {
        return profiles.keySet();
    }

    @Override
    public String toString() {
        return "ProfileFile[profiles=" + profiles.keySet() + ", sso-sessions=" + ssoSessions.keySet()
                + ", services=" + services.keySet() + "]";
    }
}
