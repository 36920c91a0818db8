package io.boto4j.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * HTTP headers: names compared case-insensitively, insertion order and the caller's spelling
 * kept (the first spelling of a name wins), several values per name. Not thread-safe while
 * being built; a request hands out copies or treats it as owned.
 */
public final class Headers {
    private final Map<String, Entry> byLowerName = new LinkedHashMap<>();

    private static final class Entry {
        final String name;
        final List<String> values = new ArrayList<>(1);

        Entry(String name) {
            this.name = name;
        }
    }

    public Headers() {
    }

    public Headers(Headers other) {
        other.forEach(this::add);
    }

    private static String key(String name) {
        return HeaderNames.lowerCase(name);
    }

    /** Replaces every value of {@code name} with {@code value}. */
    public Headers set(String name, String value) {
        Objects.requireNonNull(value, name);
        String key = key(name);
        Entry old = byLowerName.get(key);
        Entry e = new Entry(old != null ? old.name : name);
        e.values.add(value);
        byLowerName.put(key, e);
        return this;
    }

    /** Adds a value, keeping any existing ones. */
    public Headers add(String name, String value) {
        Objects.requireNonNull(value, name);
        byLowerName.computeIfAbsent(key(name), k -> new Entry(name)).values.add(value);
        return this;
    }

    public Headers remove(String name) {
        byLowerName.remove(key(name));
        return this;
    }

    public boolean contains(String name) {
        return byLowerName.containsKey(key(name));
    }

    /** The first value of {@code name}, or null. */
    public String first(String name) {
        Entry e = byLowerName.get(key(name));
        return e == null || e.values.isEmpty() ? null : e.values.get(0);
    }

    public List<String> all(String name) {
        Entry e = byLowerName.get(key(name));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    /** Header names as first spelled, in insertion order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(byLowerName.size());
        for (Entry e : byLowerName.values()) {
            names.add(e.name);
        }
        return names;
    }

    /** Calls {@code action} once per (name, value) pair, in order. */
    public void forEach(BiConsumer<String, String> action) {
        for (Entry e : byLowerName.values()) {
            for (String v : e.values) {
                action.accept(e.name, v);
            }
        }
    }

    /**
     * Calls {@code action} once per name, with the name in lower case and its values, in order:
     * for readers that look names up in their own tables, no case folding per lookup.
     */
    public void forEachLowerCaseName(BiConsumer<String, List<String>> action) {
        for (Map.Entry<String, Entry> e : byLowerName.entrySet()) {
            action.accept(e.getKey(), Collections.unmodifiableList(e.getValue().values));
        }
    }

    public int size() {
        return byLowerName.size();
    }

    public boolean isEmpty() {
        return byLowerName.isEmpty();
    }

    /** Values joined with ", " per name: the view most HTTP stacks and the signer work with. */
    public Map<String, String> toSingleValueMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry e : byLowerName.values()) {
            m.put(e.name, String.join(",", e.values));
        }
        return m;
    }

    /** Names only: header values may carry secrets (Authorization, session tokens). */
    @Override
    public String toString() {
        return "Headers" + names();
    }
}
