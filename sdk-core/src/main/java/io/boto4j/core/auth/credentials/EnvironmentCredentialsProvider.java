package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import java.util.concurrent.CompletableFuture;

/**
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN} (or the
 * older {@code AWS_SECURITY_TOKEN}), {@code AWS_CREDENTIAL_EXPIRATION}, {@code AWS_ACCOUNT_ID}.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    private final ConfigEnvironment env;

    /**
     * A provider reading {@code env} on every resolve; it answers with
     * {@link NoCredentialsException} when {@code AWS_ACCESS_KEY_ID} is unset, and with a
     * {@link CredentialsException} when the key id is set without its secret.
     *
     * @param env the environment variables to read
     */
    public EnvironmentCredentialsProvider(ConfigEnvironment env) {
        this.env = env;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        try {
            return CompletableFuture.completedFuture(read());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Credentials read() {
        String accessKey = env.nonEmpty("AWS_ACCESS_KEY_ID");
        if (accessKey == null) {
            throw new NoCredentialsException("AWS_ACCESS_KEY_ID is not set");
        }
        String secretKey = env.nonEmpty("AWS_SECRET_ACCESS_KEY");
        if (secretKey == null) {
            throw new CredentialsException("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
        }
        String token = env.nonEmpty("AWS_SESSION_TOKEN");
        if (token == null) {
            token = env.nonEmpty("AWS_SECURITY_TOKEN");
        }
        Credentials credentials = Credentials.of(accessKey, secretKey, token);
        String expiration = env.nonEmpty("AWS_CREDENTIAL_EXPIRATION");
        if (expiration != null) {
            credentials = credentials.withExpiration(Timestamps.parse(expiration, "AWS_CREDENTIAL_EXPIRATION"));
        }
        String accountId = env.nonEmpty("AWS_ACCOUNT_ID");
        return accountId != null ? credentials.withAccountId(accountId) : credentials;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
