package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.concurrent.CompletionStage;

/**
 * The two STS operations credential providers need; the request pipeline implements them.
 * Results carry their expiration. A failure should be a {@link CredentialsException} (or any
 * exception whose message holds no secret).
 */
public interface StsClient {

    /**
     * STS AssumeRole, signed with {@link AssumeRoleRequest#sourceCredentials()}.
     *
     * @param request the role, session name and source credentials from the profile
     * @return a stage completed with the role's temporary credentials
     */
    CompletionStage<Credentials> assumeRole(AssumeRoleRequest request);

    /**
     * STS AssumeRoleWithWebIdentity (an unsigned call).
     *
     * @param request the role, session name and token read from the token file
     * @return a stage completed with the role's temporary credentials
     */
    CompletionStage<Credentials> assumeRoleWithWebIdentity(WebIdentityRequest request);
}
