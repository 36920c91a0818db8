package io.boto4j.core.auth.token;

import java.util.Objects;

/**
 * What SSO-OIDC CreateToken returns. {@link #toString()} hides both tokens.
 *
 * @param accessToken      the new access token
 * @param expiresInSeconds how long it is valid
 * @param refreshToken     a new refresh token, or null when the service issued none
 */
public record CreateTokenResult(String accessToken, long expiresInSeconds, String refreshToken) {
    /**
     * Checks that the access token is given.
     *
     * @param accessToken      the new access token, required
     * @param expiresInSeconds its lifetime in seconds from now
     * @param refreshToken     a new refresh token, or null
     * @throws NullPointerException when {@code accessToken} is null
     */
    public CreateTokenResult {
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
        return "CreateTokenResult[accessToken=***, expiresInSeconds=" + expiresInSeconds
                + (refreshToken != null ? ", refreshToken=***" : "") + "]";
    }
}
