package io.boto4j.core.internal.endpoints.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small LRU of resolution outcomes keyed by parameter values. Clients resolve the same few
 * parameter combinations over and over (same region, same bucket), so a bounded cache turns
 * most resolutions into one lookup. Guarded by its own lock: the critical section is a map
 * lookup, far cheaper than an evaluation.
 */
final class ResolutionCache {
    private final Map<Object, Object> entries;

    ResolutionCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Object get(Object key) {
        return entries.get(key);
    }

    synchronized void put(Object key, Object outcome) {
        entries.put(key, outcome);
    }

    synchronized int size() {
        return entries.size();
    }
}
