package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.concurrent.CompletionStage;

/**
 * The two STS operations credential providers need; the request pipeline implements them.
 * Results carry their expiration. A failure should be a {@link CredentialsException} (or any
 * exception whose message holds no secret).
 */
public interface StsClient {

    /** STS AssumeRole, signed with {@link AssumeRoleRequest#sourceCredentials()}. */
    CompletionStage<Credentials> assumeRole(AssumeRoleRequest request);

    /** STS AssumeRoleWithWebIdentity (an unsigned call). */
    CompletionStage<Credentials> assumeRoleWithWebIdentity(WebIdentityRequest request);
}
