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

    /** Empty headers. */
    public Headers() {
    }

    /**
     * A copy of {@code other}: same names as spelled, same values, same order; later changes
     * to either do not show in the other.
     *
     * @param other the headers to copy
     */
    public Headers(Headers other) {
        other.forEach(this::add);
    }

    private static String key(String name) {
        return HeaderNames.lowerCase(name);
    }

    /**
     * Replaces every value of {@code name} with {@code value}, keeping the name's first spelling
     * and its place in the order when it was already there.
     *
     * @param name  the header's name, in any case
     * @param value the one value it gets
     * @return these headers, for chaining
     * @throws NullPointerException when {@code value} is null (the message names the header)
     */
    public Headers set(String name, String value) {
        Objects.requireNonNull(value, name);
        String key = key(name);
        Entry old = byLowerName.get(key);
        Entry e = new Entry(old != null ? old.name : name);
        e.values.add(value);
        byLowerName.put(key, e);
        return this;
    }

    /**
     * Adds a value, keeping any existing ones.
     *
     * @param name  the header's name, in any case; its first spelling is the one kept
     * @param value the value to add after the existing ones
     * @return these headers, for chaining
     * @throws NullPointerException when {@code value} is null (the message names the header)
     */
    public Headers add(String name, String value) {
        Objects.requireNonNull(value, name);
        byLowerName.computeIfAbsent(key(name), k -> new Entry(name)).values.add(value);
        return this;
    }

    /**
     * Removes every value of {@code name}; nothing happens when it is absent.
     *
     * @param name the header's name, in any case
     * @return these headers, for chaining
     */
    public Headers remove(String name) {
        byLowerName.remove(key(name));
        return this;
    }

    /**
     * Whether the header is present.
     *
     * @param name the header's name, in any case
     * @return whether it has at least one value
     */
    public boolean contains(String name) {
        return byLowerName.containsKey(key(name));
    }

    /**
     * The first value of {@code name}, or null.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when absent
     */
    public String first(String name) {
        Entry e = byLowerName.get(key(name));
        return e == null || e.values.isEmpty() ? null : e.values.get(0);
    }

    /**
     * Every value of {@code name}, in order.
     *
     * @param name the header's name, in any case
     * @return an unmodifiable view of its values (not a copy), or an empty list when absent
     */
    public List<String> all(String name) {
        Entry e = byLowerName.get(key(name));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    /**
     * Header names as first spelled, in insertion order.
     *
     * @return a new, modifiable list, one entry per name
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(byLowerName.size());
        for (Entry e : byLowerName.values()) {
            names.add(e.name);
        }
        return names;
    }

    /**
     * Calls {@code action} once per (name, value) pair, in order, with the name as first spelled.
     *
     * @param action gets each name and value; must not change these headers
     */
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
     *
     * @param action gets each lower-case name and an unmodifiable view of its values; must not
     *               change these headers
     */
    public void forEachLowerCaseName(BiConsumer<String, List<String>> action) {
        for (Map.Entry<String, Entry> e : byLowerName.entrySet()) {
            action.accept(e.getKey(), Collections.unmodifiableList(e.getValue().values));
        }
    }

    /**
     * The number of distinct names.
     *
     * @return how many names (not values) there are
     */
    public int size() {
        return byLowerName.size();
    }

    /**
     * Whether there is no header at all.
     *
     * @return whether {@link #size()} is 0
     */
    public boolean isEmpty() {
        return byLowerName.isEmpty();
    }

    /**
     * Values joined with {@code ","} (no space) per name: the view most HTTP stacks and the
     * signer work with.
     *
     * @return a new map from each name as first spelled to its joined values, in insertion order
     */
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
