package io.boto4j.core.auth.token;

import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.config.ConfigEnvironment;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * botocore's {@code ScopedEnvTokenProvider}: the token in {@code AWS_BEARER_TOKEN_<SIGNING NAME>}
 * (the service's signing name upper-cased, {@code -} and spaces as {@code _}: Bedrock's is
 * {@code AWS_BEARER_TOKEN_BEDROCK}, CodeCatalyst's {@code AWS_BEARER_TOKEN_CODECATALYST}). Read for
 * every service whose operations use bearer auth; that the variable also makes Bedrock prefer
 * bearer auth over SigV4 is the auth scheme resolver's rule, not this provider's. The token has no
 * expiry. An empty variable counts as unset (botocore would send {@code Authorization: Bearer }
 * with nothing after it).
 */
public final class EnvironmentTokenProvider implements TokenProvider {
    private static final String PREFIX = "AWS_BEARER_TOKEN_";

    private final ConfigEnvironment environment;
    private final String signingName;

    /**
     * A provider reading the variable of {@code signingName} on every resolve.
     *
     * @param environment the environment variables to read, not null
     * @param signingName the service's signing name; null or blank makes the provider
     *                    answer {@link NoTokenException} always
     * @throws NullPointerException when {@code environment} is null
     */
    public EnvironmentTokenProvider(ConfigEnvironment environment, String signingName) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.signingName = signingName;
    }

    /**
     * The variable for a signing name: botocore's {@code _get_bearer_env_var_name}.
     *
     * @param signingName the service's signing name, e.g. {@code bedrock}, not null
     * @return the variable's name, e.g. {@code AWS_BEARER_TOKEN_BEDROCK}
     */
    public static String variableName(String signingName) {
        return PREFIX + signingName.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * The token the environment holds for a signing name.
     *
     * @param environment the environment variables to read
     * @param signingName the service's signing name; may be null
     * @return the token, or empty when the name is null or blank or the variable unset or empty
     */
    public static Optional<String> token(ConfigEnvironment environment, String signingName) {
        if (signingName == null || signingName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(environment.nonEmpty(variableName(signingName)));
    }

    @Override
    public CompletableFuture<BearerToken> resolve() {
        Optional<String> token = token(environment, signingName);
        if (token.isEmpty()) {
            return CompletableFuture.failedFuture(new NoTokenException(signingName == null || signingName.isBlank()
                    ? "No signing name to look up a bearer token for" : variableName(signingName) + " is not set"));
        }
        return CompletableFuture.completedFuture(BearerToken.of(token.get()));
    }

    @Override
    public String toString() {
        return "EnvironmentTokenProvider[" + (signingName == null ? "no signing name" : variableName(signingName)) + "]";
    }
}
