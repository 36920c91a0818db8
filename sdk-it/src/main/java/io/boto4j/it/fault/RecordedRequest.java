package io.boto4j.it.fault;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the {@link FaultProxy} received it: method, request target (path and query, as
 * sent), headers (names case-insensitive, values in order), body (chunked framing removed), and
 * when its head arrived ({@link System#nanoTime()}, to measure the back-off between attempts).
 */
public record RecordedRequest(String method, String target, Map<String, List<String>> headers, byte[] body,
                              long receivedAtNanos) {
    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The path part of the target, still percent-encoded. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Method and target only: headers carry signatures. */
    @Override
    public String toString() {
        return method + " " + target;
    }

    static RecordedRequest of(HttpMessage request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers.forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        return new RecordedRequest(request.method(), request.target(), headers, request.body.clone(), request.receivedAt);
    }
}
