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

    /**
     * The input itself when nothing is missing, else a copy with the tokens filled in.
     *
     * @param input  the operation's input shape, or null for none
     * @param params the call's input by member name, not changed; may be null
     * @return {@code params} itself, or a new map with a random UUID for each token member that
     *         is absent or null
     */
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
