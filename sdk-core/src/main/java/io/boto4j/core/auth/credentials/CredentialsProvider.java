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

    CompletableFuture<Credentials> resolve();

    /** For plain threads: waits for {@link #resolve()} and rethrows its failure unwrapped. */
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

    /** Unwraps {@link java.util.concurrent.CompletionException} layers so callers see the real failure. */
    static Throwable rootOf(Throwable t) {
        return Failures.rootOf(t);
    }
}
