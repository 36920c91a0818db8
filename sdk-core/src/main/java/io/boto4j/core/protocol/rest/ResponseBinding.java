package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.HeaderNames;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the non-body members of a REST output or error shape from the response: {@code header}
 * members, {@code headers} prefix maps and the {@code statusCode} member.
 *
 * <p>Which members are bound, and to which lower-cased header names, is worked out once per
 * shape ({@link Plan}); a response is then read by looking its few headers up in that table,
 * rather than looking every header-bound member up in the response (S3's GetObject output has
 * about forty, a response a handful). Members still land in model order.
 */
final class ResponseBinding {
    private static final Shape.Derived<Plan> PLAN = new Shape.Derived<>(Plan::of);

    private ResponseBinding() {
    }

    /** Puts every bound member present in the response into {@code out}. */
    static void read(Shape shape, SdkHttpResponse response, Map<String, Object> out) {
        Plan plan = shape.derived(PLAN);
        if (plan.bound.length == 0) {
            return;
        }
        Headers headers = response.headers();
        Object[] fromHeaders = new Object[plan.bound.length];
        headers.forEachLowerCaseName((name, values) -> {
            int[] slots = plan.byHeader.get(name);
            if (slots == null) {
                return;
            }
            // Repeated headers mean the same as one comma-joined header (RFC 9110).
            String text = values.size() == 1 ? values.get(0) : String.join(", ", values);
            for (int slot : slots) {
                Member m = plan.bound[slot];
                if (!text.isBlank() || m.type() == ShapeType.STRING) {
                    // A blank header holds no number, date or list: leave the member out.
                    fromHeaders[slot] = HeaderValues.fromHeader(m, text);
                }
            }
        });
        for (int i = 0; i < plan.bound.length; i++) {
            Member m = plan.bound[i];
            switch (m.location()) {
                case "statusCode" -> out.put(m.name(), response.statusCode());
                case "headers" -> out.put(m.name(), prefixHeaders(m.wireName(), headers));
                default -> {
                    if (fromHeaders[i] != null) {
                        out.put(m.name(), fromHeaders[i]);
                    }
                }
            }
        }
    }

    private static Map<String, Object> prefixHeaders(String prefix, Headers headers) {
        String lowerPrefix = HeaderNames.lowerCase(prefix);
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name : headers.names()) {
            if (HeaderNames.lowerCase(name).startsWith(lowerPrefix)) {
                map.put(name.substring(prefix.length()), String.join(", ", headers.all(name)));
            }
        }
        return map;
    }

    /**
     * A shape's bound members in model order, and for each lower-cased header name the
     * positions of the {@code header} members bound to it.
     */
    private record Plan(Member[] bound, Map<String, int[]> byHeader) {
        static Plan of(Shape shape) {
            List<Member> bound = new ArrayList<>();
            Map<String, int[]> byHeader = new HashMap<>();
            for (Member m : shape.members().values()) {
                String location = m.location();
                if (location == null) {
                    continue;
                }
                switch (location) {
                    case "header" -> {
                        String name = HeaderNames.lowerCase(m.wireName());
                        int[] slots = byHeader.get(name);
                        int[] more = slots == null ? new int[1] : java.util.Arrays.copyOf(slots, slots.length + 1);
                        more[more.length - 1] = bound.size();
                        byHeader.put(name, more);
                        bound.add(m);
                    }
                    case "headers", "statusCode" -> bound.add(m);
                    default -> {
                    }
                }
            }
            return new Plan(bound.toArray(new Member[0]), Map.copyOf(byHeader));
        }
    }
}
