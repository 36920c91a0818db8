package io.boto4j.async.internal;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link JsonObject}'s contents as the SDK's plain values: a JsonObject may hold nested
 * {@code JsonObject}s, {@code JsonArray}s and {@code Buffer}s, which the validator does not know.
 */
public final class JsonValues {
    private JsonValues() {
    }

    public static Map<String, Object> plainMap(JsonObject json) {
        return plainMap(json.getMap());
    }

    private static Map<String, Object> plainMap(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject o) {
            return plainMap(o.getMap());
        }
        if (value instanceof JsonArray a) {
            return plainList(a.getList());
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return plainList(l);
        }
        if (value instanceof Buffer b) {
            return b.getBytes();
        }
        return value;
    }

    private static List<Object> plainList(List<?> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object v : list) {
            out.add(plain(v));
        }
        return out;
    }
}
