package io.boto4j.core.auth.token;

import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.internal.identity.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A source of bearer tokens, for operations whose auth is {@code smithy.api#httpBearerAuth}.
 * {@link #resolve()} never blocks the calling thread: file reads run on an executor and HTTP
 * calls are asynchronous, so an event-loop thread may call it. The future fails with
 * {@link NoTokenException} when this source is simply not configured (a chain then tries the
 * next one) and with another {@link TokenException} when it is configured but broken (a chain
 * stops there, as botocore's does).
 */
@FunctionalInterface
public interface TokenProvider {

    /**
     * Obtains a token without blocking the calling thread.
     *
     * @return a future completed with the token (on the thread that finished the work: the
     *         context's executor, an HTTP client thread, or the caller's when the answer is at
     *         hand); failed with {@link NoTokenException} when this source is not configured,
     *         with another {@link TokenException} when it is broken
     */
    CompletableFuture<BearerToken> resolve();

    /**
     * For plain threads: waits for {@link #resolve()} and rethrows its failure unwrapped.
     *
     * @return the token
     * @throws NoTokenException when this source is not configured
     * @throws TokenException when it is broken, or the thread is interrupted (the interrupt
     *                        flag is then set again)
     */
    default BearerToken resolveBlocking() {
        try {
            return resolve().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("Interrupted while resolving a bearer token", e);
        } catch (ExecutionException e) {
            Throwable root = Failures.rootOf(e);
            if (root instanceof RuntimeException re) {
                throw re;
            }
            throw new TokenException("Unable to resolve a bearer token: " + root.getClass().getSimpleName(), root);
        }
    }
}
