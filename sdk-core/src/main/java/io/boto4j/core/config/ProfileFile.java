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
    public static final String CONFIG_FILE_ENV = "AWS_CONFIG_FILE";
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

    /** No files at all. */
    public static ProfileFile empty() {
        return new ProfileFile(Map.of(), Map.of());
    }

    /** Parses file contents directly; the names appear in error messages. Either may be null. */
    public static ProfileFile parse(String configName, String configContent,
                                   String credentialsName, String credentialsContent) {
        return new ProfileFile(
                configContent == null ? Map.of() : IniParser.parse(configName, configContent),
                credentialsContent == null ? Map.of() : IniParser.parse(credentialsName, credentialsContent));
    }

    /** Reads both files from the locations {@code env} names. Blocking: see {@link #loadAsync}. */
    public static ProfileFile load(ConfigEnvironment env) {
        return new ProfileFile(readIni(configFilePath(env)), readIni(credentialsFilePath(env)));
    }

    /** Reads both files on {@code executor}, so an event-loop thread never does file I/O. */
    public static CompletableFuture<ProfileFile> loadAsync(ConfigEnvironment env, Executor executor) {
        return CompletableFuture.supplyAsync(() -> load(env), executor);
    }

    /** {@code AWS_CONFIG_FILE} (with {@code ~} expanded) or {@code ~/.aws/config}. */
    public static Path configFilePath(ConfigEnvironment env) {
        String configured = env.nonEmpty(CONFIG_FILE_ENV);
        return configured != null ? env.expandUser(configured) : env.home().resolve(".aws").resolve("config");
    }

    /** {@code AWS_SHARED_CREDENTIALS_FILE} (with {@code ~} expanded) or {@code ~/.aws/credentials}. */
    public static Path credentialsFilePath(ConfigEnvironment env) {
        String configured = env.nonEmpty(CREDENTIALS_FILE_ENV);
        return configured != null ? env.expandUser(configured) : env.home().resolve(".aws").resolve("credentials");
    }

    /**
     * The profile to use: the explicit name if given, else {@code AWS_DEFAULT_PROFILE}, else
     * {@code AWS_PROFILE} (botocore's order), else {@code default}.
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

    /** A profile from both files merged (credentials file keys win). */
    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /** The profile or a {@link ProfileNotFoundException}. */
    public Profile requireProfile(String name) {
        Profile p = profiles.get(name);
        if (p == null) {
            throw new ProfileNotFoundException(name);
        }
        return p;
    }

    /** The profile as the config file alone defines it. */
    public Optional<Profile> configProfile(String name) {
        return Optional.ofNullable(configProfiles.get(name));
    }

    /** The profile as the credentials file alone defines it. */
    public Optional<Profile> credentialsProfile(String name) {
        return Optional.ofNullable(credentialsProfiles.get(name));
    }

    public Optional<Profile> ssoSession(String name) {
        return Optional.ofNullable(ssoSessions.get(name));
    }

    public Optional<Profile> services(String name) {
        return Optional.ofNullable(services.get(name));
    }

    public Set<String> profileNames() {
        return profiles.keySet();
    }

    @Override
    public String toString() {
        return "ProfileFile[profiles=" + profiles.keySet() + ", sso-sessions=" + ssoSessions.keySet()
                + ", services=" + services.keySet() + "]";
    }
}
