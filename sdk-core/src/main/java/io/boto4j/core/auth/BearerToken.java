package io.boto4j.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * The identity of {@code smithy.api#httpBearerAuth}: a token sent as
 * {@code Authorization: Bearer <token>}, and when it stops working. Immutable.
 * {@link #toString()} never shows the token, so a token object can be logged or put in an
 * exception message safely.
 */
public final class BearerToken {
    private final String token;
    private final Instant expiration;

    private BearerToken(String token, Instant expiration) {
        // The message names the field only: the value is a secret.
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        this.token = token;
        this.expiration = expiration;
    }

    /**
     * A token that does not expire (or whose expiry is unknown).
     *
     * @param token the token text, not empty
     * @return the identity
     * @throws IllegalArgumentException when {@code token} is null or empty (the message never
     *                                  includes the value)
     */
    public static BearerToken of(String token) {
        return new BearerToken(token, null);
    }

    /**
     * A token that stops working at {@code expiration}.
     *
     * @param token the token text, not empty
     * @param expiration when the token stops working, not null
     * @return the identity
     * @throws IllegalArgumentException when {@code token} is null or empty
     * @throws NullPointerException when {@code expiration} is null
     */
    public static BearerToken of(String token, Instant expiration) {
        return new BearerToken(token, Objects.requireNonNull(expiration, "expiration"));
    }

    /**
     * The secret itself: what goes after {@code Bearer }.
     *
     * @return the token text, never empty; keep it out of logs and messages
     */
    public String token() {
        return token;
    }

    /**
     * When the token stops working.
     *
     * @return the expiry, or null when it does not expire or is unknown
     */
    public Instant expiration() {
        return expiration;
    }

    /**
     * True when the token expires at or before {@code instant}.
     *
     * @param instant the moment to test, usually now plus a refresh margin
     * @return false for a token without expiration
     */
    public boolean expiredAt(Instant instant) {
        return expiration != null && !expiration.isAfter(instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BearerToken t && token.equals(t.token) && Objects.equals(expiration, t.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, expiration);
    }

    /** The expiration only: the token is never shown. */
    @Override
    public String toString() {
        return "BearerToken[token=***" + (expiration != null ? ", expiration=" + expiration : "") + "]";
    }
}
