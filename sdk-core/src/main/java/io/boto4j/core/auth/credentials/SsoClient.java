package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.concurrent.CompletionStage;

/** SSO GetRoleCredentials (portal API, bearer-token call); the request pipeline implements it. */
@FunctionalInterface
public interface SsoClient {
    CompletionStage<Credentials> getRoleCredentials(SsoRoleRequest request);
}
