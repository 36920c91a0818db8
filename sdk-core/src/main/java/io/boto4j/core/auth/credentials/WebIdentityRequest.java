package io.boto4j.core.auth.credentials;

import java.util.Objects;

/**
 * The input of STS AssumeRoleWithWebIdentity. {@link #toString()} hides the token.
 *
 * @param roleArn          {@code role_arn} / {@code AWS_ROLE_ARN}
 * @param roleSessionName  {@code role_session_name} / {@code AWS_ROLE_SESSION_NAME} or a generated one
 * @param webIdentityToken the token file's content
 * @param region           the region to call STS in, or null
 */
public record WebIdentityRequest(String roleArn, String roleSessionName, String webIdentityToken, String region) {
    /**
     * Checks the required components.
     *
     * @param roleArn          the role to assume, required
     * @param roleSessionName  the session name, required
     * @param webIdentityToken the OIDC token, required (a secret: never logged)
     * @param region           the STS region, or null
     * @throws NullPointerException when {@code roleArn}, {@code roleSessionName} or
     *                              {@code webIdentityToken} is null
     */
    public WebIdentityRequest {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(roleSessionName, "roleSessionName");
        Objects.requireNonNull(webIdentityToken, "webIdentityToken");
    }

    @Override
    public String toString() {
        return "WebIdentityRequest[roleArn=" + roleArn + ", roleSessionName=" + roleSessionName
                + ", webIdentityToken=****, region=" + region + "]";
    }
}
