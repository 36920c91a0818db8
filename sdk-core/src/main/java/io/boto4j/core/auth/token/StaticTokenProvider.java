package io.boto4j.core.auth.token;

import io.boto4j.core.auth.BearerToken;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** A token given in code ({@code ClientConfig.builder().tokenProvider(StaticTokenProvider.of(token))}). */
public final class StaticTokenProvider implements TokenProvider {
    private final BearerToken token;

    private StaticTokenProvider(BearerToken token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    public static StaticTokenProvider of(String token) {
        return new StaticTokenProvider(BearerToken.of(token));
    }

    public static StaticTokenProvider of(BearerToken token) {
        return new StaticTokenProvider(token);
    }

    @Override
    public CompletableFuture<BearerToken> resolve() {
        return CompletableFuture.completedFuture(token);
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[" + token + "]";
    }
}
