package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the non-body members of a REST output or error shape from the response: {@code header}
 * members, {@code headers} prefix maps and the {@code statusCode} member.
 */
final class ResponseBinding {
    private ResponseBinding() {
    }

    /** Puts every bound member present in the response into {@code out}. */
    static void read(Shape shape, SdkHttpResponse response, Map<String, Object> out) {
        Headers headers = response.headers();
        for (Member m : shape.members().values()) {
            String location = m.location();
            if (location == null) {
                continue;
            }
            switch (location) {
                case "statusCode":
                    out.put(m.name(), response.statusCode());
                    break;
                case "header": {
                    List<String> values = headers.all(m.wireName());
                    if (!values.isEmpty()) {
                        // Repeated headers mean the same as one comma-joined header (RFC 9110).
                        String text = values.size() == 1 ? values.get(0) : String.join(", ", values);
                        if (!text.isBlank() || m.type() == ShapeType.STRING) {
                            // A blank header holds no number, date or list: leave the member out.
                            out.put(m.name(), HeaderValues.fromHeader(m, text));
                        }
                    }
                    break;
                }
                case "headers":
                    out.put(m.name(), prefixHeaders(m.wireName(), headers));
                    break;
                default:
                    break;
            }
        }
    }

    private static Map<String, Object> prefixHeaders(String prefix, Headers headers) {
        String lowerPrefix = prefix.toLowerCase(Locale.ROOT);
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)) {
                map.put(name.substring(prefix.length()), String.join(", ", headers.all(name)));
            }
        }
        return map;
    }
}
