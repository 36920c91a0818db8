package io.boto4j.core.auth.credentials;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Small non-blocking HTTP helpers for the metadata endpoints (container, IMDS). */
final class MetadataHttp {
    private MetadataHttp() {
    }

    static CompletableFuture<HttpResponse<String>> send(HttpClient client, HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code attempt} up to {@code attempts} times, waiting {@code delay} between tries, until
     * it produces a value {@code accept} takes; the last result (or failure) is returned otherwise.
     * Waiting uses a delayed executor, never a sleeping thread.
     */
    static <T> CompletableFuture<T> retry(int attempts, Duration delay, Supplier<CompletableFuture<T>> attempt,
                                          Predicate<T> accept) {
        return attempt.get().handle((value, error) -> {
            boolean done = error == null && accept.test(value);
            if (done || attempts <= 1) {
                return error == null ? CompletableFuture.completedFuture(value) : CompletableFuture.<T>failedFuture(error);
            }
            Executor later = delay.isZero() ? Runnable::run
                    : CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(ignored -> retry(attempts - 1, delay, attempt, accept));
        }).thenCompose(f -> f);
    }
}
