package io.boto4j.core.paginate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Setting a value at a dotted path ({@code a.b.c}) of a result, as botocore's
 * {@code set_value_from_jmespath}, and its {@code merge_dicts}. Maps along the path are
 * copied before they change, so the caller's pages (possibly immutable) are left alone.
 */
final class DottedPaths {
    private DottedPaths() {
    }

    /** Sets {@code value} at {@code path} in {@code root}, which must be a mutable map of ours. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> root, String path, Object value) {
        if (path.isEmpty() || path.equals(".") || path.contains("[") || path.contains("]") || path.contains("*")) {
            throw new PaginationException("Invalid expression for a result key (only dotted paths): " + path);
        }
        Map<String, Object> current = root;
        String[] keys = path.split("\\.", -1);
        for (int i = 0; i < keys.length - 1; i++) {
            String key = keys[i];
            if (key.isEmpty()) {
                throw new PaginationException("Invalid expression for a result key (only dotted paths): " + path);
            }
            Object next = current.get(key);
            if (!(next instanceof Map)) {
                if (next != null || current.containsKey(key)) {
                    throw new PaginationException("Cannot set " + path + ": " + key + " is not an object");
                }
                next = new LinkedHashMap<String, Object>();
            } else {
                next = new LinkedHashMap<>((Map<String, Object>) next);
            }
            current.put(key, next);
            current = (Map<String, Object>) next;
        }
        if (keys[keys.length - 1].isEmpty()) {
            throw new PaginationException("Invalid expression for a result key (only dotted paths): " + path);
        }
        current.put(keys[keys.length - 1], value);
    }

    /** botocore's merge_dicts: nested maps merge, anything else from {@code from} replaces. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> from) {
        for (Map.Entry<String, Object> e : from.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> inner && into.get(e.getKey()) instanceof Map<?, ?> existing) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                merge(copy, (Map<String, Object>) inner);
                into.put(e.getKey(), copy);
            } else {
                into.put(e.getKey(), e.getValue());
            }
        }
    }
}
