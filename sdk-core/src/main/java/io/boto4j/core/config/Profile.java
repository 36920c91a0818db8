package io.boto4j.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One named section of the shared files: a profile, an {@code sso-session} or a
 * {@code services} section. Top-level values are strings; nested blocks (such as {@code s3 =}
 * followed by indented lines) are sub-sections. {@link #toString()} shows keys, never values.
 */
public final class Profile {
    private final String name;
    private final Map<String, String> properties;
    private final Map<String, Map<String, String>> subsections;

    Profile(String name, Map<String, Object> rawValues) {
        this.name = name;
        Map<String, String> props = new LinkedHashMap<>();
        Map<String, Map<String, String>> subs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : rawValues.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> nested) {
                Map<String, String> copy = new LinkedHashMap<>();
                nested.forEach((k, v) -> copy.put((String) k, (String) v));
                subs.put(e.getKey(), Collections.unmodifiableMap(copy));
            } else {
                props.put(e.getKey(), (String) e.getValue());
            }
        }
        this.properties = Collections.unmodifiableMap(props);
        this.subsections = Collections.unmodifiableMap(subs);
    }

    private Profile(String name, Map<String, String> properties, Map<String, Map<String, String>> subsections) {
        this.name = name;
        this.properties = properties;
        this.subsections = subsections;
    }

    public String name() {
        return name;
    }

    /** A top-level value; keys are matched lower-case, as botocore lower-cases them. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }

    /** A value inside a nested block, e.g. {@code subsection("s3", "addressing_style")}. */
    public Optional<String> get(String subsection, String key) {
        Map<String, String> block = subsections.get(subsection);
        return block == null ? Optional.empty() : Optional.ofNullable(block.get(key));
    }

    public Map<String, String> properties() {
        return properties;
    }

    /** A nested block by its key, or an empty map. */
    public Map<String, String> subsection(String key) {
        return subsections.getOrDefault(key, Map.of());
    }

    public Map<String, Map<String, String>> subsections() {
        return subsections;
    }

    /** This profile with {@code other}'s keys laid over it (how botocore merges the credentials file). */
    Profile overlaidWith(Profile other) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.putAll(other.properties);
        Map<String, Map<String, String>> subs = new LinkedHashMap<>(subsections);
        subs.putAll(other.subsections);
        return new Profile(name, Collections.unmodifiableMap(props), Collections.unmodifiableMap(subs));
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", keys=" + properties.keySet() + ", subsections=" + subsections.keySet() + "]";
    }
}
