package io.boto4j.services;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parameters in the order given: botocore serializes a call's members in the caller's order. */
final class Params {
    private Params() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
