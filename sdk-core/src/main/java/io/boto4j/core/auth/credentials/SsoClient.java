package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.concurrent.CompletionStage;

/** SSO GetRoleCredentials (portal API, bearer-token call); the request pipeline implements it. */
@FunctionalInterface
public interface SsoClient {
    /**
     * Calls SSO GetRoleCredentials.
     *
     * @param request the portal region, the cached access token, the account and the role
     * @return a stage completed with the role's temporary credentials (with their expiration);
     *         a failure's message must hold no secret
     */
    CompletionStage<Credentials> getRoleCredentials(SsoRoleRequest request);
}
