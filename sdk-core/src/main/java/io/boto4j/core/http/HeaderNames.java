package io.boto4j.core.http;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lower-cased header names, remembered: the same few dozen names (the model's wire names,
 * the signer's, the ones servers send) are looked up on every call, and lower-casing a
 * mixed-case name allocates a new string each time (about 3 KB per S3 GetObject before this
 * cache, sdk-bench, issue 10). Bounded, so that a stream of distinct names (user metadata)
 * cannot grow it without limit: past the bound, names are lower-cased as before.
 */
public final class HeaderNames {
    private static final int MAX_REMEMBERED = 4096;
    private static final ConcurrentHashMap<String, String> LOWER_CASE = new ConcurrentHashMap<>();

    private HeaderNames() {
    }

    /**
     * {@code name} in lower case ({@link Locale#ROOT}), as HTTP compares header names.
     * Thread-safe.
     *
     * @param name a header name in any case; not null
     * @return the lower-case name, often the same instance as for earlier calls
     */
    public static String lowerCase(String name) {
        String lower = LOWER_CASE.get(name);
        if (lower != null) {
            return lower;
        }
        lower = name.toLowerCase(Locale.ROOT);
        if (LOWER_CASE.size() < MAX_REMEMBERED) {
            LOWER_CASE.putIfAbsent(name, lower);
        }
        return lower;
    }
}
