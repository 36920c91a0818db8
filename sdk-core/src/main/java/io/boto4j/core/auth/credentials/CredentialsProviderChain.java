package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Tries providers in order. A provider that is not configured ({@link NoCredentialsException})
 * passes to the next; any other failure stops the chain, as botocore does, so that a broken
 * configuration is reported instead of silently using other credentials. Once a provider has
 * answered, later calls go straight to it (botocore resolves its chain once per session).
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;
    private final boolean rememberWinner;
    private volatile CredentialsProvider winner;

    public CredentialsProviderChain(List<CredentialsProvider> providers) {
        this(providers, true);
    }

    CredentialsProviderChain(List<CredentialsProvider> providers, boolean rememberWinner) {
        this.providers = List.copyOf(providers);
        this.rememberWinner = rememberWinner;
    }

    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        CredentialsProvider known = winner;
        if (known != null) {
            return known.resolve();
        }
        return tryFrom(0);
    }

    private CompletableFuture<Credentials> tryFrom(int index) {
        if (index >= providers.size()) {
            return CompletableFuture.failedFuture(new NoCredentialsException("Unable to locate credentials"));
        }
        CredentialsProvider provider = providers.get(index);
        CompletableFuture<Credentials> attempt;
        try {
            attempt = provider.resolve();
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((credentials, error) -> {
            if (error == null) {
                if (rememberWinner) {
                    winner = provider;
                }
                return CompletableFuture.completedFuture(credentials);
            }
            Throwable root = CredentialsProvider.rootOf(error);
            if (root instanceof NoCredentialsException) {
                return tryFrom(index + 1);
            }
            return CompletableFuture.<Credentials>failedFuture(root);
        }).thenCompose(f -> f);
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
