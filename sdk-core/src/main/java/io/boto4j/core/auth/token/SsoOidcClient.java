package io.boto4j.core.auth.token;

import java.util.concurrent.CompletionStage;

/**
 * SSO-OIDC {@code CreateToken} with the {@code refresh_token} grant, which renews an IAM Identity
 * Center access token; the request pipeline implements it (an unsigned call to
 * {@code oidc.<sso_region>.amazonaws.com}, or the configured SSO OIDC endpoint). The future fails
 * with a {@link io.boto4j.core.ServiceException} when the service refuses.
 */
@FunctionalInterface
public interface SsoOidcClient {
    /**
     * Calls SSO-OIDC CreateToken with the {@code refresh_token} grant.
     *
     * @param request the region, client registration and refresh token from the token cache
     * @return a stage completed with the new access token (and maybe a new refresh token)
     */
    CompletionStage<CreateTokenResult> createToken(CreateTokenRequest request);
}
