package io.boto4j.core.waiter;

import io.boto4j.core.pipeline.Delayer;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * botocore's Waiter, transport-neutral: calls the operation, checks the acceptors in order
 * (the first match sets the state), and either succeeds, fails, or waits the delay and tries
 * again, up to the maximum attempts. A service error that no acceptor matches fails at once;
 * a failure that is not a service error (the adapter gives no {@link ErrorInfo}) is passed on
 * unchanged. Waits go through the {@link Delayer}, so no thread blocks.
 */
public final class Waiter {
    private final WaiterDefinition definition;
    private final Function<Map<String, Object>, CompletionStage<Map<String, Object>>> call;
    private final Function<Throwable, Optional<ErrorInfo>> errorInfo;
    private final Delayer delayer;

    /**
     * A waiter over {@code call}.
     *
     * @param definition the waiter's entry of {@code waiters-2.json}
     * @param call one call of {@link WaiterDefinition#operation()}; it receives a fresh map each time
     * @param errorInfo recognizes a service error among the call's failures (the cause of a
     *     CompletionException is unwrapped first)
     * @param delayer schedules the waits between calls
     */
    public Waiter(WaiterDefinition definition, Function<Map<String, Object>, CompletionStage<Map<String, Object>>> call,
            Function<Throwable, Optional<ErrorInfo>> errorInfo, Delayer delayer) {
        this.definition = definition;
        this.call = call;
        this.errorInfo = errorInfo;
        this.delayer = delayer;
    }

    /** {@return the waiter's definition} */
    public WaiterDefinition definition() {
        return definition;
    }

    /**
     * Waits until the success state. The stage fails with a {@link WaiterFailureException} or
     * {@link WaiterTimeoutException}, or with the call's own exception when it is not a service error.
     * It completes on the thread that completes the last call's stage.
     *
     * @param input the operation's input; copied
     * @param config overrides of the definition's delay and maximum attempts
     * @return a stage with the result of the call that reached success
     */
    public CompletionStage<WaiterResult> waitFor(Map<String, Object> input, WaiterConfig config) {
        Duration delay = config.delay() != null ? config.delay() : definition.delay();
        int maxAttempts = config.maxAttempts() != null ? config.maxAttempts() : definition.maxAttempts();
        return attempt(Collections.unmodifiableMap(new LinkedHashMap<>(input)), delay, maxAttempts, 1, null);
    }

    /**
     * Waits with the definition's delay and maximum attempts; see {@link #waitFor(Map, WaiterConfig)}.
     *
     * @param input the operation's input; copied
     * @return a stage with the result of the call that reached success
     */
    public CompletionStage<WaiterResult> waitFor(Map<String, Object> input) {
        return waitFor(input, WaiterConfig.DEFAULTS);
    }

    private CompletionStage<WaiterResult> attempt(Map<String, Object> input, Duration delay, int maxAttempts,
            int number, Acceptor lastMatched) {
        CompletionStage<Map<String, Object>> response;
        try {
            response = call.apply(new LinkedHashMap<>(input));
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.handle(this::toAttempt).thenCompose(attempt -> {
            Acceptor matched = definition.acceptors().stream().filter(a -> a.matches(attempt)).findFirst().orElse(null);
            if (matched == null && attempt.failed()) {
                return failed(new WaiterFailureException(definition.name(), "An error occurred ("
                        + orUnknown(attempt.error().code()) + "): " + orUnknown(attempt.error().message()), number, attempt));
            }
            Acceptor state = matched != null ? matched : lastMatched;
            if (state != null && state.state() == Acceptor.State.SUCCESS) {
                return CompletableFuture.completedFuture(new WaiterResult(number, attempt, state));
            }
            if (state != null && state.state() == Acceptor.State.FAILURE) {
                return failed(new WaiterFailureException(definition.name(),
                        "Waiter encountered a terminal failure state: " + state.explanation(), number, attempt));
            }
            if (number >= maxAttempts) {
                String reason = state == null ? "Max attempts exceeded"
                        : "Max attempts exceeded. Previously accepted state: " + state.explanation();
                return failed(new WaiterTimeoutException(definition.name(), reason, number, attempt));
            }
            return delayer.delay(delay).thenCompose(done -> attempt(input, delay, maxAttempts, number + 1, state));
        });
    }

    /** The call's outcome; a failure that is not a service error is rethrown as it is. */
    private Attempt toAttempt(Map<String, Object> output, Throwable failure) {
        if (failure == null) {
            return new Attempt(output == null ? Map.of() : output, null);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        Optional<ErrorInfo> info = errorInfo.apply(cause);
        if (info.isEmpty()) {
            throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
        }
        return new Attempt(null, info.get());
    }

    private static String orUnknown(String s) {
        return s == null ? "Unknown" : s;
    }

    private static <T> CompletionStage<T> failed(Throwable e) {
        return CompletableFuture.failedFuture(e);
    }
}
