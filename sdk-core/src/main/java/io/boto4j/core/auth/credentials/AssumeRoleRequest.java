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
    public AssumeRoleRequest {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(roleSessionName, "roleSessionName");
        Objects.requireNonNull(sourceCredentials, "sourceCredentials");
    }
}
