package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.internal.identity.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A source of credentials. {@link #resolve()} never blocks the calling thread: file reads and
 * processes run on an executor, HTTP calls are asynchronous, so an event-loop thread may call
 * it. The future fails with {@link NoCredentialsException} when this source is simply not
 * configured (a chain then tries the next one) and with another {@link CredentialsException}
 * when it is configured but broken (a chain stops there, as botocore does).
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * Obtains credentials without blocking the calling thread.
     *
     * @return a future completed with the credentials (on the thread that finished the work:
     *         the context's executor, an HTTP client thread, or the caller's when the answer
     *         is at hand); failed with {@link NoCredentialsException} when this source is not
     *         configured, with another {@link CredentialsException} when it is broken
     */
    CompletableFuture<Credentials> resolve();

    /**
     * For plain threads: waits for {@link #resolve()} and rethrows its failure unwrapped.
     *
     * @return the credentials
     * @throws NoCredentialsException when this source is not configured
     * @throws CredentialsException when it is broken, or the thread is interrupted (the
     *                              interrupt flag is then set again)
     */
    default Credentials resolveBlocking() {
        try {
            return resolve().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("Interrupted while resolving credentials", e);
        } catch (ExecutionException e) {
            throw CredentialsException.unwrap(e.getCause());
        }
    }

    /**
     * Unwraps {@link java.util.concurrent.CompletionException} layers so callers see the real failure.
     *
     * @param t a failure from a future, possibly wrapped
     * @return the innermost failure that is not a wrapper
     */
    static Throwable rootOf(Throwable t) {
        return Failures.rootOf(t);
    }
}
