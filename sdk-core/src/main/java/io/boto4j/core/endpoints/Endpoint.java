package io.boto4j.core.endpoints;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved endpoint: where to send the request, the headers the rule set adds, and its
 * properties (notably {@code authSchemes}: a list of maps with {@code name},
 * {@code signingName}, {@code signingRegion} or {@code signingRegionSet},
 * {@code disableDoubleEncoding}, ...). Immutable, deeply: nested maps and lists are read-only.
 */
public record Endpoint(URI url, Map<String, List<String>> headers, Map<String, Object> properties) {

    /**
     * Copies the headers and properties into read-only structures.
     *
     * @param url        the endpoint's URL, required
     * @param headers    the headers the rule set adds; null for none
     * @param properties the rule set's properties; null for none
     * @throws NullPointerException when {@code url} is null
     */
    public Endpoint {
        Objects.requireNonNull(url, "url");
        headers = copyHeaders(headers);
        properties = properties == null ? Map.of() : deepFreezeMap(properties);
    }

    /**
     * An endpoint with no headers and no properties.
     *
     * @param url the endpoint's URL, e.g. {@code https://sqs.eu-west-1.amazonaws.com}
     * @return the endpoint
     */
    public static Endpoint of(URI url) {
        return new Endpoint(url, Map.of(), Map.of());
    }

    /**
     * The {@code authSchemes} property, or an empty list when the rule set gave none.
     *
     * @return the schemes in the rule set's order, each a read-only map with {@code name} and
     *         the signing overrides; an empty list when absent or not a list
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> authSchemes() {
        Object schemes = properties.get("authSchemes");
        if (schemes instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return List.of();
    }

    private static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Object> deepFreezeMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, deepFreeze(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object deepFreeze(Object value) {
        if (value instanceof Map<?, ?> m) {
            return deepFreezeMap((Map<String, Object>) m);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(deepFreeze(o));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
