package io.boto4j.s3;

import java.util.LinkedHashMap;
import java.util.Map;

/** Call parameters for the tests, in the order given (botocore serializes some in the caller's order). */
final class Params {
    private Params() {
    }

    /** A mutable map of {@code name, value, name, value, ...}, in that order. */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
