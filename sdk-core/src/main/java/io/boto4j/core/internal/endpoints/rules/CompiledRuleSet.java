package io.boto4j.core.internal.endpoints.rules;

import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.endpoints.EndpointParameter;
import io.boto4j.core.EndpointResolutionException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A prepared rule set. {@link #resolve} binds the parameters (defaults, required, types) to
 * the first slots of a fresh scope array, consults the cache, and otherwise evaluates the
 * rules. Immutable apart from the cache; safe for concurrent use.
 */
public final class CompiledRuleSet {
    private static final int CACHE_CAPACITY = 128;

    private final List<EndpointParameter> parameters;
    private final EndpointParameter[] parameterArray;
    private final boolean[] readByRules;
    private final Rule[] rules;
    private final int scopeSize;
    private final ResolutionCache cache = new ResolutionCache(CACHE_CAPACITY);
    private final LongAdder cacheHits = new LongAdder();

    /**
     * @param readByRules per parameter, whether any rule reads it; the others are checked
     *                    (required, type) but do not take part in the cache's key
     */
    CompiledRuleSet(List<EndpointParameter> parameters, boolean[] readByRules, Rule[] rules, int scopeSize) {
        this.parameters = List.copyOf(parameters);
        this.parameterArray = parameters.toArray(new EndpointParameter[0]);
        this.readByRules = readByRules.clone();
        this.rules = rules;
        this.scopeSize = Math.max(scopeSize, parameterArray.length);
    }

    public List<EndpointParameter> parameters() {
        return parameters;
    }

    /** How many resolutions were answered from the cache (for tests and metrics). */
    public long cacheHits() {
        return cacheHits.sum();
    }

    public Endpoint resolve(Map<String, ?> params) {
        Object[] values = bind(params);
        Key key = new Key(keyValues(values));
        Object cached = cache.get(key);
        if (cached != null) {
            cacheHits.increment();
            return unwrap(cached);
        }
        Object outcome;
        try {
            outcome = evaluate(values);
        } catch (EndpointResolutionException e) {
            outcome = new Failure(e.getMessage());
        }
        cache.put(key, outcome);
        return unwrap(outcome);
    }

    private Endpoint evaluate(Object[] values) {
        Object[] scope = Arrays.copyOf(values, scopeSize);
        Endpoint endpoint = Rule.TreeRule.firstMatch(rules, scope);
        if (endpoint == null) {
            throw new EndpointResolutionException("No endpoint found for parameters: " + describe(values));
        }
        return endpoint;
    }

    private Object[] bind(Map<String, ?> params) {
        Object[] values = new Object[parameterArray.length];
        for (int i = 0; i < parameterArray.length; i++) {
            EndpointParameter p = parameterArray[i];
            Object v = params.get(p.name());
            if (v == null) {
                v = p.defaultValue();
                if (v == null && p.required()) {
                    throw new EndpointResolutionException("Cannot find value for required parameter " + p.name());
                }
            } else if (!p.type().accepts(v)) {
                throw new EndpointResolutionException("Value (" + p.name() + ") is the wrong type. Must be "
                        + p.type() + ", got " + v.getClass().getSimpleName());
            } else if (v instanceof List<?> list) {
                v = List.copyOf(list);
            }
            values[i] = v;
        }
        return values;
    }

    /**
     * The values that decide the outcome: those of parameters no rule reads are left out, so
     * that S3 calls for different keys of one bucket share one entry instead of each missing.
     */
    private Object[] keyValues(Object[] values) {
        Object[] key = values.clone();
        for (int i = 0; i < key.length; i++) {
            if (!readByRules[i]) {
                key[i] = null;
            }
        }
        return key;
    }

    /** The values that decided the outcome, for an error that the cache may hand to other callers. */
    private String describe(Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && readByRules[i]) {
                sb.append(sb.length() == 0 ? "" : ", ").append(parameterArray[i].name()).append('=').append(values[i]);
            }
        }
        return sb.toString();
    }

    private static Endpoint unwrap(Object outcome) {
        if (outcome instanceof Failure f) {
            throw new EndpointResolutionException(f.message);
        }
        return (Endpoint) outcome;
    }

    /** A cached error: the message only, so that each caller gets its own exception. */
    private record Failure(String message) {
    }

    /** Parameter values in declaration order; equal when all values are equal. */
    private static final class Key {
        private final Object[] values;
        private final int hash;

        Key(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
