package io.boto4j.bench.harness;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The line format between the client JVMs and the orchestrator: a tag, then {@code key=value}
 * pairs separated by spaces (values never contain spaces), e.g.
 * {@code LEVEL contender=boto4j-async concurrency=64 rps=31000.5 …}.
 */
final class KeyValues {
    private KeyValues() {
    }

    static String format(String tag, Map<String, ?> values) {
        StringBuilder line = new StringBuilder(tag);
        values.forEach((k, v) -> line.append(' ').append(k).append('=').append(text(v)));
        return line.toString();
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(v).replace(' ', '_');
    }

    /** The pairs of {@code line} if it starts with {@code tag}, else null. */
    static Map<String, String> parse(String tag, String line) {
        if (!line.startsWith(tag + " ")) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(tag.length() + 1).trim().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }
}
