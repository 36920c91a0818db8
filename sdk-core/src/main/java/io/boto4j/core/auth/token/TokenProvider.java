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

    CompletableFuture<BearerToken> resolve();

    /** For plain threads: waits for {@link #resolve()} and rethrows its failure unwrapped. */
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
