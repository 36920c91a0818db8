package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.internal.identity.ProviderChain;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Tries providers in order. A provider that is not configured ({@link NoCredentialsException})
 * passes to the next; any other failure stops the chain, as botocore does, so that a broken
 * configuration is reported instead of silently using other credentials. Once a provider has
 * answered, later calls go straight to it (botocore resolves its chain once per session).
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private final ProviderChain<CredentialsProvider, Credentials> chain;

    /**
     * A chain that remembers the provider that answered first.
     *
     * @param providers the providers in the order they are tried
     */
    public CredentialsProviderChain(List<CredentialsProvider> providers) {
        this(providers, true);
    }

    CredentialsProviderChain(List<CredentialsProvider> providers, boolean rememberWinner) {
        this.chain = new ProviderChain<>(providers, CredentialsProvider::resolve,
                failure -> failure instanceof NoCredentialsException,
                () -> new NoCredentialsException("Unable to locate credentials"), rememberWinner);
    }

    /**
     * A chain of the given providers, tried in order.
     *
     * @param providers the providers, first tried first
     * @return a new chain; it fails with {@link NoCredentialsException} when no provider is configured
     */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return chain.resolve();
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + chain.providers();
    }
}
