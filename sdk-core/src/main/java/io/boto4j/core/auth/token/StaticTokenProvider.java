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

    /**
     * A provider that always answers with {@code token}, which does not expire.
     *
     * @param token the token text, not empty
     * @return a new provider
     * @throws IllegalArgumentException when {@code token} is null or empty
     */
    public static StaticTokenProvider of(String token) {
        return new StaticTokenProvider(BearerToken.of(token));
    }

    /**
     * A provider that always answers with {@code token}, even once it has expired.
     *
     * @param token the token, not null
     * @return a new provider
     * @throws NullPointerException when {@code token} is null
     */
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
