package io.boto4j.core.waiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.JmesPathException;
import io.boto4j.core.jmespath.Expression;
import io.boto4j.core.jmespath.JmesPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One waiter of a {@code waiters-2.json}: the operation it polls, how often, and its acceptors.
 *
 * @param name        the waiter's name, e.g. {@code TableExists}
 * @param operation   the operation it calls, e.g. {@code DescribeTable}
 * @param delay       the time between calls
 * @param maxAttempts the calls to make at most
 * @param acceptors   the acceptors, checked in order (immutable)
 */
public record WaiterDefinition(String name, String operation, Duration delay, int maxAttempts,
        List<Acceptor> acceptors) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Copies the acceptors (immutable).
     *
     * @param name        the waiter's name
     * @param operation   the operation it calls
     * @param delay       the time between calls
     * @param maxAttempts the calls to make at most
     * @param acceptors   the acceptors, in order
     */
    public WaiterDefinition {
        acceptors = List.copyOf(acceptors);
    }

    /**
     * Parses one entry, e.g. the value of {@code waiters.TableExists}.
     *
     * @param name the waiter's name, the entry's key
     * @param entry the entry's JSON object
     * @return the definition
     * @throws WaiterConfigException naming the waiter when a field is missing, a matcher or state is unknown,
     *         or an acceptor's argument is not valid JMESPath
     */
    public static WaiterDefinition fromJson(String name, JsonNode entry) {
        List<Acceptor> acceptors = new ArrayList<>();
        for (JsonNode a : entry.path("acceptors")) {
            acceptors.add(acceptor(name, a));
        }
        return new WaiterDefinition(name, required(name, entry, "operation").asText(),
                Duration.ofMillis(Math.round(required(name, entry, "delay").asDouble() * 1000)),
                required(name, entry, "maxAttempts").asInt(), acceptors);
    }

    private static Acceptor acceptor(String waiter, JsonNode a) {
        String matcher = required(waiter, a, "matcher").asText();
        Acceptor.Matcher m = switch (matcher) {
            case "path" -> Acceptor.Matcher.PATH;
            case "pathAll" -> Acceptor.Matcher.PATH_ALL;
            case "pathAny" -> Acceptor.Matcher.PATH_ANY;
            case "status" -> Acceptor.Matcher.STATUS;
            case "error" -> Acceptor.Matcher.ERROR;
            default -> throw new WaiterConfigException("Waiter " + waiter + ": unknown acceptor: " + matcher);
        };
        String state = required(waiter, a, "state").asText();
        Acceptor.State s;
        try {
            s = Acceptor.State.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WaiterConfigException("Waiter " + waiter + ": unknown acceptor state: " + state);
        }
        JsonNode argument = a.get("argument");
        boolean isPath = m == Acceptor.Matcher.PATH || m == Acceptor.Matcher.PATH_ALL || m == Acceptor.Matcher.PATH_ANY;
        if (isPath && (argument == null || argument.isNull())) {
            throw new WaiterConfigException("Waiter " + waiter + ": " + matcher + " acceptor without an argument");
        }
        return new Acceptor(s, m, JSON.convertValue(required(waiter, a, "expected"), Object.class),
                isPath ? compile(waiter, matcher, argument.asText()) : null);
    }

    private static Expression compile(String waiter, String matcher, String argument) {
        try {
            return JmesPath.compile(argument);
        } catch (JmesPathException e) {
            throw new WaiterConfigException("Waiter " + waiter + ": " + matcher + " acceptor's argument '" + argument
                    + "' is not valid JMESPath: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(String waiter, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new WaiterConfigException("Waiter " + waiter + ": missing " + field);
        }
        return value;
    }
}
