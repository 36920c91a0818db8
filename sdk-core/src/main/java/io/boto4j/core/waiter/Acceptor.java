package io.boto4j.core.waiter;

import io.boto4j.core.jmespath.Expression;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One acceptor of a waiter: when its matcher matches an attempt, the waiter enters its state.
 * Matching follows botocore: path matchers never match a failed call; {@code pathAll} and
 * {@code pathAny} need a non-empty list; an {@code error} acceptor's {@code expected} is an
 * error code, or {@code true} (any error) / {@code false} (no error).
 *
 * @param state    the state the waiter enters when this acceptor matches
 * @param matcher  what is compared with {@code expected}
 * @param expected the value to compare with: a string, number or boolean
 * @param argument the JMESPath expression of path matchers; null for status and error
 */
public record Acceptor(State state, Matcher matcher, Object expected, Expression argument) {

    /** The waiter states an acceptor can lead to ({@code waiters-2.json}'s {@code state}). */
    public enum State {
        /** The wait is over: the waiter returns a {@link WaiterResult}. */
        SUCCESS,
        /** The wait failed for good: the waiter fails with a {@link WaiterFailureException}. */
        FAILURE,
        /** Poll again after the delay, attempts permitting. */
        RETRY
    }

    /** What an acceptor looks at ({@code waiters-2.json}'s {@code matcher}). */
    public enum Matcher {
        /** {@code path}: the argument's value over the output equals {@code expected}. */
        PATH,
        /** {@code pathAll}: the argument gives a non-empty list whose every element equals {@code expected}. */
        PATH_ALL,
        /** {@code pathAny}: the argument gives a list with at least one element equal to {@code expected}. */
        PATH_ANY,
        /** {@code status}: the HTTP status equals {@code expected}. */
        STATUS,
        /** {@code error}: the call failed with error code {@code expected} (or any error / none, for a boolean). */
        ERROR
    }

    /**
     * Checks the components.
     *
     * @param state    the state the waiter enters on a match, not null
     * @param matcher  what is compared, not null
     * @param expected the value to compare with
     * @param argument the JMESPath expression, required for the path matchers
     * @throws NullPointerException when {@code state} or {@code matcher} is null
     * @throws IllegalArgumentException when a path matcher has no argument
     */
    public Acceptor {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(matcher, "matcher");
        boolean isPath = matcher == Matcher.PATH || matcher == Matcher.PATH_ALL || matcher == Matcher.PATH_ANY;
        if (isPath && argument == null) {
            throw new IllegalArgumentException(matcher + " acceptor needs an argument");
        }
    }

    /**
     * Whether this acceptor's matcher matches one call's outcome: a path matcher compares the
     * output (never a failed call's), {@code status} the HTTP status code, {@code error} the error
     * code (or, with {@code true}/{@code false}, whether the call failed with a code or succeeded).
     *
     * @param attempt the outcome of one call
     * @return true when the matcher matches it, so the waiter moves to this acceptor's state
     */
    public boolean matches(Attempt attempt) {
        return switch (matcher) {
            case PATH -> !attempt.failed() && sameValue(argument.search(attempt.output()), expected);
            case PATH_ALL -> !attempt.failed() && argument.search(attempt.output()) instanceof List<?> list
                    && !list.isEmpty() && list.stream().allMatch(e -> sameValue(e, expected));
            case PATH_ANY -> !attempt.failed() && argument.search(attempt.output()) instanceof List<?> list
                    && list.stream().anyMatch(e -> sameValue(e, expected));
            case STATUS -> expected instanceof Number n && attempt.statusCode() == n.intValue();
            case ERROR -> matchesError(attempt);
        };
    }

    private boolean matchesError(Attempt attempt) {
        if (Boolean.TRUE.equals(expected)) {
            return attempt.failed() && attempt.error().code() != null;
        } else if (Boolean.FALSE.equals(expected)) {
            return !attempt.failed();
        }
        return attempt.failed() && Objects.equals(attempt.error().code(), expected);
    }

    /** {@return botocore's wording of why this acceptor matched, for the waiter's messages} */
    public String explanation() {
        return switch (matcher) {
            case PATH -> "For expression \"" + argument.text() + "\" we matched expected path: \"" + text(expected) + "\"";
            case PATH_ALL -> "For expression \"" + argument.text() + "\" all members matched expected path: \""
                    + text(expected) + "\"";
            case PATH_ANY -> "For expression \"" + argument.text() + "\" we matched expected path: \"" + text(expected)
                    + "\" at least once";
            case STATUS -> "Matched expected HTTP status code: " + text(expected);
            case ERROR -> "Matched expected service error code: " + text(expected);
        };
    }

    /** As Python prints the expected value (True/False for booleans). */
    private static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    /** JSON equality: numbers by value, lists and objects element by element. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (!Double.isFinite(x.doubleValue()) || !Double.isFinite(y.doubleValue())) {
                return x.doubleValue() == y.doubleValue();
            }
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            return x.stream().allMatch(e -> sameValue(e, i.next()));
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && sameValue(e.getValue(), y.get(e.getKey())));
        }
        return Objects.equals(a, b);
    }
}
