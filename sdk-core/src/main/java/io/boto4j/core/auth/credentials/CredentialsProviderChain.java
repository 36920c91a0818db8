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

    public CredentialsProviderChain(List<CredentialsProvider> providers) {
        this(providers, true);
    }

    CredentialsProviderChain(List<CredentialsProvider> providers, boolean rememberWinner) {
        this.chain = new ProviderChain<>(providers, CredentialsProvider::resolve,
                failure -> failure instanceof NoCredentialsException,
                () -> new NoCredentialsException("Unable to locate credentials"), rememberWinner);
    }

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
