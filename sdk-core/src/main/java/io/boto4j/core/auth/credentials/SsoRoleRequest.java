package io.boto4j.core.auth.credentials;

import java.util.Objects;

/**
 * The input of SSO GetRoleCredentials. {@link #toString()} hides the access token.
 *
 * @param region      {@code sso_region}
 * @param accessToken the cached SSO access token
 * @param accountId   {@code sso_account_id}
 * @param roleName    {@code sso_role_name}
 */
public record SsoRoleRequest(String region, String accessToken, String accountId, String roleName) {
    /**
     * Checks that every component is given.
     *
     * @param region      the SSO portal's region, required
     * @param accessToken the access token, required (a secret: never logged)
     * @param accountId   the account whose role is wanted, required
     * @param roleName    the role's name, required
     * @throws NullPointerException when any component is null
     */
    public SsoRoleRequest {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roleName, "roleName");
    }

    @Override
    public String toString() {
        return "SsoRoleRequest[region=" + region + ", accessToken=****, accountId=" + accountId
                + ", roleName=" + roleName + "]";
    }
}
