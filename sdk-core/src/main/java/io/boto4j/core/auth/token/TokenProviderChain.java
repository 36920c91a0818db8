package io.boto4j.core.auth.token;

import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.internal.identity.ProviderChain;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Tries token providers in order, as botocore's {@code TokenProviderChain} does. A provider that
 * is not configured ({@link NoTokenException}) passes to the next; any other failure stops the
 * chain, so that a broken configuration (an SSO session whose token has expired) is reported
 * instead of silently trying something else. Once a provider has answered, later calls go
 * straight to it (botocore chooses a client's token provider once, when the client is made).
 */
public final class TokenProviderChain implements TokenProvider {
    private final ProviderChain<TokenProvider, BearerToken> chain;

    /**
     * A chain whose failure, when no provider is configured, is {@code new NoTokenException(noneMessage)}.
     *
     * @param providers the providers in the order they are tried
     * @param noneMessage the message when none is configured; best when it says how to configure one
     */
    public TokenProviderChain(List<TokenProvider> providers, String noneMessage) {
        this.chain = new ProviderChain<>(providers, TokenProvider::resolve,
                failure -> failure instanceof NoTokenException, () -> new NoTokenException(noneMessage), true);
    }

    /**
     * A chain of the given providers, tried in order, with a generic message when none is configured.
     *
     * @param providers the providers, first tried first
     * @return a new chain
     */
    public static TokenProviderChain of(TokenProvider... providers) {
        return new TokenProviderChain(List.of(providers), "Unable to locate a bearer token");
    }

    @Override
    public CompletableFuture<BearerToken> resolve() {
        return chain.resolve();
    }

    @Override
    public String toString() {
        return "TokenProviderChain" + chain.providers();
    }
}
