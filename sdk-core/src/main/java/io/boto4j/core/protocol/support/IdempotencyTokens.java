package io.boto4j.core.protocol.support;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Fills top-level {@code idempotencyToken} members the caller left out with a random UUID. */
public final class IdempotencyTokens {
    private IdempotencyTokens() {
    }

    /** The input itself when nothing is missing, else a copy with the tokens filled in. */
    public static Map<String, Object> fill(Shape input, Map<String, Object> params) {
        if (input == null) {
            return params;
        }
        Map<String, Object> out = params;
        for (Member m : input.members().values()) {
            if (m.isIdempotencyToken() && (params == null || params.get(m.name()) == null)) {
                if (out == params) {
                    out = params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params);
                }
                out.put(m.name(), UUID.randomUUID().toString());
            }
        }
        return out;
    }
}
