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
    CompletionStage<CreateTokenResult> createToken(CreateTokenRequest request);
}
