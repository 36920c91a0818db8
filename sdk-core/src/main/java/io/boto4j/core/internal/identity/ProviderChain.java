package io.boto4j.core.internal.identity;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks identity sources in order, as botocore's credential and token chains do. A source that
 * is not configured (its failure passes {@code notConfigured}) passes to the next; any other
 * failure stops the chain, so that a broken configuration is reported instead of silently using
 * another identity. Once a source has answered, later calls may go straight to it (botocore
 * resolves its chains once per session or client).
 *
 * @param <P> the provider type
 * @param <T> the identity type
 */
public final class ProviderChain<P, T> {
    private final List<P> providers;
    private final Function<P, CompletableFuture<T>> resolve;
    private final Predicate<Throwable> notConfigured;
    private final Supplier<RuntimeException> noneConfigured;
    private final boolean rememberWinner;
    private volatile P winner;

    /**
     * @param resolve        asks one provider
     * @param notConfigured  whether a provider's failure means it is simply not configured
     * @param noneConfigured the failure when no provider is configured
     * @param rememberWinner whether the first provider that answers is asked alone from then on
     */
    public ProviderChain(List<P> providers, Function<P, CompletableFuture<T>> resolve,
                         Predicate<Throwable> notConfigured, Supplier<RuntimeException> noneConfigured,
                         boolean rememberWinner) {
        this.providers = List.copyOf(providers);
        this.resolve = Objects.requireNonNull(resolve, "resolve");
        this.notConfigured = Objects.requireNonNull(notConfigured, "notConfigured");
        this.noneConfigured = Objects.requireNonNull(noneConfigured, "noneConfigured");
        this.rememberWinner = rememberWinner;
    }

    /** The providers, in order. */
    public List<P> providers() {
        return providers;
    }

    /** The identity of the first configured provider. */
    public CompletableFuture<T> resolve() {
        P known = winner;
        if (known != null) {
            return resolve.apply(known);
        }
        return tryFrom(0);
    }

    private CompletableFuture<T> tryFrom(int index) {
        if (index >= providers.size()) {
            return CompletableFuture.failedFuture(noneConfigured.get());
        }
        P provider = providers.get(index);
        CompletableFuture<T> attempt;
        try {
            attempt = resolve.apply(provider);
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((identity, error) -> {
            if (error == null) {
                if (rememberWinner) {
                    winner = provider;
                }
                return CompletableFuture.completedFuture(identity);
            }
            Throwable root = Failures.rootOf(error);
            if (notConfigured.test(root)) {
                return tryFrom(index + 1);
            }
            return CompletableFuture.<T>failedFuture(root);
        }).thenCompose(f -> f);
    }
}
