package io.boto4j.core.auth.token;

import java.util.Objects;

/**
 * The input of SSO-OIDC CreateToken for the {@code refresh_token} grant, from the SSO token
 * cache. {@link #toString()} hides the client secret and the refresh token.
 *
 * @param region       the {@code sso_region} of the sso-session
 * @param clientId     the registered client's id
 * @param clientSecret the registered client's secret
 * @param refreshToken the refresh token
 */
public record CreateTokenRequest(String region, String clientId, String clientSecret, String refreshToken) {
    /** The grant type of a refresh. */
    public static final String GRANT_TYPE = "refresh_token";

    /**
     * Checks that every component is given.
     *
     * @param region       the SSO-OIDC region, required
     * @param clientId     the client id, required
     * @param clientSecret the client secret, required (a secret: never logged)
     * @param refreshToken the refresh token, required (a secret: never logged)
     * @throws NullPointerException when any component is null
     */
    public CreateTokenRequest {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "CreateTokenRequest[region=" + region + ", clientId=" + clientId + ", clientSecret=***, refreshToken=***]";
    }
}
