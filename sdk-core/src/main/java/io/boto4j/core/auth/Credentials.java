package io.boto4j.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An immutable set of AWS credentials: access key id, secret access key, and for temporary
 * credentials a session token and an expiration. {@link #toString()} never shows the secret
 * access key or the session token.
 */
public final class Credentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;
    private final Instant expiration;
    private final String accountId;

    private Credentials(String accessKeyId, String secretAccessKey, String sessionToken,
                        Instant expiration, String accountId) {
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        this.sessionToken = sessionToken;
        this.expiration = expiration;
        this.accountId = accountId;
    }

    /** Long-term credentials: no session token, no expiration. */
    public static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Credentials(accessKeyId, secretAccessKey, null, null, null);
    }

    /** Credentials with a session token (nullable). */
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

    /** The AWS account these credentials belong to when known, or null. */
    public String accountId() {
        return accountId;
    }

    public Credentials withExpiration(Instant newExpiration) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, newExpiration, accountId);
    }

    public Credentials withAccountId(String newAccountId) {
        return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration, newAccountId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials other = (Credentials) o;
        return accessKeyId.equals(other.accessKeyId)
                && secretAccessKey.equals(other.secretAccessKey)
                && Objects.equals(sessionToken, other.sessionToken)
                && Objects.equals(expiration, other.expiration)
                && Objects.equals(accountId, other.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, secretAccessKey, sessionToken, expiration, accountId);
    }

    /** Shows the access key id only; the secret and the token are never printed. */
    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId
                + ", secretAccessKey=****"
                + (sessionToken != null ? ", sessionToken=****" : "")
                + (expiration != null ? ", expiration=" + expiration : "")
                + (accountId != null ? ", accountId=" + accountId : "")
                + "]";
    }
}
