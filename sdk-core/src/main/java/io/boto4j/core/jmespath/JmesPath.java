package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point: {@code JmesPath.compile("Reservations[].Instances[].State.Name").search(output)}.
 * Compiled expressions are cached, since the same few expressions of a service model
 * (paginators, waiters, endpoint context parameters) are evaluated on every call.
 */
public final class JmesPath {
    /** Bounds the cache for callers that compile ad-hoc expressions; models have far fewer. */
    private static final int CACHE_LIMIT = 2048;
    private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();

    private JmesPath() {
    }

    /**
     * Parses an expression (and checks its function names and argument counts).
     *
     * @param expression the JMESPath text, e.g. {@code Reservations[].Instances[].State.Name}
     * @return the compiled expression, possibly one cached by an earlier call with the same text
     * @throws JmesPathException of kind SYNTAX, UNKNOWN_FUNCTION or INVALID_ARITY
     */
    public static Expression compile(String expression) {
        Expression cached = CACHE.get(expression);
        if (cached != null) {
            return cached;
        }
        Expression compiled = new Expression(expression, Parser.parse(expression));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.putIfAbsent(expression, compiled);
        return compiled;
    }

    /**
     * {@code compile(expression).search(data)}.
     *
     * @param expression the JMESPath text
     * @param data the value to search, e.g. an operation's output map
     * @return the result, null when the expression selects nothing
     * @throws JmesPathException when the expression does not compile or its evaluation fails
     */
    public static Object search(String expression, Object data) {
        return compile(expression).search(data);
    }
}
