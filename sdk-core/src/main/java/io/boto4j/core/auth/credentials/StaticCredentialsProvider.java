package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Credentials given explicitly by the caller; the first link of every chain that has them. */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final CompletableFuture<Credentials> credentials;

    private StaticCredentialsProvider(Credentials credentials) {
        this.credentials = CompletableFuture.completedFuture(Objects.requireNonNull(credentials));
    }

    /**
     * A provider that always answers with {@code credentials}.
     *
     * @param credentials the credentials, not null
     * @return a provider whose future is already complete
     * @throws NullPointerException when {@code credentials} is null
     */
    public static StaticCredentialsProvider of(Credentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return credentials.copy();
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider";
    }
}
