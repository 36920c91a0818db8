package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.Objects;

/**
 * The input of STS AssumeRole as a profile describes it.
 *
 * @param roleArn            {@code role_arn}
 * @param roleSessionName    {@code role_session_name} or a generated {@code botocore-session-<epoch>}
 * @param externalId         {@code external_id}, or null
 * @param durationSeconds    {@code duration_seconds}, or null for the service default
 * @param region             the region to call STS in, or null for the pipeline's default
 * @param sourceCredentials  the credentials that sign the call
 */
public record AssumeRoleRequest(String roleArn, String roleSessionName, String externalId,
                                Integer durationSeconds, String region, Credentials sourceCredentials) {
    /**
     * Checks the required components.
     *
     * @param roleArn            the role to assume, required
     * @param roleSessionName    the session name, required
     * @param externalId         the external id the role's trust policy asks for, or null
     * @param durationSeconds    the session length in seconds, or null
     * @param region             the STS region, or null
     * @param sourceCredentials  the signing credentials, required
     * @throws NullPointerException when {@code roleArn}, {@code roleSessionName} or
     *                              {@code sourceCredentials} is null
     */
    public AssumeRoleRequest {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(roleSessionName, "roleSessionName");
        Objects.requireNonNull(sourceCredentials, "sourceCredentials");
    }
}
