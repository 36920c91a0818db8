package io.boto4j.core.typed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A typed view's argument as a custom method's arguments. Values are kept as they are (a
 * {@code Path}, a listener, a stream must reach the method as the objects they are), only the
 * names are matched to the parameters' without regard to case; records are read component by
 * component, other objects through Jackson's bean properties.
 */
final class MethodArgs {
    private static final ObjectMapper BEANS = JsonMapper.builder().build();

    private MethodArgs() {
    }

    static Map<String, Object> of(CustomMethod<?> method, Object argument, TypedLayer layer) {
        if (argument == null) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> raw = layer.inputOf(argument);
        if (raw == null) {
            raw = argument instanceof Map<?, ?> m ? stringKeys(m)
                    : argument instanceof Record r ? components(r) : beanProperties(argument);
        }
        Map<String, String> byLower = new HashMap<>();
        for (MethodParameter p : method.parameters()) {
            byLower.put(p.name().toLowerCase(Locale.ROOT), p.name());
        }
        Map<String, Object> named = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (v != null) {
                named.put(byLower.getOrDefault(k.toLowerCase(Locale.ROOT), k), v);
            }
        });
        return named;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, Object> components(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("Cannot read " + r.getClass().getName() + "." + c.getName()
                        + ": export its package (or open it to io.boto4j.core)", e);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> beanProperties(Object bean) {
        return BEANS.convertValue(bean, Map.class);
    }
}
