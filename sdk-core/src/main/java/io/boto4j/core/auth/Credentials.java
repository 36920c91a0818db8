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

    public static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Credentials(accessKeyId, secretAccessKey, null, null, null);
    }

    public static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, null, null);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretAccessKey() {
        return secretAccessKey;
    }

    /** The session token of temporary credentials, or null. */
    public String sessionToken() {
        return sessionToken;
    }

    /** When temporary credentials stop working, or null when they do not expire. */
    public Instant expiration() {
        return expiration;
    }

    /** The AWS account id the credentials belong to, or null when unknown. */
    public String accountId() {
        return accountId;
    }

    public Credentials withExpiration(Instant expiration) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    public Credentials withAccountId(String accountId) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    /** True when the credentials expire at or before {@code instant}. */
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
