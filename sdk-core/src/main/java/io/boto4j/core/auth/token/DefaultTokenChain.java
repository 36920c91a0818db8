package io.boto4j.core.auth.token;

import io.boto4j.core.auth.credentials.ProviderContext;
import java.util.List;

/**
 * botocore's {@code create_token_resolver}: the environment token scoped to the service's
 * signing name ({@code AWS_BEARER_TOKEN_<SIGNING NAME>}), then the SSO token of the profile's
 * {@code sso_session}. When neither is configured the failure says how to configure one
 * (botocore's {@code NoAuthTokenError}).
 */
public final class DefaultTokenChain {
    private DefaultTokenChain() {
    }

    /**
     * The providers in botocore's order, for the service whose signing name is {@code signingName}.
     *
     * @param context the environment, profile files, clock and executor the providers share
     * @param oidc the SSO-OIDC client that renews SSO tokens
     * @param signingName the service's signing name, e.g. {@code bedrock}; null or blank when
     *                    unknown (the environment provider then never answers)
     * @return an immutable list: the environment provider, then the SSO provider
     */
    public static List<TokenProvider> providers(ProviderContext context, SsoOidcClient oidc, String signingName) {
        return List.of(new EnvironmentTokenProvider(context.environment(), signingName),
                new SsoTokenProvider(context, oidc));
    }

    /**
     * The chain for a client of the service whose signing name is {@code signingName}.
     *
     * @param context the environment, profile files, clock and executor the providers share
     * @param oidc the SSO-OIDC client that renews SSO tokens
     * @param signingName the service's signing name, e.g. {@code bedrock}; null or blank when unknown
     * @return a chain that fails with a {@link NoTokenException} telling how to configure a
     *         token when no provider is configured
     */
    public static TokenProvider create(ProviderContext context, SsoOidcClient oidc, String signingName) {
        String variable = signingName == null || signingName.isBlank() ? "AWS_BEARER_TOKEN_<SIGNING NAME>"
                : EnvironmentTokenProvider.variableName(signingName);
        return new TokenProviderChain(providers(context, oidc, signingName), "Unable to locate authorization token:"
                + " set " + variable + ", use a profile with an sso_session (aws sso login), or give a token provider"
                + " in the client configuration");
    }
}
