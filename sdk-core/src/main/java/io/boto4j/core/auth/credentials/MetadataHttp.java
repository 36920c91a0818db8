package io.boto4j.core.auth.credentials;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Small non-blocking HTTP helpers for the metadata endpoints (container, IMDS). */
final class MetadataHttp {
    private MetadataHttp() {
    }

    /**
     * The most a metadata response may hold: a credential document is well under a kilobyte, and
     * whatever answers at the endpoint is not trusted to stop sending.
     */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static CompletableFuture<HttpResponse<String>> send(HttpClient client, HttpRequest request) {
        return client.sendAsync(request, info -> HttpResponse.BodySubscribers.mapping(new Bounded(MAX_BODY_BYTES),
                bytes -> new String(bytes, StandardCharsets.UTF_8)));
    }

    /** Collects a body of at most {@code max} bytes; past that, cancels it and fails. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    body.completeExceptionally(new CredentialsException("metadata endpoint response exceeds "
                            + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
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
