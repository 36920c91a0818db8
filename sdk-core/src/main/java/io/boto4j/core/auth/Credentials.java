package io.boto4j.core.auth;

import io.boto4j.core.http.Redaction;

import java.time.Instant;
import java.util.Objects;

/**
 * AWS credentials: an access key id, its secret, and optionally a session token, an expiration
 * and the account id they belong to. Immutable. {@link #toString()} never shows the secret or
 * the token, so a credentials object can be logged or put in an exception message safely.
 */
public final class Credentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;
    private final Instant expiration;
    private final String accountId;

    private Credentials(String accessKeyId, String secretAccessKey, String sessionToken,
            Instant expiration, String accountId) {
        this.accessKeyId = requireText(accessKeyId, "accessKeyId");
        this.secretAccessKey = requireText(secretAccessKey, "secretAccessKey");
        this.sessionToken = sessionToken == null || sessionToken.isEmpty() ? null : sessionToken;
        this.expiration = expiration;
        this.accountId = accountId == null || accountId.isEmpty() ? null : accountId;
    }

    private static String requireText(String value, String what) {
        // The message names the field only: the value may be a secret.
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /**
     * Long-term credentials: an access key without session token.
     *
     * @param accessKeyId the access key id, not empty
     * @param secretAccessKey the secret access key, not empty
     * @return credentials without session token, expiration or account id
     * @throws IllegalArgumentException when either is null or empty (the message names the
     *                                  field, never its value)
     */
    public static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Credentials(accessKeyId, secretAccessKey, null, null, null);
    }

    /**
     * Credentials with a session token, as temporary credentials carry.
     *
     * @param accessKeyId the access key id, not empty
     * @param secretAccessKey the secret access key, not empty
     * @param sessionToken the session token; null or empty for none
     * @return credentials without expiration or account id
     * @throws IllegalArgumentException when the key id or secret is null or empty
     */
    public static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, null, null);
    }

    /**
     * The access key id, sent in the signature's credential scope.
     *
     * @return the key id, never empty
     */
    public String accessKeyId() {
        return accessKeyId;
    }

    /**
     * The secret access key, which signs but is never sent.
     *
     * @return the secret, never empty; keep it out of logs and messages
     */
    public String secretAccessKey() {
        return secretAccessKey;
    }

    /**
     * The session token of temporary credentials.
     *
     * @return the token, or null for long-term credentials (never empty)
     */
    public String sessionToken() {
        return sessionToken;
    }

    /**
     * When temporary credentials stop working.
     *
     * @return the expiry, or null when they do not expire
     */
    public Instant expiration() {
        return expiration;
    }

    /**
     * The AWS account id the credentials belong to (used by account-based endpoints).
     *
     * @return the 12-digit id, or null when unknown (never empty)
     */
    public String accountId() {
        return accountId;
    }

    /**
     * A copy that expires at {@code expiration}.
     *
     * @param expiration the new expiry; null for none
     * @return new credentials, otherwise equal to these
     */
    public Credentials withExpiration(Instant expiration) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    /**
     * A copy that belongs to {@code accountId}.
     *
     * @param accountId the AWS account id; null or empty for unknown
     * @return new credentials, otherwise equal to these
     */
    public Credentials withAccountId(String accountId) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    /**
     * True when the credentials expire at or before {@code instant}.
     *
     * @param instant the moment to test, usually now plus a refresh margin
     * @return false for credentials without expiration
     */
    public boolean expiredAt(Instant instant) {
        return expiration != null && !expiration.isAfter(instant);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials c = (Credentials) o;
        return accessKeyId.equals(c.accessKeyId) && secretAccessKey.equals(c.secretAccessKey)
                && Objects.equals(sessionToken, c.sessionToken)
                && Objects.equals(expiration, c.expiration)
                && Objects.equals(accountId, c.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    /**
     * The kind of access key (its first four characters) and metadata only: the key id itself,
     * the secret and the token are never shown.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Credentials[accessKeyId=").append(Redaction.accessKeyId(accessKeyId))
                .append(", secretAccessKey=***");
        if (sessionToken != null) {
            sb.append(", sessionToken=***");
        }
        if (expiration != null) {
            sb.append(", expiration=").append(expiration);
        }
        if (accountId != null) {
            sb.append(", accountId=").append(accountId);
        }
        return sb.append(']').toString();
    }
}
