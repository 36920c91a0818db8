package io.boto4j.core.plugin;

import io.boto4j.core.model.OperationModel;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A step of the request pipeline contributed by a plugin, or by the core itself: the built-in
 * request compression, flexible checksums and endpoint discovery are hooks too, on the same chain.
 * Override the stages you need; the pipeline skips the others at no cost. In call order:
 *
 * <pre>
 * beforeValidation → (validate) → beforeEndpoint → (resolve endpoint, serialize) → afterSerialization
 *   → per attempt: beforeSigning → (sign) → afterSigning → (send) → onResponse → (parse) → afterAttempt
 *   → (retry policy) → afterParsing | onError
 * </pre>
 *
 * <p>A stage returns a {@link CompletionStage}: {@link #CONTINUE} when its work is done (the
 * common case, free of allocation), or a stage that completes when asynchronous work (a call of
 * its own, a file read on a worker) is done. A hook never blocks its thread: it may run on a
 * Vert.x event loop. A stage that fails (throws, or completes exceptionally) fails the call.
 *
 * <p>Within a stage, hooks run by ascending {@link #order()}, then in the order they were added;
 * the built-ins run late in their stages ({@link #BUILT_IN_ORDER} and above), so that a plugin's
 * changes to the body are compressed and checksummed.
 */
public interface Hook {

    /** What a stage returns when it has nothing asynchronous to wait for. */
    CompletionStage<Void> CONTINUE = CompletableFuture.completedFuture(null);

    /** Built-in hooks order themselves from here up; plugins' default order is 0. */
    int BUILT_IN_ORDER = 1_000;

    /**
     * Whether this hook takes part in calls of {@code operation}; asked once per operation and
     * client, so a hook for three S3 operations costs the others nothing.
     *
     * @param operation the operation's model, e.g. S3's {@code PutObject}
     * @return true (the default) to run this hook's stages in that operation's calls
     */
    default boolean appliesTo(OperationModel operation) {
        return true;
    }

    /**
     * The position within each stage: lower runs first.
     *
     * @return the order; 0 by default, {@link #BUILT_IN_ORDER} and above for built-in hooks
     */
    default int order() {
        return 0;
    }

    /**
     * Before the input is validated: rewrite {@link CallContext#input()} (e.g. fill in a default).
     *
     * @param call the call, with its input, endpoint, request and per-call state
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> beforeValidation(CallContext call) {
        return CONTINUE;
    }

    /**
     * Before the endpoint is resolved: set {@link CallContext#endpointParameters()}.
     *
     * @param call the call, with its input, endpoint, request and per-call state
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> beforeEndpoint(CallContext call) {
        return CONTINUE;
    }

    /**
     * After serialization: change the request's URI, headers or body ({@link CallContext#request()}).
     *
     * @param call the call, with its input, endpoint, request and per-call state
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> afterSerialization(CallContext call) {
        return CONTINUE;
    }

    /**
     * Per attempt, before signing: headers that must be signed, {@link AttemptContext#signing()}.
     *
     * @param attempt the attempt, with its request, signing parameters and response
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> beforeSigning(AttemptContext attempt) {
        return CONTINUE;
    }

    /**
     * Per attempt, after signing: headers that must not be signed.
     *
     * @param attempt the attempt, with its request, signing parameters and response
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> afterSigning(AttemptContext attempt) {
        return CONTINUE;
    }

    /**
     * Per attempt, on the raw response before it is parsed: {@link AttemptContext#response()}.
     *
     * @param attempt the attempt, with its request, signing parameters and response
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> onResponse(AttemptContext attempt) {
        return CONTINUE;
    }

    /**
     * Per attempt, once its outcome is known and before the retry policy decides: a success, a
     * service error ({@link AttemptContext#serviceError()}) or a failure. May
     * {@link AttemptContext#restart()} the call.
     *
     * @param attempt the attempt, with its request, signing parameters and response
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> afterAttempt(AttemptContext attempt) {
        return CONTINUE;
    }

    /**
     * After a successful call's output is parsed: adjust {@code output} in place.
     *
     * @param call the call, with its input, endpoint, request and per-call state
     * @param output the parsed output, mutable, in the SDK's value types (as the caller will get it)
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        return CONTINUE;
    }

    /**
     * When the call fails for good: {@link CallContext#error()}, which a hook may replace.
     *
     * @param call the call, with its input, endpoint, request and per-call state
     * @return {@link #CONTINUE}, or a stage that completes when the hook's work is done
     */
    default CompletionStage<Void> onError(CallContext call) {
        return CONTINUE;
    }
}
