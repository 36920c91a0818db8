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

    /** {@return the section's name, without its {@code profile}/{@code sso-session}/{@code services} prefix} */
    public String name() {
        return name;
    }

    /**
     * A top-level value.
     *
     * @param key the key in lower case (the parser lower-cases keys, as botocore does)
     * @return the value, or empty when the section has no such key or it names a nested block
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /**
     * Whether the section has a top-level value for a key (a nested block's key does not count).
     *
     * @param key the key in lower case (the parser lower-cases keys, as botocore does)
     * @return true when {@link #get(String)} would find a value
     */
    public boolean has(String key) {
        return properties.containsKey(key);
    }

    /**
     * A value inside a nested block, e.g. {@code get("s3", "addressing_style")}.
     *
     * @param subsection the nested block's key, e.g. {@code s3}
     * @param key the key inside that block
     * @return the value, or empty when the block or the key is absent
     */
    public Optional<String> get(String subsection, String key) {
        Map<String, String> block = subsections.get(subsection);
        return block == null ? Optional.empty() : Optional.ofNullable(block.get(key));
    }

    /** {@return every top-level value by key; unmodifiable, may hold secrets such as {@code aws_secret_access_key}} */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * A nested block by its key.
     *
     * @param key the block's key, e.g. {@code s3}
     * @return the block's values (unmodifiable), or an empty map
     */
    public Map<String, String> subsection(String key) {
        return subsections.getOrDefault(key, Map.of());
    }

    /** {@return every nested block by its key; unmodifiable} */
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
